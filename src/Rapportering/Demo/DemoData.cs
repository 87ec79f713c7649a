using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>The generated rows, in the shape of the view contract, before they are written.</summary>
public sealed class DemoData
{
    internal List<Kommune> KommuneListe { get; } = [];
    internal List<Befolkning> BefolkningListe { get; } = [];
    internal List<Person> PersonListe { get; } = [];
    internal List<Indsats> IndsatsListe { get; } = [];
    internal List<Undersoegelse> UndersoegelseListe { get; } = [];
    internal List<RegnskabsPost> RegnskabListe { get; } = [];
    internal List<PlIndeks> PlIndeksListe { get; } = [];
    internal List<Skoletrivsel> SkoletrivselListe { get; } = [];

    public IReadOnlyList<Kommune> Kommuner => KommuneListe;
    public IReadOnlyList<Befolkning> Befolkning => BefolkningListe;
    public IReadOnlyList<Person> Personer => PersonListe;
    public IReadOnlyList<Indsats> Indsatser => IndsatsListe;
    public IReadOnlyList<Undersoegelse> Undersoegelser => UndersoegelseListe;
    public IReadOnlyList<RegnskabsPost> Regnskab => RegnskabListe;
    public IReadOnlyList<PlIndeks> PlIndeks => PlIndeksListe;
    public IReadOnlyList<Skoletrivsel> Skoletrivsel => SkoletrivselListe;

    /// <summary>Rows per base table, in schema order.</summary>
    public IReadOnlyDictionary<string, int> RaekkerPrTabel() => new Dictionary<string, int>
    {
        ["kommune"] = KommuneListe.Count,
        ["befolkning"] = BefolkningListe.Count,
        ["person"] = PersonListe.Count,
        ["indsats"] = IndsatsListe.Count,
        ["undersoegelse"] = UndersoegelseListe.Count,
        ["regnskab"] = RegnskabListe.Count,
        ["pl_indeks"] = PlIndeksListe.Count,
        ["skoletrivsel"] = SkoletrivselListe.Count,
    };
}
