using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Trivsel;
using Rapportering.Input;

namespace Rapportering.Tests.Figures.Trivsel;

public class TrivselBeregnerTests
{
    private static Skoletrivsel R(string skoleaar, string gruppe, string indikator, decimal? gns, int? n, int kode = 510) =>
        new(kode, skoleaar, gruppe, indikator, gns, n);

    private static Observation? Obs(TrivselResultat r, string id, string opdeling, string periode) =>
        r.Observationer.SingleOrDefault(o => o.Noegletal.Kode == id && o.Opdeling?.Kode == opdeling && o.Periode.ToString() == periode);

    private static readonly Skoleaar Til = new(2016);

    [Fact]
    public void Udsatte_oevrige_og_forskel_med_N()
    {
        var rows = new[]
        {
            R("2016/17", "udsatte", "faglig_trivsel", 3.6m, 40), R("2016/17", "oevrige", "faglig_trivsel", 3.9m, 900),
            R("2016/17", "udsatte", "fravaer", 9.5m, 40), R("2016/17", "oevrige", "fravaer", 4.0m, 900),
            R("2016/17", "udsatte", "fravaer", 1.0m, 40, kode: 657), // another kommune: ignored
        };

        var r = TrivselBeregner.Beregn(rows, 510, Til);

        Assert.Equal(new Observation("faglig_trivsel", "udsatte", "2016/17", 3.6m, 40, null), Obs(r, "faglig_trivsel", "udsatte", "2016/17"));
        Assert.Equal(new Observation("faglig_trivsel", "oevrige", "2016/17", 3.9m, 900, null), Obs(r, "faglig_trivsel", "oevrige", "2016/17"));
        // gap: 3,6 - 3,9 = -0,3; taeller null (a difference of means, not a count)
        Assert.Equal(new Observation("faglig_trivsel", "forskel", "2016/17", -0.3m, null, null), Obs(r, "faglig_trivsel", "forskel", "2016/17"));
        // fravær: 9,5 - 4,0 = 5,5, id fravaer_pct
        Assert.Equal(5.5m, Obs(r, "fravaer_pct", "forskel", "2016/17")?.Vaerdi);
        Assert.Null(Obs(r, "social_trivsel", "udsatte", "2016/17")); // no row: mangler data, not 0
        Assert.Equal(6, r.Observationer.Count);
        Assert.Empty(r.Datakvalitet);
    }

    [Fact]
    public void Gennemsnit_over_faerre_end_5_elever_undertrykkes_og_det_goer_forskellen_ogsaa()
    {
        var rows = new[]
        {
            R("2015/16", "udsatte", "social_trivsel", 3.0m, 4), R("2015/16", "oevrige", "social_trivsel", 4.1m, 800),
            R("2016/17", "udsatte", "social_trivsel", 3.2m, 5), R("2016/17", "oevrige", "social_trivsel", 4.0m, 3),
        };

        var r = TrivselBeregner.Beregn(rows, 510, Til);

        var u = Obs(r, "social_trivsel", "udsatte", "2015/16")!;
        Assert.True(u.Undertrykt);
        Assert.Null(u.Vaerdi);
        Assert.Null(u.Taeller);
        Assert.Equal(4.1m, Obs(r, "social_trivsel", "oevrige", "2015/16")?.Vaerdi);
        var f = Obs(r, "social_trivsel", "forskel", "2015/16")!;
        Assert.True(f.Undertrykt);
        Assert.Null(f.Vaerdi); // 3,0 - 4,1 must not be recoverable from the gap
        // N = 5 is shown; the other group's N = 3 is suppressed, and so is the gap
        Assert.Equal(3.2m, Obs(r, "social_trivsel", "udsatte", "2016/17")?.Vaerdi);
        Assert.True(Obs(r, "social_trivsel", "oevrige", "2016/17")!.Undertrykt);
        Assert.True(Obs(r, "social_trivsel", "forskel", "2016/17")!.Undertrykt);
    }

