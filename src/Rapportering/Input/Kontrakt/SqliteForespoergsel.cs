using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// One SELECT on SQLite's own statement API, with the optional @kode parameter. On a database
/// file the statement runs on a private connection opened with SQLITE_OPEN_NOMUTEX: the
/// statement is only ever used by one thread at a time, and in e_sqlite3's default serialized
/// mode every cell call takes and leaves the connection's mutex (~a third of a cell's cost). An
/// in-memory database is only reachable through <paramref name="db"/>'s own connection.
/// A failing step is a <see cref="DataKildeFejl"/> naming the view and SQLite's error code, never its message.
/// </summary>
internal sealed class SqliteForespoergsel : Forespoergsel
{
    private readonly sqlite3? _egen;
    private readonly sqlite3_stmt _stmt;
    private readonly string _view;

    public SqliteForespoergsel(SqliteConnection db, string view, string sql, int? kode)
    {
        _view = view;
        _egen = EgenForbindelse(db);
        var rc = raw.sqlite3_prepare_v2(_egen ?? db.Handle, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            _stmt.Dispose();
            _egen?.Dispose();
            throw new SqliteException($"prepare {rc}", rc);
        }
        if (kode is { } k) raw.sqlite3_bind_int(_stmt, raw.sqlite3_bind_parameter_index(_stmt, "@kode"), k);
        _raekke = new SqliteRaekke(_stmt);
    }

    /// <summary>A connection of our own to the same file, without a mutex; null for an in-memory database or one SQLite cannot open again.</summary>
    private static sqlite3? EgenForbindelse(SqliteConnection db)
    {
        var b = new SqliteConnectionStringBuilder(db.ConnectionString);
        if (b.Mode == SqliteOpenMode.Memory || b.DataSource is "" or ":memory:" || b.DataSource.StartsWith("file:", StringComparison.Ordinal)
            || !File.Exists(b.DataSource)) return null;
        var flag = (b.Mode == SqliteOpenMode.ReadOnly ? raw.SQLITE_OPEN_READONLY : raw.SQLITE_OPEN_READWRITE) | raw.SQLITE_OPEN_NOMUTEX;
        if (raw.sqlite3_open_v2(b.DataSource, out var egen, flag, null) == raw.SQLITE_OK)
        {
            // As Microsoft.Data.Sqlite waits for a writer's lock (its default command timeout).
            raw.sqlite3_busy_timeout(egen, 30_000);
            return egen;
        }
        egen.Dispose();
        return null;
    }

    private readonly SqliteRaekke _raekke;

    public override Raekke Raekke => _raekke;

    public bool Naeste()
    {
        var rc = _raekke.Naeste();
        if (rc == raw.SQLITE_ROW) return true;
        if (rc == raw.SQLITE_DONE) return false;
        throw new DataKildeFejl($"databasen kunne ikke levere rækkerne fra {_view} (SQLite-fejlkode {rc})");
    }

    public override ValueTask<bool> NaesteAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Naeste());
    }

    public override ValueTask DisposeAsync()
    {
        _stmt.Dispose();
        _egen?.Dispose();
        return ValueTask.CompletedTask;
    }
}
