using System.Globalization;
using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// One period as the report shows it: the typed period it stands for and the
/// Danish words for a table row, a chart category and a sentence ("pr. 30. september 2017",
/// "i 2017 (forventet regnskab)", "i skoleåret 2016/17").
/// </summary>
internal sealed record VistPeriode(Periode Noegle, string Tabeltekst, string Diagramtekst, string Tekst, string TekstMedForholdsord, bool Foreloebig, string Aksetekst)
{
    private static readonly string[] KorteMaaneder = ["", "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];

    public static VistPeriode Fra(Skaeringsdato d)
    {
        var lang = Formatering.Dato(d.Dato);
        // Axis label "sep. 17": short enough for a few labels per centimetre.
        var kort = $"{KorteMaaneder[d.Dato.Month]} {(d.Dato.Year % 100).ToString("00", CultureInfo.InvariantCulture)}";
        return new(Periode.For(d), lang, $"{KorteMaaneder[d.Dato.Month]} {d.Dato.Year}", lang, "pr. " + lang, false, kort);
    }

    /// <summary>An accounting year; years from expected accounts carry the marker in every text.</summary>
    public static VistPeriode Fra(int aar, bool foreloebig, string markering)
    {
        var tekst = aar.ToString(CultureInfo.InvariantCulture);
        var vist = foreloebig ? $"{tekst} {markering}" : tekst;
        // On an axis "2026*"; the chart's footnote explains the star.
        return new(Periode.Regnskabsaar(aar), vist, vist, vist, "i " + vist, foreloebig, foreloebig ? tekst + "*" : tekst);
    }

    public static VistPeriode Fra(Skoleaar s) =>
        new(Periode.For(s), s.ToString(), s.ToString(), "skoleåret " + s, "i skoleåret " + s, false, s.ToString());

    public static IReadOnlyList<VistPeriode> Skaeringsdatoer(Komposition k, Figur f) =>
        k.Opslag.Skaeringsdatoer(f.Id, k.Input.Skaeringsdato).Select(Fra).ToList();

    /// <summary>Accounting years of a figure up to the report's year, marked when from expected accounts.</summary>
    public static IReadOnlyList<VistPeriode> Aar(Komposition k, Figur f) =>
        k.Opslag.Aar(f.Id, k.Input.Skaeringsdato.Dato.Year).Select(a => Aar(k, f, a)).ToList();

    public static VistPeriode Aar(Komposition k, Figur f, int aar) =>
        Fra(aar, k.Opslag.ErForeloebig(f.Id, Periode.Regnskabsaar(aar)), k.T("markering.foreloebig"));

    public static IReadOnlyList<VistPeriode> Skoleaar(Komposition k, params Figur[] figurer) =>
        k.Opslag.SkoleaarSerie(figurer.Select(f => f.Id).ToArray()).Select(Fra).ToList();
}
