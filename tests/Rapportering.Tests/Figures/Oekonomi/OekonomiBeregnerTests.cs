using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Oekonomi;
using Rapportering.Input;
using Rapportering.Templates;

namespace Rapportering.Tests.Figures.Oekonomi;

/// <summary>
/// Hand-worked scenario for Haderslev (510), prisår 2016. PL: 2011-12 = 50, 2013-14 = 80,
/// 2015-16 = 100, so the fixed-price factors are 2, 1,25, 1,25 and 1.
/// <code>
/// år    service netto (løbende)            → fast   adm.      → fast  i alt (fast)
/// 2011  5.28.23 d1 100                     → 200    40 → 80          280
/// 2012  5.28.23 d1 150                     → 300    40 → 80          380
/// 2013  5.28.23 d1 200, d2 -40 = 160       → 200    80 → 100         300
/// 2014  5.28.23 d1 240, d2 -40 = 200       → 250    80 → 100         350
/// 2015  23: 300, -50; 22/002: 50; 21/003: 100; 21: 50 = 450 → 450   120          570
/// 2016* 23: 200; 20: 100; 22: 100; 21/003: 100 = 500        → 500   110          610
/// * forventet regnskab. 2015 also has 5.28.24 (udelad in the kommune's rules) and 2016 two
/// rows on 5.28.19 (no rule): 1.000 + 234 = 1.234 t.kr. Kommune 657's rows are mixed in.
/// </code>
/// </summary>
public class OekonomiBeregnerTests
{
    private static readonly KontoplanRegel[] Standard =
    [
        new("5.28.20", null, null, null, "service", 6),
        new("5.28.21", null, null, null, "service", 3),
        new("5.28.22", null, null, null, "service", 5),
        new("5.28.23", null, null, null, "service", 6),
        new("5.28.24", null, null, null, "service", 6),
        new("6.45.51", null, null, null, "administration", null),
    ];

    private static readonly KontoplanRegel[] Regler510 =
    [
        new("5.28.22", "002", null, null, "service", 4),
        new("5.28.21", "003", null, null, "service", 2),
        new("5.28.24", null, null, null, "udelad", null),
    ];

    private static KommuneSkabelon Kommune(int kode, IReadOnlyList<KontoplanRegel> regler, Basisperioder? basis = null) =>
        new(kode, null, new Branding("#000000", "#000000", null, "Udvalget", null), basis ?? Basisperioder.Standard, [], [], regler);

    private static RegnskabsPost P(int aar, string funktion, string? grp, int dranst, decimal beloeb, string type = "regnskab", int kode = 510) =>
        new(kode, aar, type, funktion, grp, dranst, beloeb);

    private static List<PlIndeks> Pl(params int[] udeladt) =>
        new (int Aar, decimal Indeks)[] { (2011, 50), (2012, 50), (2013, 80), (2014, 80), (2015, 100), (2016, 100) }
            .Where(p => !udeladt.Contains(p.Aar)).Select(p => new PlIndeks(p.Aar, p.Indeks)).ToList();

    private static List<RegnskabsPost> Poster510() =>
    [
        P(2011, "5.28.23", null, 1, 100), P(2011, "6.45.51", null, 1, 40),
        P(2012, "5.28.23", null, 1, 150), P(2012, "6.45.51", null, 1, 40),
        P(2013, "5.28.23", null, 1, 200), P(2013, "5.28.23", null, 2, -40), P(2013, "6.45.51", null, 1, 80),
        P(2014, "5.28.23", null, 1, 240), P(2014, "5.28.23", null, 2, -40), P(2014, "6.45.51", null, 1, 80),
        P(2015, "5.28.23", null, 1, 300), P(2015, "5.28.23", null, 2, -50), P(2015, "5.28.22", "002", 1, 50),
        P(2015, "5.28.21", "003", 1, 100), P(2015, "5.28.21", null, 1, 50), P(2015, "6.45.51", null, 1, 120),
        P(2015, "5.28.24", null, 1, 999),
        P(2016, "5.28.23", null, 1, 200, "forventet"), P(2016, "5.28.20", null, 1, 100, "forventet"),
        P(2016, "5.28.22", null, 1, 100, "forventet"), P(2016, "5.28.21", "003", 1, 100, "forventet"),
        P(2016, "6.45.51", null, 1, 110, "forventet"),
        P(2016, "5.28.19", null, 1, 1000, "forventet"), P(2016, "5.28.19", null, 1, 234, "forventet"),
        // Another kommune's rows in the same input: must not count for 510.
        P(2015, "5.28.23", null, 1, 10_000, kode: 657), P(2013, "6.45.51", null, 1, 5_000, kode: 657),
    ];

