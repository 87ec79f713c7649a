using Hangfire;
using Rapportering.Archive;
using Rapportering.Delivery;
using Rapportering.Output;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// On start: create the delivery log table, clear what a killed run left (temp files in the folder
/// drop, staging entries in the archive's .tmp/), pick up jobs a killed server left "Processing",
/// and register (or update) the recurring tertial job.
/// </summary>
internal sealed class JobOpstart(
    RapporteringIndstillinger ind, LeveringsLog leveringsLog, Arkiv arkiv, JobStorage storage, GenoptagneJob genoptagne,
    IRecurringJobManager tilbagevendende, TertialPlan plan, ILogger<JobOpstart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await leveringsLog.OpretAsync(ct);
        var ryddet = arkiv.RydEfterladte() + (ind.Levering.Mappe is { } mappe ? Efterladenskaber.RydTempFiler(mappe) : 0);
        if (ryddet > 0) log.LogInformation("Ryddede {Antal} efterladte midlertidige filer/mapper", ryddet);
        genoptagne.Saml(storage, ind.Jobs, log);
        if (string.IsNullOrWhiteSpace(ind.Jobs.TilbagevendendeId)) return;
        tilbagevendende.AddOrUpdate<BatchJobs>(ind.Jobs.TilbagevendendeId, b => b.Tertial(CancellationToken.None), ind.Jobs.Cron,
            new RecurringJobOptions { TimeZone = plan.Tidszone });
        log.LogInformation("Tertialkørsel '{Cron}' ({Tidszone})", ind.Jobs.Cron, ind.Jobs.Tidszone);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
