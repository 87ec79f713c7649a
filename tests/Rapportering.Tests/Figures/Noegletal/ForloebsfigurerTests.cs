using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

namespace Rapportering.Tests.Figures.Noegletal;

/// <summary>The figures that look back in time: BFU after a new measure, bevægelser, ophørte.</summary>
public class ForloebsfigurerTests
{
    [Fact]
    public void Bfu_vindue_har_begge_kanter_og_bfu_paa_startdatoen_taeller()
    {
        // d = 2017-09-30; d.AddMonths(-6) = 2017-03-30; window (2017-03-30, 2017-09-30]
        var f = new FixturBygger().Befolkning("2017-06-30", 1000);
        var a = f.Personer(5); // start on the first day inside the window; BFU the day before start
        f.Indsats(a, Indsatstyper.Forebyggende, "2017-03-31").Undersoegelse(a, "2017-03-30");
        var b = f.Personer(5); // start on the excluded edge; a BFU that would otherwise count
        f.Indsats(b, Indsatstyper.Forebyggende, "2017-03-30").Undersoegelse(b, "2017-04-01");
        var c = f.Personer(5); // start on d, BFU decided the same day: counts
        f.Indsats(c, Indsatstyper.Forebyggende, "2017-09-30").Undersoegelse(c, "2017-09-30");
        var e = f.Personer(5); // BFU after d: does not count (yet)
        f.Indsats(e, Indsatstyper.Forebyggende, "2017-05-01").Undersoegelse(e, "2017-10-01");
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2017-06-01", bevilgetAf: "andet"); // not by the authority

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // starters a + c + e = 15; followed by BFU: c = 5; 5 * 100 / 15 = 33,33...
        var o = obs.Find(Katalog.ForebyggendeEfterfulgtAfBfu, null, "2017-09-30");
        Assert.Equal(5m, o.Taeller);
        Assert.Equal(15m, o.Naevner);
        Assert.Equal(5m * 100m / 15m, o.Vaerdi);
    }

    [Fact]
    public void Bfu_taeller_personen_een_gang_fra_tidligste_start_i_vinduet()
    {
        var f = new FixturBygger().Befolkning("2017-06-30", 1000);
        var p = f.Personer(5); // three starts in the window; BFU after the first two
        f.Indsats(p, Indsatstyper.Forebyggende, "2017-04-01").Indsats(p, Indsatstyper.Forebyggende, "2017-05-01")
         .Indsats(p, Indsatstyper.Forebyggende, "2017-08-01").Undersoegelse(p, "2017-06-01");
        var q = f.Personer(5); // no BFU
        f.Indsats(q, Indsatstyper.Forebyggende, "2017-04-01").Indsats(q, Indsatstyper.Forebyggende, "2017-07-01");

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // starters: 10 persons (not 25 measures); with BFU >= earliest start 2017-04-01: p = 5; 5 * 100 / 10 = 50
        var o = obs.Find(Katalog.ForebyggendeEfterfulgtAfBfu, null, "2017-09-30");
        Assert.Equal(10m, o.Naevner);
        Assert.Equal(5m, o.Taeller);
        Assert.Equal(50m, o.Vaerdi);
    }

    [Fact]
    public void Bfu_har_ingen_aldersgraense_men_bestanden_har()
    {
        // The count visits a person's cut dates for BFU apart from the ones she is 0-17 on: an
        // 18-year-old's start counts among the BFU starters, and not in forebyggende_pr_1000.
        var f = new FixturBygger().Befolkning("2017-06-30", 1000);
        var voksne = f.Personer(6, foedt: "1999-01-01"); // 18 on 2017-09-30
        f.Indsats(voksne, Indsatstyper.Forebyggende, "2017-05-01").Undersoegelse(voksne, "2017-06-01");
        var unge = f.Personer(5); // 10 years old; no BFU
        f.Indsats(unge, Indsatstyper.Forebyggende, "2017-05-01");

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // starters 6 + 5 = 11, with BFU the 6 adults: 6 * 100 / 11
        var bfu = obs.Find(Katalog.ForebyggendeEfterfulgtAfBfu, null, "2017-09-30");
        Assert.Equal(11m, bfu.Naevner);
        Assert.Equal(6m, bfu.Taeller);
        Assert.Equal(6m * 100m / 11m, bfu.Vaerdi);
        // active forebyggende among the 0-17-årige: only the 5; 5 * 1000 / 1000 = 5
        var bestand = obs.Find(Katalog.ForebyggendePr1000, null, "2017-09-30");
        Assert.Equal(5m, bestand.Taeller);
        Assert.Equal(5m, bestand.Vaerdi);
    }

