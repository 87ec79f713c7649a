using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

namespace Rapportering.Tests.Figures.Noegletal;

public class BefolkningTests
{
    private static FixturBygger FemForebyggende()
    {
        var f = new FixturBygger();
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2017-05-01"); // series 2017-05-31, 2017-09-30
        return f;
    }

    [Fact]
    public void Befolkning_aeldre_end_12_maaneder_mangler_og_giver_fund_ikke_nul()
    {
        var f = FemForebyggende().Befolkning("2016-09-29", 1000).Befolkning("2017-10-01", 5000);

        var (obs, fund) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // 2017-05-31: 2016-09-29 is within 12 months (>= 2016-05-31): 5 * 1000 / 1000 = 5
        Assert.Equal(5m, obs.Find(Katalog.ForebyggendePr1000, null, "2017-05-31").Vaerdi);
        // 2017-09-30: 2016-09-29 < 2016-09-30 is too old; 2017-10-01 is after d -> missing
        var sep = obs.Find(Katalog.ForebyggendePr1000, null, "2017-09-30");
        Assert.Null(sep.Vaerdi);
        Assert.Null(sep.Naevner);
        Assert.Equal(5m, sep.Taeller);
        var mangler = Assert.Single(fund, x => x.Regel == NoegletalBeregner.BefolkningMangler);
        Assert.Equal(1, mangler.Antal);
        Assert.Contains("30. september 2017", mangler.Beskrivelse);
    }

    [Fact]
    public void Befolkning_praecis_12_maaneder_gammel_bruges()
    {
        // 18-årige (777) and another kommune (888) in the fixture must not be summed
        var f = FemForebyggende().Befolkning("2016-09-30", 1000);

        var (obs, fund) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // 5 * 1000 / 1000 = 5
        var sep = obs.Find(Katalog.ForebyggendePr1000, null, "2017-09-30");
        Assert.Equal(5m, sep.Vaerdi);
        Assert.Equal(1000m, sep.Naevner);
        Assert.Empty(fund);
    }

    [Fact]
    public void Serien_starter_foerst_naar_baade_befolkning_og_registreringer_findes()
    {
        // A measure running since 2010 (before the registrations and population begin) and five
        // started 2013-02-01. Population only from 2013-01-01.
        var f = new FixturBygger();
        f.Indsats(f.Personer(1), Indsatstyper.Forebyggende, "2010-03-01");
        f.Indsats(f.Personer(5), Indsatstyper.Forebyggende, "2013-02-01");
        f.Befolkning("2013-01-01", 2000);

        var (obs, fund) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2013-09-30"));

        // Registrations alone would start at 2010-05-31; the first cut date with population
        // (2013-01-01 is on or before and within 12 months) is 2013-01-31. So the series is
        // 2013-01-31, 2013-05-31, 2013-09-30 and nothing earlier.
        var datoer = obs.Where(o => o.Noegletal == Katalog.ForebyggendePr1000.Id && o.Opdeling is null)
            .Select(o => o.Periode.ToString()).ToList();
        Assert.Equal(["2013-01-31", "2013-05-31", "2013-09-30"], datoer);
        // 2013-01-31: only the 2010 measure runs: 1 < 5 is suppressed. 2013-05-31: 6 * 1000 / 2000 = 3
        Assert.True(obs.Find(Katalog.ForebyggendePr1000, null, "2013-01-31").Undertrykt);
        Assert.Equal(3m, obs.Find(Katalog.ForebyggendePr1000, null, "2013-05-31").Vaerdi);
        Assert.DoesNotContain(fund, x => x.Regel == NoegletalBeregner.BefolkningMangler);
    }

    [Fact]
    public void Uden_befolkning_starter_serien_ved_registreringerne_og_giver_fund()
    {
        var f = FemForebyggende(); // measures from 2017-05-01, no population at all

        var (obs, fund) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // Series 2017-05-31, 2017-09-30 kept (counts 5), both without population: one finding of 2
        var sep = obs.Find(Katalog.ForebyggendePr1000, null, "2017-09-30");
        Assert.Null(sep.Vaerdi);
        Assert.Equal(5m, sep.Taeller);
        Assert.Equal(2, Assert.Single(fund, x => x.Regel == NoegletalBeregner.BefolkningMangler).Antal);
    }
}