    private static OekonomiResultat Beregn510(List<RegnskabsPost>? poster = null, List<PlIndeks>? pl = null, int prisaar = 2016) =>
        OekonomiBeregner.Beregn(poster ?? Poster510(), pl ?? Pl(), Standard, Kommune(510, Regler510), prisaar, sidsteAar: 2016);

    private static Observation? Obs(OekonomiResultat r, string id, string opdeling, int aar) =>
        r.Observationer.SingleOrDefault(o => o.Noegletal.Kode == id && o.Opdeling?.Kode == opdeling && o.Periode.ToString() == aar.ToString());

    private static decimal V(OekonomiResultat r, string id, string opdeling, int aar) =>
        Obs(r, id, opdeling, aar)?.Vaerdi ?? throw new Xunit.Sdk.XunitException($"mangler {id}/{opdeling}/{aar}");

    [Fact]
    public void Udgifter_i_faste_priser_pr_aar_og_serie()
    {
        var r = Beregn510();

        Assert.Equal([200m, 300m, 200m, 250m, 450m, 500m], Enumerable.Range(2011, 6).Select(a => V(r, "udgifter_1000kr", "service", a)));
        Assert.Equal([80m, 80m, 100m, 100m, 120m, 110m], Enumerable.Range(2011, 6).Select(a => V(r, "udgifter_1000kr", "administration", a)));
        Assert.Equal([280m, 380m, 300m, 350m, 570m, 610m], Enumerable.Range(2011, 6).Select(a => V(r, "udgifter_1000kr", "i_alt", a)));
        Assert.All(r.Observationer.Where(o => o.Noegletal.Kode == "udgifter_1000kr"), o => { Assert.Null(o.Taeller); Assert.Null(o.Naevner); });
    }

    [Fact]
    public void Merudgifter_mod_basisperioderne_er_ikke_additive()
    {
        var r = Beregn510();

        // service: base 2011-2014 mean (200+300+200+250)/4 = 237,5 → 2015: 450-237,5; 2016: 500-237,5
        Assert.Equal(212.5m, V(r, "merudgifter_1000kr", "service", 2015));
        Assert.Equal(262.5m, V(r, "merudgifter_1000kr", "service", 2016));
        // administration: base 2013-2014 mean 100 → 20 and 10
        Assert.Equal(20m, V(r, "merudgifter_1000kr", "administration", 2015));
        Assert.Equal(10m, V(r, "merudgifter_1000kr", "administration", 2016));
        // i alt: base 2013-2014 mean (300+350)/2 = 325 → 245 and 285
        Assert.Equal(245m, V(r, "merudgifter_1000kr", "i_alt", 2015));
        Assert.Equal(285m, V(r, "merudgifter_1000kr", "i_alt", 2016));
        // 212,5 + 20 = 232,5 ≠ 245: different base periods, not additive.
        Assert.NotEqual(V(r, "merudgifter_1000kr", "i_alt", 2015),
            V(r, "merudgifter_1000kr", "service", 2015) + V(r, "merudgifter_1000kr", "administration", 2015));
        // only years after the base periods
        Assert.Equal(6, r.Observationer.Count(o => o.Noegletal.Kode == "merudgifter_1000kr"));
    }

    [Fact]
    public void Serviceudgifter_fordelt_paa_trin_summer_til_100()
    {
        var r = Beregn510();

        // 2015 gross (dranst 1): trin6 300, trin4 50 (22/002), trin2 100 (21/003), trin3 50, trin5 0 → 500
        Assert.Equal([20m, 10m, 10m, 0m, 60m], Enumerable.Range(2, 5).Select(t => V(r, "serviceudgifter_trin_pct", $"trin{t}", 2015)));
        // 2016: trin6 200+100, trin5 100, trin2 100 → 500
        Assert.Equal([20m, 0m, 0m, 20m, 60m], Enumerable.Range(2, 5).Select(t => V(r, "serviceudgifter_trin_pct", $"trin{t}", 2016)));
        // 2011: everything on 5.28.23 → trin 6 = 100
        Assert.Equal(100m, V(r, "serviceudgifter_trin_pct", "trin6", 2011));
        foreach (var aar in Enumerable.Range(2011, 6))
            Assert.Equal(100m, Enumerable.Range(2, 5).Sum(t => V(r, "serviceudgifter_trin_pct", $"trin{t}", aar)), 10);
    }