    [Fact]
    public void Bevaegelser_fra_hjemmebaserede_et_aar_efter()
    {
        // d = 2017-09-30, a year before = 2016-09-30
        var f = new FixturBygger().Befolkning("2016-06-30", 1000).Befolkning("2017-06-30", 1000);
        var op = f.Personer(5);
        f.Indsats(op, Indsatstyper.ForebyggendeForanstaltning, "2016-01-01", "2017-02-28").Indsats(op, Indsatstyper.Familiepleje, "2017-03-01");
        f.Indsats(f.Personer(5), Indsatstyper.DoegnopholdFamilie, "2016-01-01"); // ingen bevægelse
        var ned = f.Personer(6);
        f.Indsats(ned, Indsatstyper.ForebyggendeForanstaltning, "2016-01-01", "2016-12-31").Indsats(ned, Indsatstyper.Forebyggende, "2017-01-02");
        var anbragt = f.Personer(5); // placed a year before: not in the cohort
        f.Indsats(anbragt, Indsatstyper.ForebyggendeForanstaltning, "2016-01-01").Indsats(anbragt, Indsatstyper.Netvaerkspleje, "2016-01-01");
        f.Indsats(f.Person("1999-06-01"), Indsatstyper.DoegnopholdFamilie, "2016-01-01"); // 18 on d: left out
        f.Indsats(f.Personer(5), Indsatstyper.DoegnopholdFamilie, "2016-10-01"); // started after a year before

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // cohort 5 + 5 + 6 = 16: op 5/16 = 31,25; ingen 5/16 = 31,25; ned 6/16 = 37,5
        const string d = "2017-09-30";
        Assert.Equal(31.25m, obs.Find(Katalog.BevaegelserFraHjemmebaserede, "op", d).Vaerdi);
        Assert.Equal(31.25m, obs.Find(Katalog.BevaegelserFraHjemmebaserede, "ingen", d).Vaerdi);
        var n = obs.Find(Katalog.BevaegelserFraHjemmebaserede, "ned", d);
        Assert.Equal(37.5m, n.Vaerdi);
        Assert.Equal(6m, n.Taeller);
        Assert.Equal(16m, n.Naevner);
    }

    [Fact]
    public void Ophoerte_institutionsanbringelser_bruger_forrige_skaeringsdato_over_aarsskiftet()
    {
        // d = 2018-01-31; previous cut date = 2017-09-30
        var f = new FixturBygger().Befolkning("2017-06-30", 1000).Befolkning("2017-12-31", 1000);
        var anden = f.Personer(5);
        f.Indsats(anden, Indsatstyper.Institution, "2017-01-01", "2017-12-31").Indsats(anden, Indsatstyper.Familiepleje, "2018-01-01");
        f.Indsats(f.Personer(5), Indsatstyper.Institution, "2017-01-01");                // still on institution
        f.Indsats(f.Personer(5), Indsatstyper.Institution, "2017-01-01", "2017-11-30");  // ikke længere anbragt
        f.Indsats(f.Person("2000-01-15"), Indsatstyper.Institution, "2017-01-01", "2017-11-30"); // 18 on d: left out
        f.Indsats(f.Personer(5), Indsatstyper.Institution, "2017-10-01", "2017-12-31");  // not placed on 2017-09-30
        f.Indsats(f.Personer(5), Indsatstyper.Institution, "2017-01-01", "2017-05-31");  // ended before 2017-09-30

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2018-01-31"));

        // cohort 5 + 5 + 5 = 15; no longer on institution 10/15; anden 5/15; ikke anbragt 5/15
        const string d = "2018-01-31";
        var total = obs.Find(Katalog.OphoerteInstitutionsanbringelser, null, d);
        Assert.Equal(10m * 100m / 15m, total.Vaerdi);
        Assert.Equal(10m, total.Taeller);
        Assert.Equal(15m, total.Naevner);
        Assert.Equal(5m * 100m / 15m, obs.Find(Katalog.OphoerteInstitutionsanbringelser, "anden_anbringelsesform", d).Vaerdi);
        Assert.Equal(5m * 100m / 15m, obs.Find(Katalog.OphoerteInstitutionsanbringelser, "ikke_anbragt", d).Vaerdi);
    }
}
