using System.Diagnostics;
using Npgsql;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Rapportering.Tests.Pipeline;

/// <summary>The same demo data in SQLite and in a real PostgreSQL gives the same figures, byte for byte.</summary>
[Collection(PostgresServer.Samling)]
public sealed class FigurerPaaBeggeProvidereTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("rap-figurer-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_mappe, recursive: true);
    }

    [Fact]
    public async Task Demodata_giver_samme_figurer_fra_SQLite_og_PostgreSQL()
    {
        var o = new DemoOptions { DataPr = new DateOnly(2025, 10, 31), Kommuner = [510, 167], Skala = 0.3 };
        var pgCs = await server.OpretDatabaseAsync();
        await using (var db = new NpgsqlConnection(pgCs))
        {
            await db.OpenAsync();
            await DemoDatabase.IndlaesAsync(db, Provider.Postgres, o);
        }
        var sqliteSti = Path.Combine(_mappe, "demo.db");
        DemoDatabase.OpretSqlite(sqliteSti, o);

        var dato = Skaeringsdato.Parse("2025-09-30");
        var pipeline = new RapportPipeline();
        foreach (var kode in o.Kommuner)
        {
            var ur = Stopwatch.StartNew();
            var fraSqlite = await pipeline.ByggAsync(Bestilling("sqlite", $"Data Source={sqliteSti}", kode, dato));
            output.WriteLine($"{kode}: SQLite-pipeline (læs + beregn + JSON) {ur.ElapsedMilliseconds} ms, {fraSqlite.Eksport.Observationer.Count} observationer");
            var fraPg = await pipeline.ByggAsync(Bestilling("postgres", pgCs, kode, dato));

            // A real series, not an empty export that is trivially equal.
            Assert.True(fraSqlite.Eksport.Observationer.Count > 300, $"kun {fraSqlite.Eksport.Observationer.Count} observationer");
            Assert.Contains(fraSqlite.Eksport.Observationer, ob => ob.Noegletal.Kode == "anbragte_pr_1000" && ob.Vaerdi > 0);
            Assert.Contains(fraSqlite.Eksport.Observationer, ob => ob.Noegletal.Kode == "udgifter_1000kr" && ob.Vaerdi > 0);
            Assert.Contains(fraSqlite.Eksport.Observationer, ob => ob.Noegletal.Kode == "faglig_trivsel" && ob.Vaerdi > 0);

            Assert.Equal(JsonEksportRenderer.RenderTekst(fraSqlite.Eksport), JsonEksportRenderer.RenderTekst(fraPg.Eksport));
            Assert.Equal(fraSqlite.Filer[Format.Json], fraPg.Filer[Format.Json]);
        }
    }

    private static RapportBestilling Bestilling(string provider, string cs, int kode, Skaeringsdato dato) =>
        new(new DataKilde(provider, cs), kode, dato, new HashSet<Format> { Format.Json });
}
