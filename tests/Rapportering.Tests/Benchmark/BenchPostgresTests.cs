using Npgsql;
using Rapportering.Benchmark;
using Rapportering.Demo;
using Rapportering.Input;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Benchmark;

/// <summary>
/// The bench logic against PostgreSQL (a given connection) at a tiny scale: the same structure
/// as the SQLite run, and the files it writes (the figures exports first) equal the SQLite run's
/// byte for byte for the same data.
/// </summary>
[Collection(PostgresServer.Samling)]
public sealed class BenchPostgresTests(PostgresServer server) : IDisposable
{
    private readonly DirectoryInfo _mappe = Directory.CreateTempSubdirectory("bench-pg-test-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _mappe.Delete(recursive: true);
    }

    [Fact]
    public async Task Postgres_giver_samme_stadier_og_samme_json_som_sqlite()
    {
        var dataPr = new DateOnly(2017, 10, 15);
        // What BenchDatabase builds for 2 kommuner at scale 0,02, loaded into PostgreSQL instead.
        var cs = await server.OpretDatabaseAsync();
        await using (var db = new NpgsqlConnection(cs))
        {
            await db.OpenAsync();
            await DemoDatabase.IndlaesAsync(db, Provider.Postgres, new DemoOptions { DataPr = dataPr, AntalKommuner = 2, Skala = 0.02 });
        }
        var udPg = Path.Combine(_mappe.FullName, "pg");
        var udSqlite = Path.Combine(_mappe.FullName, "sqlite");
        var pg = await BenchKoersel.KoerAsync(new BenchOptions
        {
            AntalKommuner = 2,
            Skala = 0.02,
            Provider = Provider.Postgres,
            Forbindelse = cs,
            UdMappe = udPg,
            Parallelitet = 2,
        });
        var sqlite = await BenchKoersel.KoerAsync(new BenchOptions
        {
            AntalKommuner = 2,
            Skala = 0.02,
            DbSti = Path.Combine(_mappe.FullName, "bench.db"),
            DataPr = dataPr,
            UdMappe = udSqlite,
            Parallelitet = 2,
        });

        Assert.Equal("postgres", pg.Database.Provider);
        Assert.Equal(2, pg.AntalKommuner);
        // The cut date comes from the data in both: the latest one on or before the data's date.
        Assert.Equal("2017-09-30", sqlite.Skaeringsdato);
        Assert.Equal(sqlite.Skaeringsdato, pg.Skaeringsdato);
        Assert.Equal(BenchKoersel.StadieNavne, pg.Stadier.Select(s => s.Stadie));
        Assert.All(pg.Stadier, s =>
        {
            Assert.Equal(2, s.Antal);
            Assert.True(s.SumMs > 0, $"{s.Stadie} har ingen tid");
            Assert.True(s.P95Ms >= s.MedianMs);
        });
        Assert.All(pg.Stadier.Where(s => s.Stadie is "Pdf" or "Xlsx" or "Html" or "Json"), s => Assert.True(s.Bytes > 0, s.Stadie));
        Assert.True(pg.StoerstePdfBytes > 0);
        Assert.True(pg.WallSek > 0 && pg.CpuSek > 0);
        Assert.Equal(sqlite.Maal.Select(m => m.Navn), pg.Maal.Select(m => m.Navn));
        Assert.Equal(sqlite.AntalIndsatser, pg.AntalIndsatser);

        // 2 kommuner × 4 formats and the comparison workbook in each folder, the same names; the JSON exports byte-equal.
        var navnePg = Directory.GetFiles(udPg).Select(Path.GetFileName).Order().ToList();
        var navneSqlite = Directory.GetFiles(udSqlite).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(9, navnePg.Count);
        Assert.Equal(navneSqlite, navnePg);
        var json = navnePg.Where(n => n!.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, json.Count);
        foreach (var n in json)
            Assert.True(File.ReadAllBytes(Path.Combine(udSqlite, n!)).SequenceEqual(File.ReadAllBytes(Path.Combine(udPg, n!))), $"{n} er forskellig");
        // And every other file too: the pipeline is deterministic and both providers give the same records.
        foreach (var n in navnePg)
            Assert.True(File.ReadAllBytes(Path.Combine(udSqlite, n!)).SequenceEqual(File.ReadAllBytes(Path.Combine(udPg, n!))), $"{n} er forskellig");
    }
}
