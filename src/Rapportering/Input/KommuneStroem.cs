using System.Data.Common;

namespace Rapportering.Input;

/// <summary>
/// One view read once for all kommuner, ordered by kommune_kode, on its own connection.
/// <see cref="TagKommuneAsync"/> hands out one kommune's rows at a time, so the whole view is
/// never held in memory; rows of codes not in rap_kommune are skipped.
/// </summary>
internal sealed class KommuneStroem<T>(string view, DbConnection db, DbCommand cmd, DbDataReader reader, Func<DbDataReader, T> map, Func<T, int> kode)
    : IAsyncDisposable
{
    private T? _naeste;
    private bool _harNaeste;
    private bool _slut;

    public static async Task<KommuneStroem<T>> AabnAsync(
        string view, Func<CancellationToken, Task<DbConnection>> aabn, string sql, Func<DbDataReader, T> map, Func<T, int> kode, CancellationToken ct)
    {
        var db = await aabn(ct).ConfigureAwait(false);
        DbCommand? cmd = null;
        try
        {
            cmd = db.CreateCommand();
            cmd.CommandText = sql;
            var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return new KommuneStroem<T>(view, db, cmd, reader, map, kode);
        }
        catch (Exception e) when (e is DbException)
        {
            if (cmd is not null) await cmd.DisposeAsync().ConfigureAwait(false);
            await db.DisposeAsync().ConfigureAwait(false);
            throw new DataKildeFejl($"fejl ved læsning af {view}: {e.Message}", e);
        }
    }

    /// <summary>The rows of <paramref name="kommuneKode"/>, in the query's order. Codes must be asked in ascending order.</summary>
    public async Task<List<T>> TagKommuneAsync(int kommuneKode, CancellationToken ct)
    {
        var ud = new List<T>();
        try
        {
            while (true)
            {
                if (!_harNaeste)
                {
                    if (_slut || !await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        _slut = true;
                        return ud;
                    }
                    _naeste = map(reader);
                    _harNaeste = true;
                }
                var k = kode(_naeste!);
                if (k > kommuneKode) return ud;
                if (k == kommuneKode) ud.Add(_naeste!);
                _harNaeste = false;
            }
        }
        catch (Exception e) when (e is DbException or InvalidCastException or FormatException or OverflowException)
        {
            throw new DataKildeFejl($"fejl ved læsning af {view}: {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await reader.DisposeAsync().ConfigureAwait(false);
        await cmd.DisposeAsync().ConfigureAwait(false);
        await db.DisposeAsync().ConfigureAwait(false);
    }
}
