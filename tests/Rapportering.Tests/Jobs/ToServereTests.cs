using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rapportering.Archive;
using Rapportering.Delivery;
using Rapportering.Jobs;
using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Rapportering.Tests.Jobs;

/// <summary>Scale-out: two Hangfire servers (two hosts from the same registration) on one PostgreSQL storage.</summary>
[Collection("Hangfire")]
public sealed class ToServereTests(SmtpSink sink, PostgresServer pg, ITestOutputHelper ud) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly BatchOpsaetning _b = new(510, 657, 167, 615);

    [Fact]
    public async Task To_servere_paa_postgres_renderer_og_leverer_hver_kommune_en_gang()
    {
        sink.Ryd();
        var cs = await pg.OpretDatabaseAsync();
        var basis = _b.Indstillinger(sink.Port, arbejdere: 1);
        var ind = basis with { Jobs = basis.Jobs with { Storage = "postgres", Forbindelse = cs } };
        using var a = _b.Vaert(ind);
        using var b = _b.Vaert(ind);
        await a.StartAsync();
        await b.StartAsync();
        try
        {
            var linjer = RunKommando.KoerBatch(a.Services, BatchOpsaetning.Dato, null, TimeSpan.FromSeconds(60));
            Assert.All(linjer, l => Assert.True(l.Ok, l.Linje));
            Assert.Equal([167, 510, 615, 657], linjer.Select(l => l.Kommune!.Value).Order());

            // Every kommune rendered once (one counting pipeline behind both servers), archived once,
            // and every recipient mailed once.
            Assert.All(_b.Kommuner, k => Assert.Equal(1, _b.Bygger.Antal(k)));
            var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
            Assert.All(_b.Kommuner, k => Assert.Equal([1], arkiv.Versioner(k, BatchOpsaetning.Dato)));
            Assert.Equal(_b.Modtagere.ToDictionary(m => m, _ => 1), sink.AntalPrModtager());

            // The delivery log is the PostgreSQL table, every row sent.
            var log = new LeveringsLog("postgres", cs, TimeProvider.System);
            var poster = new List<LeveringsPost>();
            foreach (var k in _b.Kommuner) poster.AddRange(await log.PosterAsync(k, "2017-09-30"));
            Assert.Equal(8, poster.Count(p => !p.Noegle.Modtager.StartsWith("mappe:", StringComparison.Ordinal)));
            Assert.All(poster, p => Assert.Equal(LeveringsTilstand.Sendt, p.Tilstand));

            // Who did the work: the Processing state of each kommune job names its server. Both
            // servers usually share it, but which one a job lands on is timing: logged, not asserted.
            var monitor = a.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            var servere = monitor.SucceededJobs(0, 100)
                .Where(j => j.Value.Job?.Type == typeof(KommuneJob))
                .Select(j => monitor.JobDetails(j.Key).History.First(h => h.StateName == "Processing").Data["ServerId"])
                .ToList();
            Assert.Equal(4, servere.Count);
            ud.WriteLine($"kommunejob pr. server: {string.Join(", ", servere.GroupBy(s => s).Select(g => $"{g.Key}={g.Count()}"))}");
            Assert.Equal(2, monitor.Servers().Count);
        }
        finally
        {
            await Task.WhenAll(a.StopAsync(TimeSpan.FromSeconds(5)), b.StopAsync(TimeSpan.FromSeconds(5)));
        }
    }

    public void Dispose() => _b.Dispose();
}
