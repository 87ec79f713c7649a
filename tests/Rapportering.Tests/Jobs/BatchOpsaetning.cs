using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rapportering.Domain;
using Rapportering.Jobs;
using Rapportering.Jobs.Jobs;
using Rapportering.Pipeline;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// A temp world for batch tests: templates with recipients for kommune 901-903, archive, folder
/// drop, delivery log, and a host with the real Hangfire registration (in-memory storage,
/// short polling) around the stand-in pipeline.
/// </summary>
internal sealed class BatchOpsaetning : IDisposable
{
    public string Rod { get; } = Directory.CreateTempSubdirectory("batch-").FullName;
    public StandInBygger Bygger { get; } = new();
    public StandInInputKilde Kilde { get; } = new(901, 902, 903);
    public static readonly Skaeringsdato Dato = Skaeringsdato.Parse("2017-09-30");
    public const string Operatoer = "drift@test.dk";

    public BatchOpsaetning()
    {
        var kommuner = Directory.CreateDirectory(Path.Combine(Rod, "skabeloner", "kommuner")).FullName;
        foreach (var k in new[] { 901, 902, 903 })
            File.WriteAllText(Path.Combine(kommuner, $"{k}.json"),
                $$"""{ "navn": "Testkommune {{k}}", "modtagere": [ { "navn": "Udvalg", "email": "udvalg{{k}}@test.dk" }, { "navn": "Chef", "email": "chef{{k}}@test.dk" } ] }""");
    }

    public string Arkivrod => Path.Combine(Rod, "arkiv");

    public RapporteringIndstillinger Indstillinger(int smtpPort, params int[] kommuner) => new()
    {
        Jobs = new JobIndstillinger { Storage = "inmemory", Arbejdere = 2, Forsoeg = 0, PauseSekunder = [0], PollingSekunder = 0.3, TilbagevendendeId = null },
        Kommuner = kommuner,
        Arkiv = new ArkivIndstillinger { Rod = Arkivrod, Url = "https://rapportering.test/arkiv" },
        Skabeloner = Path.Combine(Rod, "skabeloner"),
        Levering = new LeveringIndstillinger { Mappe = Path.Combine(Rod, "drop"), LogFil = Path.Combine(Rod, "levering.db") },
        Smtp = new Rapportering.Delivery.SmtpIndstillinger { Vaert = "127.0.0.1", Port = smtpPort, Sikkerhed = "none", TimeoutSekunder = 5 },
        Operatoer = new OperatoerIndstillinger { Modtagere = [Operatoer] },
    };

    /// <summary>Starts a server, runs the batch like `rapportering run`, stops the server.</summary>
    public IReadOnlyList<RunKommando.Linjeudfald> Koer(RapporteringIndstillinger ind)
    {
        var b = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        b.Services.AddLogging();
        b.Services.AddSingleton<IRapportBygger>(Bygger);
        b.Services.AddSingleton<IKommuneInputKilde>(Kilde);
        b.Services.AddRapporteringJobs(ind);
        using var host = b.Build();
        host.Start();
        try
        {
            return RunKommando.KoerBatch(host.Services, Dato, null, TimeSpan.FromSeconds(30));
        }
        finally
        {
            host.StopAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Rod, recursive: true); } catch (IOException) { }
    }
}
