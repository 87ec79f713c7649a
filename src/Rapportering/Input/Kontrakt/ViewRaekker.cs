namespace Rapportering.Input.Kontrakt;

/// <summary>One view's rows of one kommune that passed the cell checks, and the check that read them.</summary>
internal sealed class ViewRaekker<T>(string view) where T : class
{
    public Raekkekontrol Kontrol { get; } = new(view);
    public List<T> Raekker { get; } = [];

    public void Tilfoej(T? raekke)
    {
        if (raekke is not null) Raekker.Add(raekke);
    }
}
