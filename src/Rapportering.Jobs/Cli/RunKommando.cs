using System.Text.Json;
using Hangfire;
using Rapportering.Domain;
using Rapportering.Jobs.Jobs;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering run --skaeringsdato D [--kommune K] [--provider P --connection CS] [--config FIL]`:
/// the batch now, through the same Hangfire jobs as the schedule (this process is a server too),
/// waiting until every kommune job has succeeded or failed for good, and for jobs a killed run left
/// in a shared storage. Exit 0 when every kommune was delivered or unchanged; 1 when one was held
/// back or failed; 3 when a mail was left in the unknown window (sent again with the same
/// Message-ID, or left to the operator): then the line and the operator notice say which.
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
        var ind = JobKonfiguration.Indstillinger(builder.Configuration, a.Valgfri("config"));
        JobStorageFabrik.Kontroller(ind.Jobs);
        builder.Services.AddRapporteringJobs(ind with { Jobs = ind.Jobs with { TilbagevendendeId = null } });
        using var host = builder.Build();
        host.Start();
        try
        {
            var udfald = KoerBatch(host.Services, dato, kommune, timeout);
            foreach (var u in udfald) Console.Out.WriteLine(u.Linje);
            return udfald.Any(u => !u.Ok) ? Cli.Fejl : udfald.Any(u => u.Uvished) ? Cli.Uafklaret : Cli.Ok;
        }
        finally
        {
            // A notice started by a state filter must reach the operator before the process is gone.
            var frist = TimeSpan.FromSeconds(2 * Math.Max(1, ind.Smtp.TimeoutSekunder) + 5);
            if (!host.Services.GetRequiredService<OperatoerBesked>().VentPaaAlleAsync(frist).GetAwaiter().GetResult())
                Console.Error.WriteLine($"advarsel: en operatørbesked nåede ikke at blive mailet inden for {frist.TotalSeconds:0} s (den står i loggen)");
            host.StopAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        }
    }

    /// <param name="Uvished">A mail of this kommune was left in the unknown window (repeated or awaiting the operator).</param>
    public sealed record Linjeudfald(int? Kommune, bool Ok, string Linje, KommuneUdfald? Udfald, bool Uvished = false);

    /// <summary>Enqueues the fan-out and waits for it and every kommune job it made (used by tests too).</summary>
    public static IReadOnlyList<Linjeudfald> KoerBatch(IServiceProvider sp, Skaeringsdato dato, int? kommune, TimeSpan timeout)
    {
        var klient = sp.GetRequiredService<IBackgroundJobClient>();
        var storage = sp.GetRequiredService<JobStorage>();
        var frist = DateTime.UtcNow + timeout;
        var fanOut = klient.Enqueue<BatchJobs>(b => b.FanOut(dato.Iso, kommune, CancellationToken.None));
        var linjer = VentPaaFordeling(storage, fanOut, frist, "");
        // Jobs a killed run left in a shared storage: waited for too, so none is left half done.
        foreach (var id in sp.GetRequiredService<GenoptagneJob>().Ider)
        {
            var job = JobData(storage, id);
            if (job?.Type == typeof(BatchJobs)) linjer.AddRange(VentPaaFordeling(storage, id, frist, $"(genoptaget job {id}) "));
            else if (job?.Type == typeof(KommuneJob)) linjer.Add(VentPaaKommune(storage, id, frist, $"(genoptaget job {id}) "));
        }
        return linjer;
    }

    private static List<Linjeudfald> VentPaaFordeling(JobStorage storage, string fanOut, DateTime frist, string foran)
    {
        var (ok, resultat, grund) = Vent(storage, fanOut, frist);
        if (!ok) return [new(null, false, $"{foran}fordelingen fejlede: {grund}", null)];
        var ider = (JsonSerializer.Deserialize<string>(resultat!) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        return ider.Select(id => VentPaaKommune(storage, id, frist, foran)).ToList();
    }

    private static Linjeudfald VentPaaKommune(JobStorage storage, string id, DateTime frist, string foran)
    {
        var (jobOk, json, jobGrund) = Vent(storage, id, frist);
        if (!jobOk)
        {
            var args = JobData(storage, id)?.Args;
            var hvem = args is { Count: >= 2 } ? $"{args[0]} {args[1]}: " : "";
            return new(args is { Count: >= 1 } && args[0] is int k ? k : null, false, $"{foran}{hvem}job {id} fejlede: {jobGrund}", null);
        }
        var u = JsonSerializer.Deserialize<KommuneUdfald>(JsonSerializer.Deserialize<string>(json!)!)!;
        var linje = u.Status switch
        {
            KommuneUdfald.Tilbageholdt => $"{u.Kommune} {u.Skaeringsdato}: tilbageholdt — {string.Join("; ", u.Mangler)}",
            _ => $"{u.Kommune} {u.Skaeringsdato}: {(u.Status == KommuneUdfald.Leveret ? "ny" : "uændret")} version v{u.Version}, sendt til {u.Sendt.Count}"
                 + (u.MappeLagt ? ", lagt i mappen" : "")
                 + (u.Gentaget.Count > 0 ? $", sendt igen efter afbrudt afsendelse (samme Message-ID): {string.Join(", ", u.Gentaget)}" : "")
                 + (u.Uafklaret.Count > 0 ? $", uafklaret (måske modtaget, se operatørbeskeden): {string.Join(", ", u.Uafklaret)}" : ""),
        };
        return new(u.Kommune, u.Status != KommuneUdfald.Tilbageholdt, foran + linje, u, u.Gentaget.Count > 0 || u.Uafklaret.Count > 0);
    }

    private static Hangfire.Common.Job? JobData(JobStorage storage, string id)
    {
        using var c = storage.GetConnection();
        return c.GetJobData(id)?.Job;
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
                    case "Failed":
                        return (false, null, s.Data.TryGetValue("ExceptionMessage", out var m)
                            ? Fejltekst.For(s.Data.TryGetValue("ExceptionType", out var t) ? t : null, m) : s.Reason);
                    case "Deleted": return (false, null, "slettet");
                }
            }
            Thread.Sleep(100);
        }
        return (false, null, "tiden løb ud");
    }
}
