using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Tests.Report;

/// <summary>
/// A hand-made figures export for kommune 510 pr. 30. september 2017, built so each Resumé case
/// is visible by eye: an increase, a decrease, a change of fewer than 5 children, a missing and a
/// suppressed previous year, suppressed and missing cells, and a year from expected accounts.
/// </summary>
internal static class RapportFixtur
{
    public static readonly Skaeringsdato Dato = Skaeringsdato.Parse("2017-09-30");
    public static readonly DateTimeOffset Oprettet = new(2017, 10, 15, 8, 0, 0, TimeSpan.FromHours(2));

    private static readonly string[] Datoer = ["2016-01-31", "2016-05-31", "2016-09-30", "2017-01-31", "2017-05-31", "2017-09-30"];

    public static Observation O(string id, string? opd, string periode, decimal? v, decimal? t = null, decimal? n = null, bool foreloebig = false) =>
        new(id, opd, periode, v, t, n, false, foreloebig);

    public static Observation Undertrykt(string id, string? opd, string periode, decimal? n = null) =>
        new(id, opd, periode, null, null, n, true);

    public static FigurEksport Eksport()
    {
        var obs = new List<Observation>();

        // Increase: 6,6123 -> 7,9456 shown as 6,6 -> 7,9, a change of +1,3 (75 -> 90 children).
        foreach (var (d, i) in Datoer.Select((d, i) => (d, i)))
            obs.Add(O("forebyggende_pr_1000", null, d, d switch { "2016-09-30" => 6.6123m, "2017-09-30" => 7.9456m, _ => 6m + i / 10m }, d switch { "2016-09-30" => 75, "2017-09-30" => 90, _ => 70 + i }, 11300));

        // Only 2017: no previous year for the Resumé. 6 of 72 = 8,3333 pct.
        obs.Add(O("forebyggende_efterfulgt_af_bfu_pct", null, "2017-01-31", 10m, 7, 70));
        obs.Add(O("forebyggende_efterfulgt_af_bfu_pct", null, "2017-05-31", 9.0909m, 6, 66));
        obs.Add(O("forebyggende_efterfulgt_af_bfu_pct", null, "2017-09-30", 8.3333m, 6, 72));

        // Few persons: 52,4 -> 52,7 (+0,3) is 592 -> 595 children, 3 more.
        foreach (var d in Datoer)
        {
            obs.Add(O("hjemmebaserede_pr_1000", null, d, d == "2017-09-30" ? 52.7361m : 52.4123m, d == "2017-09-30" ? 595 : 592, 11290));
            obs.Add(O("hjemmebaserede_pr_1000", "forebyggende_foranstaltning", d, 45.0044m, 508, 11290));
            obs.Add(d == "2017-01-31"
                ? Undertrykt("hjemmebaserede_pr_1000", "doegnophold_familie", d, 11290)
                : O("hjemmebaserede_pr_1000", "doegnophold_familie", d, 0m, 0, 11290));
            obs.Add(O("hjemmebaserede_pr_1000", "hjemmebaseret_anbringelse", d, 0.5314m, 6, 11290));
            obs.Add(O("hjemmebaserede_pr_1000", "foraeldrerettet_under_anbringelse", d, 6.8764m, 78, 11290));
        }
        // Movements exist only from a year after the first data.
        foreach (var d in Datoer.Skip(3))
        {
            obs.Add(O("bevaegelser_fra_hjemmebaserede_pct", "op", d, 8.5m, 17, 200));
            obs.Add(O("bevaegelser_fra_hjemmebaserede_pct", "ned", d, 25m, 50, 200));
            obs.Add(O("bevaegelser_fra_hjemmebaserede_pct", "ingen", d, 66.5m, 133, 200));
        }

        // Decrease: 12,4003 -> 11,7999 shown as 12,4 -> 11,8 (−0,6), 140 -> 133 children.
        // 2017-01-31 is missing on purpose: its row must show "–", never 0.
        foreach (var d in Datoer.Where(d => d != "2017-01-31"))
            obs.Add(O("anbragte_pr_1000", null, d, d == "2017-09-30" ? 11.7999m : 12.4003m, d == "2017-09-30" ? 133 : 140, 11290));

        foreach (var d in Datoer)
        {
            var nu = d == "2017-09-30";
            obs.Add(O("anbringelsesformer_pct", "institution", d, nu ? 15m : 20m, nu ? 20 : 28, nu ? 133 : 140));
            obs.Add(O("anbringelsesformer_pct", "familiepleje", d, nu ? 75m : 72.1429m, nu ? 100 : 101, nu ? 133 : 140));
            obs.Add(d == "2016-05-31"
                ? Undertrykt("anbringelsesformer_pct", "netvaerkspleje", d, 140)
                : O("anbringelsesformer_pct", "netvaerkspleje", d, nu ? 10m : 7.8571m, nu ? 13 : 11, nu ? 133 : 140));
        }

        // Ended institution placements: the previous year's figure is suppressed.
        obs.Add(Undertrykt("ophoerte_institutionsanbringelser_pct", null, "2016-09-30", 24));
        obs.Add(O("ophoerte_institutionsanbringelser_pct", null, "2017-09-30", 25m, 5, 20));
        obs.Add(O("ophoerte_institutionsanbringelser_pct", "anden_anbringelsesform", "2017-09-30", 10m, 2, 20));
        obs.Add(O("ophoerte_institutionsanbringelser_pct", "ikke_anbragt", "2017-09-30", 15m, 3, 20));

        // Economy in 1.000 kr.; 2017 from expected accounts. Total 162.345,6 -> 147.000 = 162,3 -> 147,0 mio. kr.
        foreach (var (aar, service, adm, foreloebig) in new[] { (2015, 144000m, 22000m, false), (2016, 139845.6m, 22500m, false), (2017, 120000m, 27000m, true) })
        {
            var a = aar.ToString(System.Globalization.CultureInfo.InvariantCulture);
            obs.Add(O("udgifter_1000kr", "service", a, service, foreloebig: foreloebig));
            obs.Add(O("udgifter_1000kr", "administration", a, adm, foreloebig: foreloebig));
            obs.Add(O("udgifter_1000kr", "i_alt", a, service + adm, foreloebig: foreloebig));
            obs.Add(O("merudgifter_1000kr", "service", a, service - 130000m, foreloebig: foreloebig));
            obs.Add(O("merudgifter_1000kr", "administration", a, adm - 23000m, foreloebig: foreloebig));
            obs.Add(O("merudgifter_1000kr", "i_alt", a, service + adm - 155000m, foreloebig: foreloebig));
            foreach (var (trin, pct) in new[] { ("trin2", 4m), ("trin3", 20m), ("trin4", 2m), ("trin5", 40m), ("trin6", 34m) })
                obs.Add(O("serviceudgifter_trin_pct", trin, a, pct, foreloebig: foreloebig));
        }

        // School: faglig gap −0,2 -> −0,3 (grows); social only 2016/17; fravær gap 5,9 -> 8,4 with a suppressed cell.
        foreach (var (s, u, nu, oe, noe) in new[] { ("2014/15", 3.4m, 159, 3.6m, 2353), ("2015/16", 3.5m, 128, 3.7m, 2496), ("2016/17", 3.4m, 104, 3.7m, 2230) })
        {
            obs.Add(O("faglig_trivsel", "udsatte", s, u, nu));
            obs.Add(O("faglig_trivsel", "oevrige", s, oe, noe));
            obs.Add(O("faglig_trivsel", "forskel", s, u - oe));
        }
        obs.Add(O("social_trivsel", "udsatte", "2016/17", 4.0m, 105));
        obs.Add(O("social_trivsel", "oevrige", "2016/17", 4.1m, 2347));
        obs.Add(O("social_trivsel", "forskel", "2016/17", -0.1m));
        obs.Add(Undertrykt("fravaer_pct", "udsatte", "2014/15"));
        obs.Add(O("fravaer_pct", "oevrige", "2014/15", 5.3m, 2632));
        obs.Add(O("fravaer_pct", "udsatte", "2015/16", 11.7m, 157));
        obs.Add(O("fravaer_pct", "oevrige", "2015/16", 5.8m, 2827));
        obs.Add(O("fravaer_pct", "forskel", "2015/16", 5.9m));
        obs.Add(O("fravaer_pct", "udsatte", "2016/17", 14.7m, 166));
        obs.Add(O("fravaer_pct", "oevrige", "2016/17", 6.3m, 3055));
        obs.Add(O("fravaer_pct", "forskel", "2016/17", 8.4m));

        return new FigurEksport(510, "2017-09-30", 2017, obs,
        [
            new DatakvalitetFund("slutdato_foer_startdato", 2, "Indsatser med slutdato før startdato er udeladt."),
            new DatakvalitetFund("ukendt_funktion", 1, "Regnskabsrække på funktion 5.28.99 er ikke dækket af en regel (fejlagtigt citeret 010203-1234)."),
        ]);
    }

    public static KommuneSkabelon Skabelon() => new(510, "Haderslev Kommune",
        new Branding("#00573F", "#8DB63C", null, "Børne- og Familieudvalget", null),
        Basisperioder.Standard, [], [], []);

    public static RapportInput Input(FigurEksport? eksport = null, RapportTekster? tekster = null) => new(
        eksport ?? Eksport(), 510, "Haderslev Kommune", Skabelon(), "/opt/rapportering/templates/kommuner/510-logo.svg",
        new DateOnly(2017, 10, 3), Dato, tekster ?? RapportTekster.Indbyggede(), Oprettet);

    /// <summary>The built-in catalog words (figure names, units, opdelinger), as the fixture's document has them.</summary>
    public static KatalogTekster Ord { get; } = RapportTekster.Indbyggede().Katalog;

    public static RapportDokument Dokument(FigurEksport? eksport = null, RapportTekster? tekster = null) =>
        RapportKomponist.Komponer(Input(eksport, tekster));
}