    [Fact]
    public void Forventet_aar_er_foreloebigt_overalt()
    {
        var r = Beregn510();

        Assert.All(r.Observationer.Where(o => o.Periode.ToString() == "2016"), o => Assert.True(o.Foreloebig));
        Assert.All(r.Observationer.Where(o => o.Periode.ToString() != "2016"), o => Assert.False(o.Foreloebig));
        Assert.Equal(3 + 3 + 5, r.Observationer.Count(o => o.Periode.ToString() == "2016"));
    }

    [Fact]
    public void Endeligt_regnskab_fortraenger_forventet_for_samme_aar()
    {
        var poster = Poster510();
        poster.Add(P(2015, "5.28.23", null, 1, 7_777, "forventet")); // superseded by 2015's regnskab

        var r = Beregn510(poster);

        Assert.Equal(450m, V(r, "udgifter_1000kr", "service", 2015));
        Assert.False(Obs(r, "udgifter_1000kr", "service", 2015)!.Foreloebig);
    }

    [Fact]
    public void Ukendt_funktion_udelades_med_beloeb_i_fundet_og_udelad_giver_intet_fund()
    {
        var r = Beregn510();

        var fund = Assert.Single(r.Datakvalitet);
        Assert.Equal("ukendt_funktion", fund.Regel);
        Assert.Equal(2, fund.Antal);
        Assert.Contains("5.28.19 (2016): 1.234 t.kr.", fund.Beskrivelse);
        // 5.28.24 (999, udelad) and 5.28.19 (1.234) are not in 2015's or 2016's totals (see V above)
        Assert.Equal(450m, V(r, "udgifter_1000kr", "service", 2015));
        Assert.Equal(500m, V(r, "udgifter_1000kr", "service", 2016));
    }

    [Fact]
    public void Manglende_pl_aar_giver_ingen_faste_priser_og_ingen_servicemerudgift()
    {
        var r = Beregn510(pl: Pl(2012));

        Assert.Null(Obs(r, "udgifter_1000kr", "service", 2012));
        Assert.Null(Obs(r, "udgifter_1000kr", "i_alt", 2012));
        Assert.Equal(200m, V(r, "udgifter_1000kr", "service", 2011)); // other years unaffected
        // service base 2011-2014 lacks 2012 → no service merudgift; admin/i alt base 2013-2014 is whole
        Assert.Null(Obs(r, "merudgifter_1000kr", "service", 2015));
        Assert.Equal(20m, V(r, "merudgifter_1000kr", "administration", 2015));
        Assert.Equal(245m, V(r, "merudgifter_1000kr", "i_alt", 2015));
        // shares do not depend on prices: 2012 still has its trin split
        Assert.Equal(100m, V(r, "serviceudgifter_trin_pct", "trin6", 2012));

        var pl = r.Datakvalitet.Single(f => f.Regel == "pl_indeks_mangler");
        Assert.Equal(1, pl.Antal);
        Assert.Contains("2012", pl.Beskrivelse);
        var basis = r.Datakvalitet.Single(f => f.Regel == "basisperiode_mangler_aar");
        Assert.Equal(1, basis.Antal);
        Assert.Contains("service, basisperiode 2011-2014: 2012 (intet PL-indeks)", basis.Beskrivelse);
    }

    [Fact]
    public void Manglende_pl_for_prisaaret_giver_ingen_udgifter_men_andele()
    {
        var r = Beregn510(pl: Pl(2016));

        Assert.DoesNotContain(r.Observationer, o => o.Noegletal.Kode is "udgifter_1000kr" or "merudgifter_1000kr");
        Assert.Equal(30, r.Observationer.Count(o => o.Noegletal.Kode == "serviceudgifter_trin_pct")); // 6 years × 5 trin
        var pl = r.Datakvalitet.Single(f => f.Regel == "pl_indeks_mangler");
        Assert.Equal(6, pl.Antal);
        Assert.Contains("prisåret 2016", pl.Beskrivelse);
    }

