using Hangfire;
using Hangfire.States;
using Rapportering.Output;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Jobs a killed server left behind in a shared (database) storage. A job stays "Processing" with
/// the dead server's id until the storage's invisibility timeout; a server of this machine whose
/// process is gone is certainly dead, so its jobs are put back in the queue at once. On PostgreSQL
/// the state locks a kill left are removed first (else the requeue waits for the storage's lock
/// timeout), and jobs a dead worker had fetched but not yet marked Processing are put back too
/// (<see cref="PostgresEfterladenskaber"/>). The ids of those and of jobs still waiting in the
/// queue are kept, so `run` waits for them too.
/// </summary>
public sealed class GenoptagneJob
{
    private readonly List<string> _ider = [];

    public IReadOnlyList<string> Ider { get { lock (_ider) return [.. _ider]; } }

    internal void Saml(JobStorage storage, JobIndstillinger jobs, ILogger log)
    {
        if (storage is Hangfire.InMemory.InMemoryStorage) return; // died with its process
        var hentet = storage is Hangfire.PostgreSql.PostgreSqlStorage && jobs.Forbindelse is { Length: > 0 } cs
            ? PostgresEfterladenskaber.Ryd(cs, JobStorageFabrik.PostgresSkema, log)
            : [];
        var monitor = storage.GetMonitoringApi();
        var klient = new BackgroundJobClient(storage);
        var ider = new List<string>();
        foreach (var (id, job) in monitor.ProcessingJobs(0, 1000))
        {
            if (job.ServerId is not { } server || !ServerId.ErDoedLokal(server)) continue;
            if (LaegIKoe(klient, id, "serveren blev stoppet midt i jobbet", ProcessingState.StateName, log))
            {
                log.LogWarning("Job {Id} blev afbrudt af en stoppet server og er lagt i kø igen", id);
                ider.Add(id);
            }
        }
        foreach (var id in hentet)
            if (LaegIKoe(klient, id, "serveren blev stoppet, efter den hentede jobbet", EnqueuedState.StateName, log))
            {
                log.LogWarning("Job {Id} var hentet af en stoppet server og er lagt i kø igen", id);
                ider.Add(id);
            }
        foreach (var koe in monitor.Queues())
            ider.AddRange(monitor.EnqueuedJobs(koe.Name, 0, 1000).Select(j => j.Key));
        lock (_ider) _ider.AddRange(ider.Distinct());
    }

    /// <summary>A lock held by a live process makes the requeue wait (a state change takes milliseconds); never the start for good.</summary>
    private static bool LaegIKoe(BackgroundJobClient klient, string id, string grund, string forventet, ILogger log)
    {
        try
        {
            return klient.ChangeState(id, new EnqueuedState { Reason = grund }, forventet);
        }
        catch (Hangfire.Storage.DistributedLockTimeoutException)
        {
            log.LogWarning("Job {Id} kunne ikke lægges i kø igen: dets lås blev ikke frigivet", id);
            return false;
        }
    }
}
