using Hangfire;
using Hangfire.States;
using Rapportering.Output;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Jobs a killed server left behind in a shared (database) storage. A job stays "Processing" with
/// the dead server's id until the storage's invisibility timeout; a server of this machine whose
/// process is gone is certainly dead, so its jobs are put back in the queue at once. The ids of
/// those and of jobs still waiting in the queue are kept, so `run` waits for them too.
/// </summary>
public sealed class GenoptagneJob
{
    private readonly List<string> _ider = [];

    public IReadOnlyList<string> Ider { get { lock (_ider) return [.. _ider]; } }

    internal void Saml(JobStorage storage, ILogger log)
    {
        if (storage is Hangfire.InMemory.InMemoryStorage) return; // died with its process
        var monitor = storage.GetMonitoringApi();
        var klient = new BackgroundJobClient(storage);
        var ider = new List<string>();
        foreach (var (id, job) in monitor.ProcessingJobs(0, 1000))
        {
            if (job.ServerId is not { } server || !ErDoedLokalServer(server)) continue;
            if (klient.ChangeState(id, new EnqueuedState { Reason = "serveren blev stoppet midt i jobbet" }, ProcessingState.StateName))
            {
                log.LogWarning("Job {Id} blev afbrudt af en stoppet server og er lagt i kø igen", id);
                ider.Add(id);
            }
        }
        foreach (var koe in monitor.Queues())
            ider.AddRange(monitor.EnqueuedJobs(koe.Name, 0, 1000).Select(j => j.Key));
        lock (_ider) _ider.AddRange(ider.Distinct());
    }

    /// <summary>Server ids start with our ServerName "&lt;machine&gt;:&lt;pid&gt;:…" (HangfireServerVaert).</summary>
    private static bool ErDoedLokalServer(string serverId)
    {
        var dele = serverId.Split(':');
        return dele.Length >= 2
            && int.TryParse(dele[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
            && Efterladenskaber.ErForladt($"{pid}@{dele[0]}", DateTime.UtcNow);
    }
}