    [Fact]
    public void Basisperiode_med_aar_uden_regnskab_giver_ingen_merudgifter()
    {
        var poster = Poster510().Where(p => !(p.KommuneKode == 510 && p.Aar == 2013)).ToList();

        var r = Beregn510(poster);

        Assert.DoesNotContain(r.Observationer, o => o.Noegletal.Kode == "merudgifter_1000kr");
        Assert.Equal(450m, V(r, "udgifter_1000kr", "service", 2015));
        var fund = r.Datakvalitet.Single(f => f.Regel == "basisperiode_mangler_aar");
        Assert.Equal(3, fund.Antal); // 2013 missing in each of the three series
        Assert.Contains("2013 (intet regnskab)", fund.Beskrivelse);
    }

    [Fact]
    public void Anden_kommune_med_egen_basisperiode_og_aarsspaend()
    {
        // Herning (657): § 11.3 grouping 003 → trin 2 only from 2015; base 2012-2014 for all series.
        // All PL = 100 (factor 1).
        // 2012: 23: 100, adm 10    2013: 23: 200, adm 20    2014: 23: 200, 21/003: 100, adm 30
        // 2015: 23: 250, 21/003: 100, adm 50
        // service mean (100+200+300)/3 = 200 → 2015: 350-200 = 150
        // adm mean (10+20+30)/3 = 20 → 30;  i alt mean (110+220+330)/3 = 220 → 400-220 = 180
        var regler657 = new KontoplanRegel[] { new("5.28.21", "003", 2015, null, "service", 2) };
        var basis = new Basisperioder(new(2012, 2014), new(2012, 2014), new(2012, 2014));
        var pl = Enumerable.Range(2011, 6).Select(a => new PlIndeks(a, 100)).ToList();
        var poster = new List<RegnskabsPost>
        {
            P(2012, "5.28.23", null, 1, 100, kode: 657), P(2012, "6.45.51", null, 1, 10, kode: 657),
            P(2013, "5.28.23", null, 1, 200, kode: 657), P(2013, "6.45.51", null, 1, 20, kode: 657),
            P(2014, "5.28.23", null, 1, 200, kode: 657), P(2014, "5.28.21", "003", 1, 100, kode: 657), P(2014, "6.45.51", null, 1, 30, kode: 657),
            P(2015, "5.28.23", null, 1, 250, kode: 657), P(2015, "5.28.21", "003", 1, 100, kode: 657), P(2015, "6.45.51", null, 1, 50, kode: 657),
        };
        poster.AddRange(Poster510().Where(p => p.KommuneKode == 510)); // 510's rows must not leak into 657

        var r = OekonomiBeregner.Beregn(poster, pl, Standard, Kommune(657, regler657, basis), 2015, sidsteAar: 2015);

        Assert.Equal(150m, V(r, "merudgifter_1000kr", "service", 2015));
        Assert.Equal(30m, V(r, "merudgifter_1000kr", "administration", 2015));
        Assert.Equal(180m, V(r, "merudgifter_1000kr", "i_alt", 2015));
        // 2014: 100 of 300 on 21/003 still trin 3 (rule starts 2015) → trin3 = 33,3..; 2015: 100/350 on trin 2
        Assert.Equal(0m, V(r, "serviceudgifter_trin_pct", "trin2", 2014));
        Assert.Equal(100m / 3m, V(r, "serviceudgifter_trin_pct", "trin3", 2014), 20);
        Assert.Equal(100m * 100m / 350m, V(r, "serviceudgifter_trin_pct", "trin2", 2015), 20);
        Assert.Null(Obs(r, "udgifter_1000kr", "service", 2016)); // 510 has 2016, 657 does not
        Assert.Empty(r.Datakvalitet);
    }

    [Fact]
    public void Dranst_uden_for_kontrakt_og_ukendt_regnskabstype_er_fund()
    {
        var poster = Poster510();
        poster.Add(P(2015, "5.28.23", null, 3, 500));
        poster.Add(P(2015, "5.28.23", null, 1, 500, "budget"));

        var r = Beregn510(poster);

        Assert.Equal(450m, V(r, "udgifter_1000kr", "service", 2015));
        Assert.Equal(1, r.Datakvalitet.Single(f => f.Regel == "ukendt_dranst").Antal);
        Assert.Contains("'budget'", r.Datakvalitet.Single(f => f.Regel == "ukendt_regnskabstype").Beskrivelse);
    }
}
