using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>Configuration as `run` and `serve` read it: configured arrays replace the defaults, and they are used.</summary>
[Collection("Hangfire")]
public sealed class KonfigurationTests(SmtpSink sink, PostgresServer pg) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly BatchOpsaetning _b = new(657);

    private RapporteringIndstillinger Laes(string json)
    {
        var fil = Path.Combine(_b.Rod, "lag.json");
        File.WriteAllText(fil, json);
        return JobKonfiguration.Indstillinger(JobKonfiguration.Lag(new ConfigurationBuilder(), fil, null).Build(), fil);
    }

    [Fact]
    public void Konfigurerede_arrays_erstatter_standarden_og_appsettings_kontrollerer_alle_syv_overskrifter()
    {
        var ind = Laes("""{ "Jobs": { "PauseSekunder": [2, 2, 2] }, "Operatoer": { "Modtagere": ["a@test.dk"] } }""");
        Assert.Equal([2, 2, 2], ind.Jobs.PauseSekunder);
        Assert.Equal(["a@test.dk"], ind.Operatoer.Modtagere);
        Assert.Equal([5], Laes("""{ "Jobs": { "PauseSekunder": [5] } }""").Jobs.PauseSekunder);
        Assert.Equal(Path.Combine(_b.Rod, "lag.json"), ind.KonfigFil);
        // The shipped appsettings.json (beside the program) keeps the seven headings of docs/drift.md.
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        Assert.Equal(new KontrolIndstillinger().PdfOverskrifter, ind.Kontrol.PdfOverskrifter);
        Assert.Equal(7, ind.Kontrol.PdfOverskrifter.Length);
        Assert.Equal([60, 300, 1800], Laes("{}").Jobs.PauseSekunder);
    }

    [Fact]
    public void Jobs_PauseSekunder_bestemmer_pausen_foer_naeste_forsoeg()
    {
        sink.Ryd();
        // The first render fails (stand-in), the retry succeeds. Configured pause 2 s, read
        // through the real configuration path; the default would wait 60 s.
        var forsoeg = 0;
        _b.Bygger.FejlFor = _ => Interlocked.Increment(ref forsoeg) == 1;
        var ind = Laes(_b.ConfigJson(_b.Indstillinger(sink.Port)).Replace("\"Forsoeg\":0", "\"Forsoeg\":1").Replace("\"PauseSekunder\":[0]", "\"PauseSekunder\":[2]"));
        Assert.Equal([2], ind.Jobs.PauseSekunder);
        var ur = Stopwatch.StartNew();
        var linjer = _b.Koer(ind);
        Assert.All(linjer, l => Assert.True(l.Ok, l.Linje));
        Assert.Equal(2, _b.Bygger.Antal(657));
        // Hangfire keeps a retry's time in whole seconds, so it may fire up to a second early
        // (measured 1,85 s on a loaded machine); the default pause would take 60 s.
        Assert.InRange(ur.Elapsed.TotalSeconds, 1, 30);
    }

    [Fact]
    public async Task Manglende_storage_database_er_en_linje_og_exit_2_inden_for_forbindelsens_timeout()
    {
        var cs = (await pg.OpretDatabaseAsync()).Replace("Database=rap_test_", "Database=findes_ikke_", StringComparison.Ordinal);
        var basis = _b.Indstillinger(sink.Port);
        var config = _b.ConfigFil(basis with { Jobs = basis.Jobs with { Storage = "postgres", Forbindelse = cs } });
        var ur = Stopwatch.StartNew();
        using var p = new RapporteringProces("run", "--skaeringsdato", "2017-09-30", "--config", config);
        var kode = p.Vent(TimeSpan.FromSeconds(30));
        Assert.Equal(2, kode);
        var linje = Assert.Single(p.Fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rapportering run: job-storage: databasen 'findes_ikke_", linje);
        Assert.DoesNotContain("intern fejl", p.Fejl);
        Assert.DoesNotContain("   at ", p.Fejl);
        Assert.InRange(ur.Elapsed.TotalSeconds, 0, 15);
    }

    public void Dispose() => _b.Dispose();
}
