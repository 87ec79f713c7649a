using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

namespace Rapportering.Tests.Noegletal;

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
        Assert.Contains("2017-09-30", mangler.Beskrivelse);
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
}
