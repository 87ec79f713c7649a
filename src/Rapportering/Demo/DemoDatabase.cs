using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>What a demo build produced: rows per base table and how long it took.</summary>
public sealed record DemoResultat(IReadOnlyDictionary<string, int> RaekkerPrTabel, TimeSpan Tid);

/// <summary>
/// Builds the synthetic demo database: schema from sql/&lt;provider&gt;/schema.sql, then the
/// rows of <see cref="DemoGenerator"/>.
/// </summary>
public static class DemoDatabase
{
    /// <summary>Creates <paramref name="filsti"/> afresh (an existing file is replaced).</summary>
    public static DemoResultat OpretSqlite(string filsti, DemoOptions o)
    {
        var ur = Stopwatch.StartNew();
        var sti = Path.GetFullPath(filsti);
        Directory.CreateDirectory(Path.GetDirectoryName(sti)!);
        foreach (var f in new[] { sti, sti + "-journal", sti + "-wal", sti + "-shm" })
            if (File.Exists(f)) File.Delete(f);

        var data = DemoGenerator.Generer(o);
        var cs = new SqliteConnectionStringBuilder { DataSource = sti, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ConnectionString;
        using (var db = new SqliteConnection(cs))
        {
            db.Open();
            var provider = DatabaseProvider.For(Provider.Sqlite);
            provider.OpretSkemaAsync(db).GetAwaiter().GetResult();
            TabelSkriver.SkrivMedInserts(db, provider, data);
        }
        return new DemoResultat(data.RaekkerPrTabel(), ur.Elapsed);
    }

    /// <summary>
    /// Creates the schema and loads the demo rows into an open, empty database. PostgreSQL
    /// uses binary COPY; SQLite and SQL Server use prepared inserts in one transaction.
    /// </summary>
    public static async Task<DemoResultat> IndlaesAsync(DbConnection db, Provider provider, DemoOptions o, CancellationToken ct = default)
    {
        var ur = Stopwatch.StartNew();
        var data = DemoGenerator.Generer(o);
        var p = DatabaseProvider.For(provider);
        await p.OpretSkemaAsync(db, ct).ConfigureAwait(false);
        await SkrivAsync(db, p, data, ct).ConfigureAwait(false);
        return new DemoResultat(data.RaekkerPrTabel(), ur.Elapsed);
    }

    /// <summary>Writes given rows into existing base tables (tests use it for hand-made fixtures).</summary>
    internal static async Task SkrivAsync(DbConnection db, DatabaseProvider p, DemoData data, CancellationToken ct = default)
    {
        if (db is NpgsqlConnection pg) await TabelSkriver.SkrivMedCopyAsync(pg, data, ct).ConfigureAwait(false);
        else TabelSkriver.SkrivMedInserts(db, p, data);
    }
}
