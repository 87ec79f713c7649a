using Rapportering.Figures;
using Rapportering.Offentlige;
using Rapportering.Templates;

namespace Rapportering.Sammenligninger;

/// <summary>One public figure for one area and year: a value, "ikke oplyst" (a <c>..</c> went into it) or no figure at all.</summary>
public sealed record OffentligCelle(decimal? Vaerdi, bool IkkeOplyst)
{
    public static readonly OffentligCelle Mangler = new(null, false);
}

/// <summary>One row: a kommune (Kode) or hele landet (Kode null), with a cell per year.</summary>
public sealed record OffentligRaekke(int? Kode, string Navn, Rolle? Rolle, IReadOnlyList<OffentligCelle> Celler);

/// <summary>
/// A public figure (Danmarks Statistik, derived Σ/Σ in <see cref="AfledteTal"/>) for the kommune,
/// its reference kommuner and hele landet, by year, with its source and caveat: what Figur 35–36
/// of the 2018 evaluation showed. The report, the comparison workbook and the web page draw it.
/// </summary>
public sealed record OffentligSammenligning(
    string Figur, string? Opdeling, IReadOnlyList<int> Aar, IReadOnlyList<OffentligRaekke> Raekker,
    string Kilde, string? Forbehold, int Decimaler)
{
    /// <summary>The figures shown, in this order; the anbringelsesformer by form.</summary>
    public static readonly IReadOnlyList<string> Figurer = [AfledteTal.AnbragtePr1000, AfledteTal.Anbringelsesformer, AfledteTal.NettoudgiftPr017];

    /// <summary>Pure: the kommune, its reference kommuner and hele landet from the derived figures; the latest <paramref name="antalAar"/> years.
    /// Empty when no public figure is loaded.</summary>
    public static IReadOnlyList<OffentligSammenligning> Byg(IReadOnlyList<AfledtTal> tal, int kommune, IReadOnlyList<int> referencer,
        Func<int, string> navn, string heleLandet, int antalAar = 5)
    {
        var ud = new List<OffentligSammenligning>();
        var kommuner = new[] { kommune }.Concat(referencer.Where(r => r != kommune).Distinct()).ToList();
        foreach (var figur in Figurer)
        {
            var figurens = tal.Where(t => t.Figur == figur).ToList();
            foreach (var opdeling in figurens.Select(t => t.Opdeling).Distinct().OrderBy(o => OpdelingOrden(o)))
            {
                var celler = figurens.Where(t => t.Opdeling == opdeling).ToList();
                var aar = celler.Where(t => t.Niveau == Niveau.HeleLandet || kommuner.Contains(t.Omraade) && t.Niveau == Niveau.Kommune)
                    .Select(t => t.Aar).Distinct().Order().TakeLast(antalAar).ToList();
                if (aar.Count == 0) continue;
                var opslag = celler.ToDictionary(t => (t.Niveau, t.Omraade, t.Aar));
                IReadOnlyList<OffentligCelle> Raekke(Niveau n, int omr) => aar.Select(a => opslag.TryGetValue((n, omr, a), out var t)
                    ? new OffentligCelle(t.Vaerdi, t.Vaerdi is null) : OffentligCelle.Mangler).ToList();
                var raekker = kommuner.Select(k => new OffentligRaekke(k, navn(k), k == kommune ? Rolle.Kommune : Rolle.Referencekommune, Raekke(Niveau.Kommune, k)))
                    .Append(new OffentligRaekke(null, heleLandet, null, Raekke(Niveau.HeleLandet, 0)))
                    .ToList();
                var foerste = celler[0];
                ud.Add(new OffentligSammenligning(figur, opdeling, aar, raekker, foerste.Kilde, foerste.Forbehold,
                    figur == AfledteTal.NettoudgiftPr017 ? 0 : 1));
            }
        }
        return ud;
    }

    /// <summary>The heading: the figure's words and, for a form, the form (rapport/tekster.json, "offentlige").</summary>
    public string Titel(RapportTekster t) =>
        t.Hent($"offentlige.figurer.{Figur}") + (Opdeling is null ? "" : ": " + Form(t).ToLowerInvariant());

    /// <summary>The form in words ("Institution"); "I alt" for a figure without forms.</summary>
    public string Form(RapportTekster t) => t.Katalog.Opdeling(Domain.Opdeling.Fra(Opdeling));

    /// <summary>A cell in Danish: the number, "ikke oplyst" for a <c>..</c> (never 0), the no-data mark when there is no figure.</summary>
    public string Tekst(OffentligCelle c, RapportTekster t) =>
        c.Vaerdi is { } v ? Formatering.Tal(v, Decimaler)
        : c.IkkeOplyst ? t.Hent("offentlige.ikke_oplyst")
        : Formatering.Maerke(Hul.Mangler);

    /// <summary>The note under the table: source and caveat, as every public figure carries them.</summary>
    public string Note => Forbehold is null ? Kilde + "." : $"{Kilde}. {Forbehold}";

    /// <summary>The forms in the order of the indsatstrappe (institution first, as the report's own figure).</summary>
    private static int OpdelingOrden(string? o) => o switch
    {
        null => 0, "institution" => 1, "familiepleje" => 2, "netvaerkspleje" => 3, _ => 4,
    };
}
