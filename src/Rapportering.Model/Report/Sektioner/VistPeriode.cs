using System.Globalization;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// One period as the report shows it: the typed period it stands for and the
/// Danish words for a table row, a chart category and a sentence ("pr. 30. september 2017",
/// "i 2017 (forventet regnskab)", "i skoleåret 2016/17").
/// </summary>
internal sealed record VistPeriode(Periode Noegle, string Tabeltekst, string Diagramtekst, string Tekst, string TekstMedForholdsord, bool Foreloebig, string Aksetekst)
{
    public static VistPeriode Fra(RapportTekster t, Skaeringsdato d)
    {
        var lang = Formatering.Dato(d.Dato);
        var maaned = t.Hent("perioder.maaneder_korte").Split(';')[d.Dato.Month - 1];
        // Axis label "sep. 17": short enough for a few labels per centimetre.
        var kort = $"{maaned} {(d.Dato.Year % 100).ToString("00", CultureInfo.InvariantCulture)}";
        return new(Periode.For(d), lang, $"{maaned} {d.Dato.Year}", lang, t.Hent("perioder.pr_dato", ("dato", lang)), false, kort);
    }

    /// <summary>An accounting year; years from expected accounts carry the marker in every text.</summary>
    public static VistPeriode Fra(RapportTekster t, int aar, bool foreloebig)
    {
        var tekst = aar.ToString(CultureInfo.InvariantCulture);
        var vist = foreloebig ? $"{tekst} {t.Hent("markering.foreloebig")}" : tekst;
        // On an axis "2026*"; the chart's footnote explains the star.
        return new(Periode.Regnskabsaar(aar), vist, vist, vist, t.Hent("perioder.i_aar", ("aar", vist)), foreloebig, foreloebig ? tekst + "*" : tekst);
    }

    public static VistPeriode Fra(RapportTekster t, Skoleaar s) =>
        new(Periode.For(s), s.ToString(), s.ToString(), t.Hent("perioder.skoleaar", ("skoleaar", s.ToString())),
            t.Hent("perioder.i_skoleaar", ("skoleaar", s.ToString())), false, s.ToString());

    public static IReadOnlyList<VistPeriode> Skaeringsdatoer(Komposition k, Figur f) =>
        k.Opslag.Skaeringsdatoer(f.Id, k.Input.Skaeringsdato).Select(k.Vist).ToList();

    /// <summary>Accounting years of a figure up to the report's year, marked when from expected accounts.</summary>
    public static IReadOnlyList<VistPeriode> Aar(Komposition k, Figur f) =>
        k.Opslag.Aar(f.Id, k.Input.Skaeringsdato.Dato.Year).Select(a => Aar(k, f, a)).ToList();

    public static VistPeriode Aar(Komposition k, Figur f, int aar) =>
        Fra(k.Tekster, aar, k.Opslag.ErForeloebig(f.Id, Periode.Regnskabsaar(aar)));

    public static IReadOnlyList<VistPeriode> Skoleaar(Komposition k, params Figur[] figurer) =>
        k.Opslag.SkoleaarSerie(figurer.Select(f => f.Id).ToArray()).Select(s => Fra(k.Tekster, s)).ToList();
}
