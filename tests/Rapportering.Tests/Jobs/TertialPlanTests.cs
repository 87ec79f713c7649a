using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

public class TertialPlanTests
{
    [Fact]
    public void Standardplanen_koerer_kl_6_dansk_tid_vinter_og_sommer()
    {
        // 06:00 Copenhagen: 15 Feb is CET (UTC+1) → 05:00Z; 15 Jun and 15 Oct are CEST (UTC+2) → 04:00Z.
        var plan = new TertialPlan("0 6 15 2,6,10 *", "Europe/Copenhagen");
        var ur = new FalskUr(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var naeste = plan.NaesteKoersler(ur, 4).Select(t => t.UtcDateTime).ToList();
        Assert.Equal(
            [new DateTime(2024, 2, 15, 5, 0, 0), new DateTime(2024, 6, 15, 4, 0, 0), new DateTime(2024, 10, 15, 4, 0, 0), new DateTime(2025, 2, 15, 5, 0, 0)],
            naeste);
        Assert.All(naeste, t => Assert.Equal(6, TimeZoneInfo.ConvertTimeFromUtc(t, plan.Tidszone).Hour));
    }

    [Fact]
    public void Daglig_koersel_over_sommertid_og_vintertid()
    {
        // 2024: summer time starts 31 March 02:00→03:00, ends 27 October 03:00→02:00.
        var plan = new TertialPlan("30 2 * * *", "Europe/Copenhagen");
        var ur = new FalskUr(new DateTimeOffset(2024, 3, 30, 12, 0, 0, TimeSpan.Zero));
        var foraar = plan.NaesteKoersler(ur, 2).Select(t => t.UtcDateTime).ToList();
        // 31 March 02:30 does not exist: Cronos runs at 03:00 CEST = 01:00Z; 1 April 02:30 CEST = 00:30Z.
        Assert.Equal([new DateTime(2024, 3, 31, 1, 0, 0), new DateTime(2024, 4, 1, 0, 30, 0)], foraar);

        ur.Nu = new DateTimeOffset(2024, 10, 26, 12, 0, 0, TimeSpan.Zero);
        var efteraar = plan.NaesteKoersler(ur, 2).Select(t => t.UtcDateTime).ToList();
        // 27 October 02:30 happens twice; it runs once, the first time (CEST, 00:30Z); 28 Oct 02:30 CET = 01:30Z.
        Assert.Equal([new DateTime(2024, 10, 27, 0, 30, 0), new DateTime(2024, 10, 28, 1, 30, 0)], efteraar);
    }

    [Fact]
    public void Koerslen_rapporterer_seneste_skaeringsdato()
    {
        var plan = new TertialPlan("0 6 15 2,6,10 *", "Europe/Copenhagen");
        Assert.Equal("2018-01-31", plan.Skaeringsdato(new DateTimeOffset(2018, 2, 15, 5, 0, 0, TimeSpan.Zero)).Iso);
        Assert.Equal("2017-09-30", plan.Skaeringsdato(new DateTimeOffset(2017, 10, 15, 4, 0, 0, TimeSpan.Zero)).Iso);
        // 30 Sep 23:30Z is already 1 October in Copenhagen, still reporting 30 September.
        Assert.Equal("2017-09-30", plan.Skaeringsdato(new DateTimeOffset(2017, 9, 30, 23, 30, 0, TimeSpan.Zero)).Iso);
    }

    [Fact]
    public void Ugyldigt_cron_udtryk_giver_en_linje()
    {
        var e = Assert.Throws<ArgumentException>(() => new TertialPlan("0 6 15 2,6,10", "Europe/Copenhagen"));
        Assert.DoesNotContain('\n', e.Message);
    }
}
