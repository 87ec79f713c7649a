using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// One SELECT whose rows are read as <see cref="Raekke"/>s: on SQLite through its own statement
/// API (<see cref="SqliteForespoergsel"/>), elsewhere through the ADO.NET reader. The one place
/// that chooses; both the per-kommune read and the national stream go through it.
/// </summary>
internal abstract class Forespoergsel : IAsyncDisposable
{
    public abstract Raekke Raekke { get; }

    public abstract ValueTask<bool> NaesteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    /// <param name="kode">The @kode parameter, when the SQL has one.</param>
    public static async Task<Forespoergsel> AabnAsync(DbConnection db, string view, string sql, int? kode, CancellationToken ct) =>
        db is SqliteConnection sqlite ? new SqliteForespoergsel(sqlite, view, sql, kode) : await DbForespoergsel.AabnAsync(db, sql, kode, ct).ConfigureAwait(false);

    private sealed class DbForespoergsel(DbCommand cmd, DbDataReader reader) : Forespoergsel
    {
        public override Raekke Raekke { get; } = new DbRaekke(reader);

        public static async Task<Forespoergsel> AabnAsync(DbConnection db, string sql, int? kode, CancellationToken ct)
        {
            var cmd = db.CreateCommand();
            try
            {
                cmd.CommandText = sql;
                if (kode is { } k)
                {
                    var p = cmd.CreateParameter();
                    p.ParameterName = "@kode";
                    p.Value = k;
                    cmd.Parameters.Add(p);
                }
                return new DbForespoergsel(cmd, await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false));
            }
            catch
            {
                await cmd.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public override async ValueTask<bool> NaesteAsync(CancellationToken ct) => await reader.ReadAsync(ct).ConfigureAwait(false);

        public override async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            await cmd.DisposeAsync().ConfigureAwait(false);
        }
    }
}
