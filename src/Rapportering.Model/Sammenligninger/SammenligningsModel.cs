using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Sammenligninger;

/// <summary>Where a kommune's export in the comparison came from.</summary>
public enum Oprindelse { Egen, Modtaget }

/// <summary>One kommune's figures export in the comparison, with the name users know it by.</summary>
public sealed record SammenligningKommune(FigurEksport Eksport, string Navn, Oprindelse Oprindelse = Oprindelse.Egen);

/// <summary>A kommune's part in the comparison.</summary>
public enum Rolle { Kommune, Referencekommune, Oevrig }

/// <summary>
/// The one comparison model the consultants' workbook and web page both draw: built from
/// figures exports only (own and received, already suppressed) and, when loaded, the public
/// figures. The average of every figure, opdeling and period is computed once here
/// (<see cref="Gennemsnit"/>), from the published cells only, so it can reveal nothing a
/// suppressed cell hides. <see cref="Dannet"/> is passed in. Pure: no I/O.
/// </summary>
public sealed class SammenligningsModel
{
    private readonly Dictionary<(FigurId, Opdeling?, Periode), Gennemsnit?> _gennemsnit = [];

    public SammenligningsModel(IReadOnlyList<SammenligningKommune> kommuner, int fokusKommune, IReadOnlyList<int> referencekommuner, DateTimeOffset dannet)
    {
        Kommuner = kommuner;
        FokusKommune = fokusKommune;
        Referencekommuner = referencekommuner;
        Dannet = dannet;
        // Per kommune the first row of a figure, opdeling and period (an export has one).
        // One pass over every row (98 exports: ~95.000 rows), not a grouping per kommune and another over all.
        var celler = new Dictionary<(FigurId, Opdeling?, Periode), List<Observation>>();
        var set = new HashSet<(FigurId, Opdeling?, Periode)>();
        foreach (var k in kommuner)
        {
            set.Clear();
            foreach (var o in k.Eksport.Observationer)
            {
                var noegle = (o.Noegletal, o.Opdeling, o.Periode);
                if (!set.Add(noegle)) continue;
                if (!celler.TryGetValue(noegle, out var raekker)) celler[noegle] = raekker = [];
                raekker.Add(o);
            }
        }
        foreach (var (noegle, raekker) in celler)
            _gennemsnit[noegle] = Sammenligninger.Gennemsnit.Beregn(Katalog.Hent(noegle.Item1), raekker);
    }

    public IReadOnlyList<SammenligningKommune> Kommuner { get; }
    public int FokusKommune { get; }
    public IReadOnlyList<int> Referencekommuner { get; }
    public DateTimeOffset Dannet { get; }

    /// <summary>The words of the marks' footnotes (rapport/tekster.json).</summary>
    public required RapportTekster Tekster { get; init; }

    /// <summary>The public figures beside the kommuner (kommune, reference kommuner, hele landet); empty when none are loaded.</summary>
    public IReadOnlyList<OffentligSammenligning> Offentlige { get; init; } = [];

    /// <summary>Focus and reference kommuner as the kommune's template names them.</summary>
    public static SammenligningsModel Fra(KommuneSkabelon skabelon, IReadOnlyList<SammenligningKommune> kommuner, DateTimeOffset dannet, RapportTekster tekster) =>
        new(kommuner, skabelon.Kode, skabelon.Referencekommuner, dannet) { Tekster = tekster };

    /// <summary>The same kommuner and choices with the public figures beside them.</summary>
    /// <summary>The same model with the public figures beside it: the averages are not computed again.</summary>
    public SammenligningsModel MedOffentlige(IReadOnlyList<OffentligSammenligning> offentlige) =>
        new(this) { Tekster = Tekster, Offentlige = offentlige };

    private SammenligningsModel(SammenligningsModel m)
    {
        Kommuner = m.Kommuner;
        FokusKommune = m.FokusKommune;
        Referencekommuner = m.Referencekommuner;
        Dannet = m.Dannet;
        _gennemsnit = m._gennemsnit;
    }

    public Rolle RolleFor(int kommune) =>
        kommune == FokusKommune ? Rolle.Kommune
        : Referencekommuner.Contains(kommune) ? Rolle.Referencekommune
        : Rolle.Oevrig;

    /// <summary>The average of the kommuner's published cells, or null when none has a value.</summary>
    public Gennemsnit? Gennemsnit(FigurId noegletal, Opdeling? opdeling, Periode periode) =>
        _gennemsnit.GetValueOrDefault((noegletal, opdeling, periode));

    /// <summary>The average row's label, the same on the web page and in the workbook.</summary>
    public string GennemsnitNavn => Tekster.Hent("sammenligning.gennemsnit");

    /// <summary>The note under an average row: weighted or not, over how many exports.</summary>
    public string GennemsnitForklaring(bool vaegtet) => Tekster.Hent(vaegtet ? "sammenligning.gennemsnit_vaegtet" : "sammenligning.gennemsnit_simpelt",
        ("navn", GennemsnitNavn), ("antal", Kommuner.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
