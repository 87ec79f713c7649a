using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Rapportering.Templates;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// After the last retry Hangfire moves a job to Failed (AutomaticRetry has given up): then the
/// operator is told, with the kommune, the job and the reason.
/// </summary>
public sealed class SidsteForsoegFilter(OperatoerBesked operatoer, RapporteringIndstillinger ind) : JobFilterAttribute, IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is not FailedState fejlet) return;
        var job = context.BackgroundJob.Job;
        var hvad = job is { Type.Name: nameof(KommuneJob) } && job.Args.Count >= 2
            ? $"Rapport for {KommuneNavn(job.Args[0])} pr. {job.Args[1]}"
            : $"Job {job?.Type.Name}.{job?.Method.Name}";
        var grund = fejlet.Exception is { } e ? Fejltekst.For(e) : fejlet.Reason ?? "ukendt fejl";
        // Not awaited here (the state change must not wait on a mail server), but tracked:
        // `run` waits for it before the process exits.
        operatoer.SendIBaggrunden($"{hvad} fejlede", $"{hvad} fejlede efter sidste forsøg (job {context.BackgroundJob.Id}):\n{grund}");
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }

    private string KommuneNavn(object? kode)
    {
        if (kode is not int k) return $"{kode}";
        try
        {
            return Skabeloner.Standard(ind.Skabeloner).Kommune(k).Navn is { Length: > 0 } n ? $"{k} {n}" : $"kommune {k}";
        }
        catch (SkabelonFejl)
        {
            return $"kommune {k}";
        }
    }
}
