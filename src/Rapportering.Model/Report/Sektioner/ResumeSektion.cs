using Rapportering.Domain;
using System.Globalization;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// "Resumé": one finding per main figure, generated from the data: the change since the same cut
/// date a year earlier (economy: since the year before; school: since the school year before),
/// and always the sentence that this is monitoring, not effect measurement.
/// </summary>
internal static class ResumeSektion
{
    public static Afsnit Byg(Komposition k)
    {
        var (overskrift, intro) = k.Hoved("resume");
        var nu = k.Vist(k.Input.Skaeringsdato);
        var foer = k.Vist(k.Input.Skaeringsdato.AaretFoer());
        const string manglerFoer = "resume.mangler_foer_skaeringsdato";

        var fund = new List<string>
        {
            Udvikling.Beskriv(k, Katalog.ForebyggendePr1000, null, nu, foer, manglerFoer),
            Udvikling.Beskriv(k, Katalog.ForebyggendeEfterfulgtAfBfu, null, nu, foer, manglerFoer),
            Udvikling.Beskriv(k, Katalog.HjemmebaseredePr1000, null, nu, foer, manglerFoer),
            Udvikling.Beskriv(k, Katalog.AnbragtePr1000, null, nu, foer, manglerFoer),
            Udvikling.Beskriv(k, Katalog.Anbringelsesformer, Opdeling.Institution, nu, foer, manglerFoer),
            Udvikling.Beskriv(k, Katalog.OphoerteInstitutionsanbringelser, null, nu, foer, manglerFoer),
            Udgifter(k),
        };
        fund.AddRange(new[] { Katalog.FagligTrivsel, Katalog.SocialTrivsel, Katalog.Fravaer }.Select(f => Trivsel(k, f)));

        return new Afsnit("resume", "", overskrift,
            [intro, new Punktliste(fund), new Tekst(k.T("forbehold.monitorering"))]);
    }

    /// <summary>Total expenditure: the latest year with data against the year before.</summary>
    private static string Udgifter(Komposition k)
    {
        var f = Katalog.Udgifter;
        var aar = k.Opslag.Aar(f.Id, k.Input.Skaeringsdato.Dato.Year);
        var seneste = aar.Count > 0 ? aar[^1] : k.Input.Skaeringsdato.Dato.Year;
        return Udvikling.Beskriv(k, f, Opdeling.IAlt, VistPeriode.Aar(k, f, seneste), VistPeriode.Aar(k, f, seneste - 1), "resume.mangler_foer_aar");
    }

    /// <summary>The gap in the latest school year with data against the school year before.</summary>
    public static string Trivsel(Komposition k, Figur f)
    {
        var aar = k.Opslag.SkoleaarSerie(f.Id);
        if (aar.Count == 0)
            return k.T("resume.mangler", ("emne_lille", Visning.Lille(Udvikling.Emne(k, f, null))), ("periode_pr", "i perioden"));
        var seneste = aar[^1];
        return Udvikling.BeskrivForskel(k, f, VistPeriode.Fra(k.Tekster, seneste), VistPeriode.Fra(k.Tekster, new Domain.Skoleaar(seneste.StartAar - 1)));
    }

    internal static string Aar(int aar) => aar.ToString(CultureInfo.InvariantCulture);
}
