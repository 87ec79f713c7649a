using Microsoft.Extensions.Configuration;
using Rapportering.Jobs;
using Rapportering.Jobs.Jobs;

namespace Rapportering.Tests.Jobs;

/// <summary>A configuration value of the wrong kind, or a cron expression that does not parse, is one
/// Danish line naming the key or the expression, not the binder's or Cronos' English.</summary>
public sealed class KonfigurationsfejlTests
{
    [Fact]
    public void En_vaerdi_af_forkert_type_naevner_noeglen()
    {
        var c = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Arbejdere"] = "mange" }).Build();

        var fejl = Assert.Throws<BrugerFejl>(() => JobKonfiguration.Indstillinger(c));

        Assert.Equal("ugyldig konfiguration: værdien af Jobs:Arbejdere har en forkert type", fejl.Message);
    }

    [Fact]
    public void Et_ugyldigt_cron_udtryk_naevnes_med_felterne()
    {
        var fejl = Assert.Throws<ArgumentException>(() => new TertialPlan("hver tirsdag", "Europe/Copenhagen"));

        Assert.Equal("ugyldigt cron-udtryk 'hver tirsdag' (fem felter: minut, time, dag, måned, ugedag)", fejl.Message);
    }
}
