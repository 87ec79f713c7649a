using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Jobs;
using Rapportering.Jobs.Jobs;
using Rapportering.Pipeline;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// A temp world for batch tests: a small SQLite demo database (data as of 31 October 2017, scale
/// 0.2), templates with two recipients per kommune, archive, folder drop and delivery log, and a
/// host with the real Hangfire registration (in-memory storage, short polling) around the REAL
/// pipeline and view reader. <see cref="Bygger"/> wraps the real pipeline to count renders and,
/// only where a test asks for it, to inject a failure.
/// </summary>
internal sealed class BatchOpsaetning : IDisposable
{
    public static readonly Skaeringsdato Dato = Skaeringsdato.Parse("2017-09-30");
    public const string Operatoer = "drift@test.dk";

    public string Rod { get; } = Directory.CreateTempSubdirectory("batch-").FullName;
    public TaellendeBygger Bygger { get; } = new(new RapportPipeline());
    public IReadOnlyList<int> Kommuner { get; }

    public BatchOpsaetning(params int[] kommuner)
    {
        Kommuner = kommuner.Length > 0 ? kommuner : [510, 657];
        DemoDatabase.OpretSqlite(DbFil, new DemoOptions { DataPr = new DateOnly(2017, 10, 31), Kommuner = Kommuner, Skala = 0.2 });
        var mappe = Directory.CreateDirectory(Path.Combine(Rod, "skabeloner", "kommuner")).FullName;
        foreach (var k in Kommuner)
            File.WriteAllText(Path.Combine(mappe, $"{k}.json"),
                $$"""{ "navn": "Testkommune {{k}}", "modtagere": [ { "navn": "Udvalg", "email": "udvalg{{k}}@test.dk" }, { "navn": "Chef", "email": "chef{{k}}@test.dk" } ] }""");
    }

    public string DbFil => Path.Combine(Rod, "demo.db");
    public string Arkivrod => Path.Combine(Rod, "arkiv");
    public IEnumerable<string> Modtagere => Kommuner.SelectMany(k => new[] { $"udvalg{k}@test.dk", $"chef{k}@test.dk" });

    /// <summary>Runs SQL against the demo database (tests use it to break or change data).</summary>
    public int Sql(string sql)
    {
        using var db = new SqliteConnection($"Data Source={DbFil};Pooling=false");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }

    public RapporteringIndstillinger Indstillinger(int smtpPort, int arbejdere = 2) => new()
    {
        Jobs = new JobIndstillinger { Storage = "inmemory", Arbejdere = arbejdere, Forsoeg = 0, PauseSekunder = [0], PollingSekunder = 0.3, TilbagevendendeId = null },
        Data = new DataIndstillinger { Provider = "sqlite", Forbindelse = $"Data Source={DbFil};Pooling=false" },
        Kommuner = [.. Kommuner],
        Arkiv = new ArkivIndstillinger { Rod = Arkivrod, Url = "https://rapportering.test/arkiv" },
        Skabeloner = Path.Combine(Rod, "skabeloner"),
        Levering = new LeveringIndstillinger { Mappe = Path.Combine(Rod, "drop"), LogFil = Path.Combine(Rod, "levering.db") },
        Smtp = new Rapportering.Delivery.SmtpIndstillinger { Vaert = "127.0.0.1", Port = smtpPort, Sikkerhed = "none", TimeoutSekunder = 5 },
        Operatoer = new OperatoerIndstillinger { Modtagere = [Operatoer] },
    };

    /// <summary>The settings as a --config file for a child `rapportering` process.</summary>
    public string ConfigFil(RapporteringIndstillinger ind)
    {
        var sti = Path.Combine(Rod, "config.json");
        File.WriteAllText(sti, ConfigJson(ind));
        return sti;
    }

    public string ConfigJson(RapporteringIndstillinger ind) =>
        JsonSerializer.Serialize(ind, new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });

    /// <summary>Starts a server, runs the batch like `rapportering run`, stops the server.</summary>
    public IReadOnlyList<RunKommando.Linjeudfald> Koer(RapporteringIndstillinger ind)
    {
        using var host = Vaert(ind);
        host.Start();
        try
        {
            return RunKommando.KoerBatch(host.Services, Dato, null, TimeSpan.FromSeconds(60));
        }
        finally
        {
            host.StopAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
        }
    }

    /// <summary>A host with the same registration as `run` and `serve`; the only swap is the counting wrapper.</summary>
    public IHost Vaert(RapporteringIndstillinger ind)
    {
        var b = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        b.Services.AddLogging();
        b.Services.AddSingleton<IRapportBygger>(Bygger);
        b.Services.AddRapporteringJobs(ind);
        return b.Build();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Rod, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