    [Fact]
    public void Nul_elever_giver_ingen_observation_og_skoleaar_efter_til_udelades()
    {
        var rows = new[]
        {
            R("2016/17", "udsatte", "faglig_trivsel", null, 0), R("2016/17", "oevrige", "faglig_trivsel", 3.9m, 900),
            R("2017/18", "udsatte", "faglig_trivsel", 3.7m, 30), R("2017/18", "oevrige", "faglig_trivsel", 3.9m, 900),
        };

        var r = TrivselBeregner.Beregn(rows, 510, Til);

        Assert.Null(Obs(r, "faglig_trivsel", "udsatte", "2016/17"));
        Assert.Null(Obs(r, "faglig_trivsel", "forskel", "2016/17"));
        Assert.DoesNotContain(r.Observationer, o => o.Periode.ToString() == "2017/18");
        Assert.Equal(2, TrivselBeregner.Beregn(rows, 510, null).Observationer.Count(o => o.Periode.ToString() == "2017/18" && o.Opdeling?.Kode != "forskel"));
        Assert.Empty(r.Datakvalitet);
    }

    [Fact]
    public void Skoleaar_kommer_i_raekkefoelge()
    {
        var rows = new[] { R("2016/17", "oevrige", "fravaer", 4m, 900), R("2014/15", "oevrige", "fravaer", 5m, 900) };

        var r = TrivselBeregner.Beregn(rows, 510, null);

        Assert.Equal(["2014/15", "2016/17"], r.Observationer.Select(o => o.Periode.ToString()));
    }

    [Theory]
    [InlineData("2016/17", "udsatte", "faglig_trivsel", 0.5, 40, "trivselsindeks_uden_for_1_5")]
    [InlineData("2016/17", "oevrige", "social_trivsel", 5.01, 40, "trivselsindeks_uden_for_1_5")]
    [InlineData("2016/17", "udsatte", "fravaer", 101.0, 40, "fravaer_uden_for_0_100")]
    [InlineData("2016/17", "udsatte", "fravaer", -0.1, 40, "fravaer_uden_for_0_100")]
    [InlineData("2016/18", "udsatte", "fravaer", 5.0, 40, "ugyldigt_skoleaar")]
    [InlineData("2016-17", "udsatte", "fravaer", 5.0, 40, "ugyldigt_skoleaar")]
    [InlineData("2016/17", "udsatte", "fravaer", 5.0, -3, "negativt_antal")]
    [InlineData("2016/17", "udsatte", "fravaer", 5.0, null, "antal_mangler")]
    [InlineData("2016/17", "alle", "fravaer", 5.0, 40, "ukendt_gruppe")]
    [InlineData("2016/17", "udsatte", "motivation", 3.0, 40, "ukendt_indikator")]
    [InlineData("2016/17", "udsatte", "fravaer", null, 40, "gennemsnit_mangler")]
    public void Raekke_uden_for_kontrakten_udelades_med_fund(string skoleaar, string gruppe, string indikator, double? gns, int? n, string regel)
    {
        var rows = new[] { R(skoleaar, gruppe, indikator, (decimal?)gns, n), R("2016/17", "oevrige", "fravaer", 4m, 900) };

        var r = TrivselBeregner.Beregn(rows, 510, null);

        var fund = Assert.Single(r.Datakvalitet);
        Assert.Equal(regel, fund.Regel);
        Assert.Equal(1, fund.Antal);
        var o = Assert.Single(r.Observationer); // only the valid øvrige row; no gap without udsatte
        Assert.Equal("oevrige", o.Opdeling?.Kode);
    }

    [Fact]
    public void Dubletter_ens_taelles_en_gang_uenige_udelades()
    {
        var rows = new[]
        {
            R("2016/17", "udsatte", "fravaer", 9m, 40), R("2016/17", "udsatte", "fravaer", 9m, 40), // identical
            R("2016/17", "oevrige", "fravaer", 4m, 900), R("2016/17", "oevrige", "fravaer", 4.5m, 900), // disagree
        };

        var r = TrivselBeregner.Beregn(rows, 510, null);

        var fund = Assert.Single(r.Datakvalitet);
        Assert.Equal("dublet_skoletrivsel", fund.Regel);
        Assert.Equal(4, fund.Antal);
        Assert.Contains("uenige", fund.Beskrivelse);
        Assert.Equal(9m, Obs(r, "fravaer_pct", "udsatte", "2016/17")?.Vaerdi);
        Assert.Null(Obs(r, "fravaer_pct", "oevrige", "2016/17"));
        Assert.Null(Obs(r, "fravaer_pct", "forskel", "2016/17"));
    }
}
