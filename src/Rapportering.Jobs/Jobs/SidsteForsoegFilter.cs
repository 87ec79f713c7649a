using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// After the last retry Hangfire moves a job to Failed (AutomaticRetry has given up): then the
/// operator is told, with the job and the reason.
/// </summary>
public sealed class SidsteForsoegFilter(OperatoerBesked operatoer) : JobFilterAttribute, IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is not FailedState fejlet) return;
        var job = context.BackgroundJob.Job;
        var hvad = job is { Type.Name: nameof(KommuneJob) } && job.Args.Count >= 2
            ? $"Rapport for {job.Args[0]} pr. {job.Args[1]}"
            : $"Job {job?.Type.Name}.{job?.Method.Name}";
        var grund = fejlet.Exception?.Message ?? fejlet.Reason ?? "ukendt fejl";
        // Fire and forget: the state change must not wait on a mail server.
        _ = Task.Run(() => operatoer.SendAsync($"{hvad} fejlede", $"{hvad} fejlede efter sidste forsøg (job {context.BackgroundJob.Id}):\n{grund}"));
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }
}
