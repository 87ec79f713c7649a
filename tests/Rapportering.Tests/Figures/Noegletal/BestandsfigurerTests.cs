using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

namespace Rapportering.Tests.Figures.Noegletal;

/// <summary>The per-1000 figures and anbringelsesformer on one cut date.</summary>
public class BestandsfigurerTests
{
    private static readonly Skaeringsdato Sep2017 = Skaeringsdato.Parse("2017-09-30");

    [Fact]
    public void Anbragte_pr_1000_taeller_ikke_18_aarige()
    {
        var f = new FixturBygger().Befolkning("2017-03-31", 2000).Befolkning("2017-06-30", 2000);
        f.Indsats(f.Personer(6), Indsatstyper.Familiepleje, "2017-01-01");
        f.Indsats(f.Person("1999-09-30"), Indsatstyper.Familiepleje, "2017-01-01"); // 18 on 2017-09-30, 17 on 2017-05-31
        f.Indsats(f.Person("1999-10-01"), Indsatstyper.Familiepleje, "2017-01-01"); // still 17 on 2017-09-30

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Sep2017);

        // 2017-09-30: 6 + the one born 1999-10-01 = 7; 7 * 1000 / 2000 = 3.5
        var sep = obs.Find(Katalog.AnbragtePr1000, null, "2017-09-30");
        Assert.Equal(3.5m, sep.Vaerdi);
        Assert.Equal(7m, sep.Taeller);
        Assert.Equal(2000m, sep.Naevner);
        // 2017-05-31: all 8 are under 18; 8 * 1000 / 2000 = 4.0
        Assert.Equal(4.0m, obs.Find(Katalog.AnbragtePr1000, null, "2017-05-31").Vaerdi);
        // anbringelsesformer counts the same 7: familiepleje 7/7 = 100 pct.
        var fam = obs.Find(Katalog.Anbringelsesformer, "familiepleje", "2017-09-30");
        Assert.Equal(100m, fam.Vaerdi);
        Assert.Equal(7m, fam.Naevner);
    }

    [Fact]
    public void Hoejeste_trin_vinder_ved_overlappende_indsatser()
    {
        // Population also before 2017-05-31, so that cut date is in the series (it starts at the
        // first cut date with population); 2017-09-30 still uses the 2017-06-30 figure.
        var f = new FixturBygger().Befolkning("2017-03-31", 1000).Befolkning("2017-06-30", 1000);
        var a = f.Personer(5); // trin 3 + institution -> trin 6
        f.Indsats(a, Indsatstyper.ForebyggendeForanstaltning, "2017-01-01").Indsats(a, Indsatstyper.Institution, "2017-06-01");
        var b = f.Personer(5); // netværkspleje + familiepleje -> trin 5
        f.Indsats(b, Indsatstyper.Netvaerkspleje, "2017-02-01").Indsats(b, Indsatstyper.Familiepleje, "2017-08-01", "2017-12-31");
        f.Indsats(f.Personer(5), Indsatstyper.Netvaerkspleje, "2017-02-01"); // trin 4

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Sep2017);

        // 15 placed persons, each counted once: 15 * 1000 / 1000 = 15
        Assert.Equal(15m, obs.Find(Katalog.AnbragtePr1000, null, "2017-09-30").Vaerdi);
        // 5 of 15 on each form: 5 * 100 / 15 = 33,33...
        foreach (var form in new[] { "institution", "familiepleje", "netvaerkspleje" })
        {
            var o = obs.Find(Katalog.Anbringelsesformer, form, "2017-09-30");
            Assert.Equal(5m * 100m / 15m, o.Vaerdi);
            Assert.Equal(5m, o.Taeller);
            Assert.Equal(15m, o.Naevner);
        }
        // Hjemmebaserede counts any active trin-3 measure, also during a placement: group a = 5
        Assert.Equal(5m, obs.Find(Katalog.HjemmebaseredePr1000, null, "2017-09-30").Taeller);
        // On 2017-05-31 group a is still on trin 3 only, b on trin 4: placed = b + c = 10, netværkspleje 10/10
        Assert.Equal(100m, obs.Find(Katalog.Anbringelsesformer, "netvaerkspleje", "2017-05-31").Vaerdi);
        Assert.Equal(0m, obs.Find(Katalog.Anbringelsesformer, "institution", "2017-05-31").Vaerdi);
    }

    [Fact]
    public void Indsats_der_slutter_paa_skaeringsdatoen_er_aktiv()
    {
        var f = new FixturBygger().Befolkning("2017-06-30", 1000);
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2017-01-01", "2017-09-30"); // active on d
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2017-01-01", "2017-09-29"); // ended the day before
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2017-09-30");               // starts on d: active

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Sep2017);

        // 5 + 5 = 10 persons; 10 * 1000 / 1000 = 10
        var o = obs.Find(Katalog.ForebyggendePr1000, null, "2017-09-30");
        Assert.Equal(10m, o.Taeller);
        Assert.Equal(10m, o.Vaerdi);
    }

    [Fact]
    public void Personer_taelles_een_gang_paa_tvaers_af_flere_indsatser()
    {
        var f = new FixturBygger().Befolkning("2017-06-30", 1000);
        var p = f.Personer(5); // two overlapping measures of one type plus a second type
        f.Indsats(p, Indsatstyper.ForebyggendeForanstaltning, "2017-01-01")
         .Indsats(p, Indsatstyper.ForebyggendeForanstaltning, "2017-03-01")
         .Indsats(p, Indsatstyper.DoegnopholdFamilie, "2017-06-01");
        f.Indsats(f.Personer(5), Indsatstyper.HjemmebaseretAnbringelse, "2017-02-01");
        var r = f.Personer(5); // three forebyggende measures each
        f.Indsats(r, Indsatstyper.Forebyggende, "2017-04-01").Indsats(r, Indsatstyper.Forebyggende, "2017-05-01")
         .Indsats(r, Indsatstyper.Forebyggende, "2017-08-01");

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Sep2017);

        const string d = "2017-09-30";
        // total: 5 (p) + 5 (q) = 10 persons, not 5*3 + 5 measures; 10 * 1000 / 1000 = 10
        Assert.Equal(10m, obs.Find(Katalog.HjemmebaseredePr1000, null, d).Vaerdi);
        // per type: p counts under both its types
        Assert.Equal(5m, obs.Find(Katalog.HjemmebaseredePr1000, Indsatstyper.ForebyggendeForanstaltning, d).Taeller);
        Assert.Equal(5m, obs.Find(Katalog.HjemmebaseredePr1000, Indsatstyper.DoegnopholdFamilie, d).Taeller);
        Assert.Equal(5m, obs.Find(Katalog.HjemmebaseredePr1000, Indsatstyper.HjemmebaseretAnbringelse, d).Taeller);
        var tom = obs.Find(Katalog.HjemmebaseredePr1000, Indsatstyper.ForaeldrerettetUnderAnbringelse, d);
        Assert.Equal(0m, tom.Vaerdi);
        Assert.False(tom.Undertrykt);
        // forebyggende: 5 persons with 3 measures each = 5
        Assert.Equal(5m, obs.Find(Katalog.ForebyggendePr1000, null, d).Taeller);
    }

    [Fact]
    public void Serien_starter_ved_foerste_skaeringsdato_med_data()
    {
        var f = new FixturBygger().Befolkning("2016-03-31", 1000);
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2016-02-01");

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-01-31"));

        // first start 2016-02-01 -> first cut date 2016-05-31, then 2016-09-30 and 2017-01-31
        Assert.Equal(["2016-05-31", "2016-09-30", "2017-01-31"],
            obs.Where(o => o.Noegletal == Katalog.ForebyggendePr1000.Id).Select(o => o.Periode.ToString()));
        // 17 rows a cut date (1 + 5 + 1 + 3 + 1 + 3 + 3), less bevægelser on all three (their
        // cohort date, a year before, is before the series) and ophørte on the first: 51 - 9 - 3
        Assert.Equal(3 * 17 - 3 * 3 - 3, obs.Count);
        Assert.DoesNotContain(obs, o => o.Noegletal == Katalog.BevaegelserFraHjemmebaserede.Id);
        // an empty cohort inside the series: null, not 0
        var ophoer = obs.Find(Katalog.OphoerteInstitutionsanbringelser, null, "2016-09-30");
        Assert.Null(ophoer.Vaerdi);
        Assert.Equal(0m, ophoer.Naevner);
    }
}
