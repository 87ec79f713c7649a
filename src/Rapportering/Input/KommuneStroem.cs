using System.Data.Common;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Input;

/// <summary>
/// One view read once for all kommuner, ordered by kommune_kode, on its own connection.
/// <see cref="TagKommuneAsync"/> hands out one kommune's checked rows at a time, so the whole
/// view is never held in memory. Rows with no valid or an unknown code are skipped here: the
/// reader counts them once per view with <see cref="ViewSql.UkendteKommuner"/>.
/// </summary>
internal sealed class KommuneStroem<T>(
    string view, DbConnection db, Forespoergsel kilde, int kodeKolonne,
    Func<T> ny, IReadOnlySet<int> kendte) : IAsyncDisposable
    where T : IViewSamler
{
    private int? _naesteKode;
    private bool _slut;
    // The known codes by code (101–999): asked on every row, so no hashing.
    private readonly bool[] _kendt = Kendte(kendte);

    private static bool[] Kendte(IReadOnlySet<int> kendte)
    {
        var kendt = new bool[ViewKontrakt.MaxKommuneKode + 1];
        foreach (var k in kendte) if (k is >= ViewKontrakt.MinKommuneKode and <= ViewKontrakt.MaxKommuneKode) kendt[k] = true;
        return kendt;
    }

    public static async Task<KommuneStroem<T>> AabnAsync(
        string view, Func<CancellationToken, Task<DbConnection>> aabn, string sql, int kodeKolonne,
        Func<T> ny, IReadOnlySet<int> kendte, CancellationToken ct)
    {
        var db = await aabn(ct).ConfigureAwait(false);
        try
        {
            return new KommuneStroem<T>(view, db, await Forespoergsel.AabnAsync(db, view, sql, null, ct).ConfigureAwait(false), kodeKolonne, ny, kendte);
        }
        catch (DbException e)
        {
            var fejl = await ViewFejl.ForAsync(db, view, e, ct).ConfigureAwait(false);
            await db.DisposeAsync().ConfigureAwait(false);
            throw fejl;
        }
    }

    /// <summary>The rows of <paramref name="kommuneKode"/>, in the query's order. Codes must be asked in ascending order.</summary>
    public async Task<T> TagKommuneAsync(int kommuneKode, CancellationToken ct)
    {
        var ud = ny();
        try
        {
            while (true)
            {
                if (_naesteKode is null)
                {
                    if (_slut || !await kilde.NaesteAsync(ct).ConfigureAwait(false))
                    {
                        _slut = true;
                        return ud;
                    }
                    _naesteKode = Celle.Heltal(kilde.Raekke, kodeKolonne, ViewKontrakt.MinKommuneKode, ViewKontrakt.MaxKommuneKode, out var k) is null
                        && _kendt[(int)k] ? (int)k : -1;
                }
                if (_naesteKode > kommuneKode) return ud;
                if (_naesteKode == kommuneKode) ud.Laes(kilde.Raekke);
                _naesteKode = null;
            }
        }
        catch (DbException e)
        {
            throw new DataKildeFejl(ViewFejl.Tekst(view, e), e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await kilde.DisposeAsync().ConfigureAwait(false);
        await db.DisposeAsync().ConfigureAwait(false);
    }
}
