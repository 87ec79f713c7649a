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

/// <summary>rap_indsats of one kommune into columns; the persons as <see cref="PersonNumre"/> gives them.</summary>
internal sealed class IndsatsRaekker : IViewSamler
{
    public IndsatsRaekker(PersonRegister register)
    {
        Personer = new(register);
        Type = new(Tabel.Koder);
        Lov = new(Tabel.Koder);
        Bevilget = new(Tabel.Koder);
    }

    public Raekkekontrol Kontrol { get; } = new("rap_indsats");
    public IndsatsTabel Tabel { get; } = new();
    public PersonNumre Personer { get; }
    public KodeKolonne Type { get; }
    public KodeKolonne Lov { get; }
    public KodeKolonne Bevilget { get; }

    public void Laes(Raekke r) => ViewKontrakt.Indsats(r, this);
}

/// <summary>rap_undersoegelse of one kommune into columns, like <see cref="IndsatsRaekker"/>.</summary>
internal sealed class UndersoegelseRaekker(PersonRegister register) : IViewSamler
{
    public Raekkekontrol Kontrol { get; } = new("rap_undersoegelse");
    public UndersoegelseTabel Tabel { get; } = new();
    public PersonNumre Personer { get; } = new(register);

    public void Laes(Raekke r) => ViewKontrakt.Undersoegelse(r, this);
}
