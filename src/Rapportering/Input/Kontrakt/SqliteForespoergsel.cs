using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// One SELECT on SQLite's own statement API over an open <see cref="SqliteConnection"/>, with the
/// optional @kode parameter. A failing step is a <see cref="DataKildeFejl"/> naming the view and
/// SQLite's error code, never its message.
/// </summary>
internal sealed class SqliteForespoergsel : Forespoergsel
{
    private readonly sqlite3_stmt _stmt;
    private readonly string _view;

    public SqliteForespoergsel(SqliteConnection db, string view, string sql, int? kode)
    {
        _view = view;
        var rc = raw.sqlite3_prepare_v2(db.Handle, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            _stmt.Dispose();
            throw new SqliteException($"prepare {rc}", rc);
        }
        if (kode is { } k) raw.sqlite3_bind_int(_stmt, raw.sqlite3_bind_parameter_index(_stmt, "@kode"), k);
        Raekke = new SqliteRaekke(_stmt);
    }

    public override Raekke Raekke { get; }

    public bool Naeste()
    {
        var rc = raw.sqlite3_step(_stmt);
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
        return ValueTask.CompletedTask;
    }
}
