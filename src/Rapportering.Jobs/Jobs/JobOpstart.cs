using Hangfire;
using Rapportering.Delivery;

namespace Rapportering.Jobs.Jobs;

/// <summary>On start: create the delivery log table and register (or update) the recurring tertial job.</summary>
internal sealed class JobOpstart(RapporteringIndstillinger ind, LeveringsLog leveringsLog, IRecurringJobManager tilbagevendende, TertialPlan plan, ILogger<JobOpstart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await leveringsLog.OpretAsync(ct);
        if (string.IsNullOrWhiteSpace(ind.Jobs.TilbagevendendeId)) return;
        tilbagevendende.AddOrUpdate<BatchJobs>(ind.Jobs.TilbagevendendeId, b => b.Tertial(CancellationToken.None), ind.Jobs.Cron,
            new RecurringJobOptions { TimeZone = plan.Tidszone });
        log.LogInformation("Tertialkørsel '{Cron}' ({Tidszone})", ind.Jobs.Cron, ind.Jobs.Tidszone);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
