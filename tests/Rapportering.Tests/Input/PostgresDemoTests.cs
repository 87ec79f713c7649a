using Npgsql;
using Rapportering.Demo;
using Rapportering.Input;
using Rapportering.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Rapportering.Tests.Input;

[Collection(PostgresServer.Samling)]
public sealed class PostgresDemoTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("rap-pgdemo-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_mappe, recursive: true);
    }

    [Fact]
    public async Task Demo_i_PostgreSQL_laeses_som_den_samme_demo_i_SQLite()
    {
        var o = new DemoOptions { DataPr = new DateOnly(2025, 10, 31), Kommuner = [167, 661], Skala = 0.2 };
        var cs = await server.OpretDatabaseAsync();
        DemoResultat pg;
        await using (var db = new NpgsqlConnection(cs))
        {
            await db.OpenAsync();
            pg = await DemoDatabase.IndlaesAsync(db, Provider.Postgres, o);
        }
        var sqliteSti = Path.Combine(_mappe, "demo.db");
        var sqlite = DemoDatabase.OpretSqlite(sqliteSti, o);
        output.WriteLine($"PostgreSQL {pg.Tid.TotalSeconds:F2} s, SQLite {sqlite.Tid.TotalSeconds:F2} s: " +
            string.Join(", ", pg.RaekkerPrTabel.Select(kv => $"{kv.Key}={kv.Value}")));

        var fraPg = await LaesAlle(new ViewReader(Provider.Postgres, cs));
        var fraSqlite = await LaesAlle(new ViewReader(Provider.Sqlite, $"Data Source={sqliteSti}"));

        Assert.Equal(sqlite.RaekkerPrTabel, pg.RaekkerPrTabel);
        // Every row read, and the exact copies counted once (the demo has one per kommune).
        Assert.Equal(pg.RaekkerPrTabel["indsats"], fraPg.Sum(k => k.Indlaesning.RaekkerLaest["rap_indsats"]));
        Assert.Equal(pg.RaekkerPrTabel["indsats"] - fraPg.Count, fraPg.Sum(k => k.Indsatser.Count));
        Assert.Equal(fraSqlite.Count, fraPg.Count);
        for (var i = 0; i < fraPg.Count; i++)
        {
            // Record equality: dates, nulls and decimal values must survive both providers alike.
            Assert.Equal(fraSqlite[i].Befolkning, fraPg[i].Befolkning);
            Assert.Equal(fraSqlite[i].Personer, fraPg[i].Personer);
            // Measures and examinations come in the database's order (only kommune_kode is sorted): compare as sets.
            Assert.Equal(fraSqlite[i].Indsatser.OrderBy(x => x.IndsatsId, StringComparer.Ordinal).ThenBy(x => x.Startdato),
                fraPg[i].Indsatser.OrderBy(x => x.IndsatsId, StringComparer.Ordinal).ThenBy(x => x.Startdato));
            Assert.Equal(fraSqlite[i].Undersoegelser.OrderBy(x => x.PersonId, StringComparer.Ordinal).ThenBy(x => x.Afgoerelsesdato),
                fraPg[i].Undersoegelser.OrderBy(x => x.PersonId, StringComparer.Ordinal).ThenBy(x => x.Afgoerelsesdato));
            Assert.Equal(fraSqlite[i].Regnskab, fraPg[i].Regnskab);
            Assert.Equal(fraSqlite[i].PlIndeks, fraPg[i].PlIndeks);
            Assert.Equal(fraSqlite[i].Skoletrivsel, fraPg[i].Skoletrivsel);
            Assert.Equal(fraSqlite[i].Indlaesning.Brud, fraPg[i].Indlaesning.Brud);
        }
    }

    private static async Task<List<KommuneInput>> LaesAlle(ViewReader reader)
    {
        var liste = new List<KommuneInput>();
        await foreach (var k in reader.LaesAlleAsync()) liste.Add(k);
        return liste;
    }
}
