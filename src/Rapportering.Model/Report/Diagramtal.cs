using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Report;

/// <summary>
/// The table of a chart's numbers (every category, the chart's decimals, the marks and the
/// expected-accounts marker), made in the report step so the HTML only lays it out.
/// </summary>
public static class Diagramtal
{
    /// <summary>The chart in words for a screen reader (the PDF's /Alt, the SVG's aria-label), the same for the report and the web:
    /// "Linjediagram: Figur 1.1 …, pr. 1.000 0-17-årige, sep. 2017 til sep. 2026. Seneste tal, 30. september 2026: I alt 12,3; Piger 11,0."</summary>
    public static string Alternativtekst(Diagram d, RapportTekster t)
    {
        var sidste = Enumerable.Range(0, d.Kategorier.Count).LastOrDefault(i => d.Serier.Any(s => i < s.Vaerdier.Count && s.Vaerdier[i] is not null), d.Kategorier.Count - 1);
        var vaerdier = d.Serier.Select(s => $"{s.Navn} " + (sidste >= 0 && sidste < s.Vaerdier.Count && s.Vaerdier[sidste] is { } v
            ? Formatering.Tal(v, d.Decimaler) : t.Hent("diagram.ingen_vaerdi")));
        return t.Hent("diagram.alternativtekst",
            ("type", t.Hent(d.Type switch { DiagramType.Linje => "diagram.linje", DiagramType.StabledeSoejler => "diagram.stablede_soejler", _ => "diagram.soejler" })),
            ("titel", d.Titel), ("yakse", d.YAkse),
            ("fra", d.Kategorier.Count > 0 ? d.Kategorier[0] : ""), ("til", d.Kategorier.Count > 0 ? d.Kategorier[^1] : ""),
            ("seneste", sidste >= 0 && sidste < d.Kategorier.Count ? d.Kategorier[sidste] : ""),
            ("vaerdier", string.Join("; ", vaerdier)));
    }

    public static Tabel Tabel(Diagram d, RapportTekster t)
    {
        var kolonner = new List<TabelKolonne> { new(d.Kategorinavn ?? t.Hent("kolonner.periode"), false) };
        kolonner.AddRange(d.Serier.Select(s => new TabelKolonne(s.Navn)));
        var markering = t.Hent("markering.foreloebig");
        var raekker = d.Kategorier.Select((kategori, i) => (IReadOnlyList<Celle>)
            [new Celle(kategori) { Periode = d.Perioder is { } p && i < p.Count ? p[i] : null },
             .. d.Serier.Select(s => Celle(s, i, d.Decimaler, markering, t) with { Enhed = d.YAkse })]).ToList();
        return new Tabel(t.Hent("ramme.tallene_i_figuren", ("titel", d.Titel), ("enhed", d.YAkse)), kolonner, raekker, d.TalFodnote);
    }

    private static Celle Celle(DiagramSerie s, int i, int decimaler, string markering, RapportTekster t)
    {
        if (i < s.Vaerdier.Count && s.Vaerdier[i] is { } v)
        {
            var foreloebig = s.Foreloebig is { } fl && i < fl.Count && fl[i];
            return new Celle(Formatering.Tal(v, decimaler) + (foreloebig ? " " + markering : ""))
            {
                Tal = (decimal)v,
                Tilstand = foreloebig ? Celletilstand.ForventetRegnskab : Celletilstand.Vaerdi,
                Decimaler = decimaler,
            };
        }
        var hul = s.Huller is { } h && i < h.Count && h[i] is { } x ? x : Hul.Mangler;
        return MaerkeCelle(hul, t);
    }

    /// <summary>A cell holding a mark; a suppressed one carries its meaning in one line.</summary>
    public static Celle MaerkeCelle(Hul hul, RapportTekster t) =>
        new(Formatering.Maerke(hul), Forklaring: hul == Hul.Mangler ? null : Formatering.Forklaring(hul, t))
        {
            Tilstand = hul == Hul.Mangler ? Celletilstand.Mangler : Celletilstand.Undertrykt,
        };
}
