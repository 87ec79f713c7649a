using System.Text.Json;
using Hangfire;
using Rapportering.Domain;
using Rapportering.Jobs.Jobs;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering run --skaeringsdato D [--kommune K] [--provider P --connection CS] [--config FIL]`:
/// the batch now, through the same Hangfire jobs as the schedule (this process is a server too),
/// waiting until every kommune job has succeeded or failed for good. Exit 0 when every kommune was
/// delivered or unchanged; 1 when one was held back or failed.
/// </summary>
internal static class RunKommando
{
    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args, ["skaeringsdato", "kommune", "provider", "connection", "config", "timeout"]);
        if (!Skaeringsdato.TryParse(a.Kraevet("skaeringsdato"), out var dato, out var fejl)) throw new BrugerFejl(fejl);
        int? kommune = a.Har("kommune") ? a.KraevetHeltal("kommune") : null;
        var timeout = TimeSpan.FromSeconds(a.Har("timeout") ? a.KraevetHeltal("timeout") : 3600);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, DisableDefaults = false });
        JobKonfiguration.Lag(builder.Configuration, a.Valgfri("config"), JobKonfiguration.DataTilvalg(a));
        var ind = JobKonfiguration.Indstillinger(builder.Configuration);
        builder.Services.AddRapporteringJobs(ind with { Jobs = ind.Jobs with { TilbagevendendeId = null } });
        using var host = builder.Build();
        host.Start();
        try
        {
            var udfald = KoerBatch(host.Services, dato, kommune, timeout);
            foreach (var u in udfald) Console.Out.WriteLine(u.Linje);
            return udfald.All(u => u.Ok) ? Cli.Ok : Cli.Fejl;
        }
        finally
        {
            host.StopAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        }
    }

    public sealed record Linjeudfald(int? Kommune, bool Ok, string Linje, KommuneUdfald? Udfald);

    /// <summary>Enqueues the fan-out and waits for it and every kommune job it made (used by tests too).</summary>
    public static IReadOnlyList<Linjeudfald> KoerBatch(IServiceProvider sp, Skaeringsdato dato, int? kommune, TimeSpan timeout)
    {
        var klient = sp.GetRequiredService<IBackgroundJobClient>();
        var storage = sp.GetRequiredService<JobStorage>();
        var frist = DateTime.UtcNow + timeout;
        var fanOut = klient.Enqueue<BatchJobs>(b => b.FanOut(dato.Iso, kommune, CancellationToken.None));
        var (ok, resultat, grund) = Vent(storage, fanOut, frist);
        if (!ok) return [new(null, false, $"fordelingen fejlede: {grund}", null)];
        var ider = (JsonSerializer.Deserialize<string>(resultat!) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var linjer = new List<Linjeudfald>();
        foreach (var id in ider)
        {
            var (jobOk, json, jobGrund) = Vent(storage, id, frist);
            if (!jobOk)
            {
                linjer.Add(new(null, false, $"job {id} fejlede: {jobGrund}", null));
                continue;
            }
            var u = JsonSerializer.Deserialize<KommuneUdfald>(JsonSerializer.Deserialize<string>(json!)!)!;
            var linje = u.Status switch
            {
                KommuneUdfald.Tilbageholdt => $"{u.Kommune} {u.Skaeringsdato}: tilbageholdt — {string.Join("; ", u.Mangler)}",
                _ => $"{u.Kommune} {u.Skaeringsdato}: {(u.Status == KommuneUdfald.Leveret ? "ny" : "uændret")} version v{u.Version}, sendt til {u.Sendt.Count}"
                     + (u.Uafklaret.Count > 0 ? $", uafklaret: {string.Join(", ", u.Uafklaret)}" : ""),
            };
            linjer.Add(new(u.Kommune, u.Status != KommuneUdfald.Tilbageholdt, linje, u));
        }
        return linjer;
    }

    private static (bool Ok, string? Resultat, string? Grund) Vent(JobStorage storage, string id, DateTime frist)
    {
        while (DateTime.UtcNow < frist)
        {
            using (var c = storage.GetConnection())
            {
                var s = c.GetStateData(id);
                switch (s?.Name)
                {
                    case "Succeeded": return (true, s.Data.TryGetValue("Result", out var r) ? r : null, null);
                    case "Failed": return (false, null, s.Data.TryGetValue("ExceptionMessage", out var m) ? m : s.Reason);
                    case "Deleted": return (false, null, "slettet");
                }
            }
            Thread.Sleep(100);
        }
        return (false, null, "tiden løb ud");
    }
}
