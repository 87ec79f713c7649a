using Microsoft.Data.Sqlite;
using Rapportering.Input;
using Rapportering.Offentlige.Lager;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Offentlige;

/// <summary>The same files give the same stored rows on SQLite and on a real PostgreSQL.</summary>
[Collection(PostgresServer.Samling)]
public sealed class PostgresIndlaesningTests(PostgresServer pg)
{
    [Fact]
    public async Task Sqlite_og_PostgreSQL_giver_de_samme_raekker()
    {
        var tal = IndlaesningTests.Kortlaeg().Tal;
        var postgres = new OffentligeTalLager(Provider.Postgres, await pg.OpretDatabaseAsync());
        await postgres.GemAsync(tal);
        await postgres.GemAsync(tal); // twice: an upsert, no duplicates

        var fil = Path.Combine(Path.GetTempPath(), $"rap-off-{Guid.NewGuid():N}.db");
        try
        {
            using (var f = new SqliteConnection($"Data Source={fil}")) { f.Open(); }
            var sqlite = new OffentligeTalLager(Provider.Sqlite, $"Data Source={fil}");
            await sqlite.GemAsync(tal);
            var fraPostgres = await postgres.LaesAsync();
            Assert.Equal(tal.Count, fraPostgres.Count);
            Assert.Equal(await sqlite.LaesAsync(), fraPostgres);
            Assert.Contains(fraPostgres, t => t.IkkeOplyst && t.Vaerdi is null);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(fil);
        }
    }
}
