using System.Data.Common;
using Rapportering.Input;

namespace Rapportering.Offentlige.Lager;

/// <summary>
/// The public figures' table in the same database as the views, on all three providers
/// (sql/&lt;provider&gt;/offentlige-tal.sql). Stores by key (an upsert), so importing the same
/// file twice changes nothing; all rows of one import go in one transaction, so a failed import
/// leaves the figures from before.
/// </summary>
public sealed class OffentligeTalLager(Provider provider, string forbindelse)
{
    private readonly DatabaseProvider _db = DatabaseProvider.For(provider);

    /// <summary>Creates the table if missing and upserts every row; returns the number of rows written.</summary>
    public async Task<int> GemAsync(IReadOnlyList<OffentligtTal> tal, CancellationToken ct = default)
    {
        await using var f = await _db.AabnAsync(forbindelse, ct).ConfigureAwait(false);
        await OpretTabelAsync(f, ct).ConfigureAwait(false);
        await using var tx = await f.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var cmd = f.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = UpsertSql;
        var p = new[] { "tabel", "serie", "kommune_kode", "periode", "noegle", "vaerdi", "ikke_oplyst" }
            .Select(n => { var x = cmd.CreateParameter(); x.ParameterName = "@" + n; cmd.Parameters.Add(x); return x; }).ToArray();
        foreach (var t in tal)
        {
            p[0].Value = t.Tabel; p[1].Value = t.Serie; p[2].Value = t.KommuneKode; p[3].Value = t.Periode;
            p[4].Value = t.Noegle; p[5].Value = t.Vaerdi is { } v ? v : DBNull.Value; p[6].Value = t.IkkeOplyst;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return tal.Count;
    }

    /// <summary>Every stored public figure, in key order.</summary>
    public async Task<IReadOnlyList<OffentligtTal>> LaesAsync(CancellationToken ct = default)
    {
        await using var f = await _db.AabnAsync(forbindelse, ct).ConfigureAwait(false);
        if (!await FindesAsync(f, "offentligt_tal", ct).ConfigureAwait(false)) return [];
        await using var cmd = f.CreateCommand();
        cmd.CommandText = "SELECT tabel, serie, kommune_kode, periode, noegle, vaerdi, ikke_oplyst FROM offentligt_tal ORDER BY tabel, serie, kommune_kode, periode, noegle";
        var ud = new List<OffentligtTal>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            ud.Add(new OffentligtTal(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : Convert.ToDecimal(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToBoolean(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture)));
        return ud;
    }

    /// <summary>The project's PL index (rap_pl_indeks) when the database has the view; null when not.</summary>
    public async Task<IReadOnlyDictionary<int, decimal>?> LaesPlIndeksAsync(CancellationToken ct = default)
    {
        await using var f = await _db.AabnAsync(forbindelse, ct).ConfigureAwait(false);
        if (!await FindesAsync(f, "rap_pl_indeks", ct).ConfigureAwait(false)) return null;
        await using var cmd = f.CreateCommand();
        cmd.CommandText = "SELECT aar, indeks FROM rap_pl_indeks";
        var ud = new Dictionary<int, decimal>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            if (r.IsDBNull(0) || r.IsDBNull(1)) continue;
            var aar = Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            var indeks = Convert.ToDecimal(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            // Conflicting values for one year: leave the year out (the derivation then names it).
            if (!ud.TryAdd(aar, indeks) && ud[aar] != indeks) ud.Remove(aar);
        }
        return ud;
    }

    private async Task<bool> FindesAsync(DbConnection f, string navn, CancellationToken ct)
    {
        await using var cmd = f.CreateCommand();
        cmd.CommandText = _db.KatalogSql;
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            if (string.Equals(r.GetString(0), navn, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private async Task OpretTabelAsync(DbConnection f, CancellationToken ct)
    {
        foreach (var batch in _db.Batches("offentlige-tal.sql").Where(b => b.Contains("CREATE", StringComparison.Ordinal)))
        {
            await using var cmd = f.CreateCommand();
            cmd.CommandText = batch;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private string UpsertSql => provider == Provider.SqlServer
        ? """
          MERGE offentligt_tal WITH (HOLDLOCK) AS m
          USING (SELECT @tabel AS tabel, @serie AS serie, @kommune_kode AS kommune_kode, @periode AS periode, @noegle AS noegle) AS n
             ON m.tabel = n.tabel AND m.serie = n.serie AND m.kommune_kode = n.kommune_kode AND m.periode = n.periode AND m.noegle = n.noegle
          WHEN MATCHED THEN UPDATE SET vaerdi = @vaerdi, ikke_oplyst = @ikke_oplyst
          WHEN NOT MATCHED THEN INSERT (tabel, serie, kommune_kode, periode, noegle, vaerdi, ikke_oplyst)
               VALUES (@tabel, @serie, @kommune_kode, @periode, @noegle, @vaerdi, @ikke_oplyst);
          """
        : """
          INSERT INTO offentligt_tal (tabel, serie, kommune_kode, periode, noegle, vaerdi, ikke_oplyst)
          VALUES (@tabel, @serie, @kommune_kode, @periode, @noegle, @vaerdi, @ikke_oplyst)
          ON CONFLICT (tabel, serie, kommune_kode, periode, noegle)
          DO UPDATE SET vaerdi = excluded.vaerdi, ikke_oplyst = excluded.ikke_oplyst
          """;

}

/// <summary>The derived public figures of a database, ready for the comparison and the report.</summary>
public static class OffentligeTalKilde
{
    /// <summary>
    /// Reads the stored public figures and the PL index and derives the Σ/Σ figures (prices of
    /// <paramref name="prisaar"/>, else the latest year). Empty when the database has no public figures.
    /// </summary>
    public static async Task<IReadOnlyList<AfledtTal>> LaesAfledteAsync(Provider provider, string forbindelse, Templates.Skabeloner skabeloner,
        int? prisaar = null, CancellationToken ct = default)
    {
        var lager = new OffentligeTalLager(provider, forbindelse);
        var tal = await lager.LaesAsync(ct).ConfigureAwait(false);
        if (tal.Count == 0) return [];
        var pl = await lager.LaesPlIndeksAsync(ct).ConfigureAwait(false);
        return AfledteTal.Beregn(tal, OffentligeTalSkabelon.Laes(skabeloner), pl, prisaar).Tal;
    }
}
