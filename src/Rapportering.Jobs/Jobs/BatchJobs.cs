using System.ComponentModel;
using Hangfire;
using Rapportering.Domain;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Jobs;

/// <summary>The tertial entry point (recurring) and the fan-out: one kommune job per kommune.</summary>
public sealed class BatchJobs(
    RapporteringIndstillinger ind,
    IKommuneInputKilde inputKilde,
    IBackgroundJobClient klient,
    TertialPlan plan,
    TimeProvider tid,
    ILogger<BatchJobs> log)
{
    /// <summary>The recurring job: reports on the latest cut date on or before today (Copenhagen).</summary>
    [DisplayName("Tertialkørsel")]
    public Task<string> Tertial(CancellationToken ct) => FanOut(plan.Skaeringsdato(tid.GetUtcNow()).Iso, null, ct);

    /// <summary>Enqueues one job per kommune and returns their job ids, comma-separated (the result `run` waits on).</summary>
    [DisplayName("Fordel pr. kommune {0}")]
    public async Task<string> FanOut(string skaeringsdato, int? kommune, CancellationToken ct)
    {
        var dato = Skaeringsdato.Parse(skaeringsdato);
        IReadOnlyList<int> kommuner = kommune is { } k ? [k]
            : ind.Kommuner.Length > 0 ? ind.Kommuner
            : await inputKilde.KommunerAsync(new DataKilde(ind.Data.Provider, ind.Data.Forbindelse), ct);
        var ider = kommuner.Distinct().Order()
            .Select(kode => klient.Enqueue<KommuneJob>(j => j.Koer(kode, dato.Iso, null, CancellationToken.None)))
            .ToArray();
        log.LogInformation("Skæringsdato {Dato}: {Antal} kommunejob lagt i kø", dato.Iso, ider.Length);
        return string.Join(',', ider);
    }
}
