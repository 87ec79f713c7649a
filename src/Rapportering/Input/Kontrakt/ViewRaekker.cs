namespace Rapportering.Input.Kontrakt;

/// <summary>One view's rows of one kommune as they are read: each row checked, the good ones kept.</summary>
internal interface IViewSamler
{
    Raekkekontrol Kontrol { get; }

    void Laes(Raekke r);
}

/// <summary>One view's rows of one kommune that passed the cell checks as records, and the check that read them.</summary>
internal sealed class ViewRaekker<T>(string view, Func<Raekke, Raekkekontrol, T?> map) : IViewSamler where T : class
{
    public Raekkekontrol Kontrol { get; } = new(view);
    public List<T> Raekker { get; } = [];

    public void Laes(Raekke r)
    {
        if (map(r, Kontrol) is { } raekke) Raekker.Add(raekke);
    }
}

/// <summary>
/// rap_indsats of one kommune into columns. A person is the register's number once the register
/// is whole (<see cref="PersonRegister.Hel"/>); before that, and for an id rap_person lacks, ~(its
/// number in <see cref="Personer"/>, the view's own ids): so rap_person can be read beside the view.
/// <see cref="PersonRegister.For"/> turns them all into the kommune's numbers.
/// </summary>
internal sealed class IndsatsRaekker(PersonRegister register) : IViewSamler
{
    public Raekkekontrol Kontrol { get; } = new("rap_indsats");
    public IndsatsTabel Tabel { get; } = new();
    public IdTabel Personer { get; } = new(unikke: true);

    public void Laes(Raekke r) => ViewKontrakt.Indsats(r, Kontrol, Tabel, register, Personer);
}

/// <summary>rap_undersoegelse of one kommune into columns, like <see cref="IndsatsRaekker"/>.</summary>
internal sealed class UndersoegelseRaekker(PersonRegister register) : IViewSamler
{
    public Raekkekontrol Kontrol { get; } = new("rap_undersoegelse");
    public UndersoegelseTabel Tabel { get; } = new();
    public IdTabel Personer { get; } = new(unikke: true);

    public void Laes(Raekke r) => ViewKontrakt.Undersoegelse(r, Kontrol, Tabel, register, Personer);
}
