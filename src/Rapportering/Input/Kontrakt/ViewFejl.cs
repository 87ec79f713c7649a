using System.Data.Common;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// The one line a user reads when the database itself refuses a view: which view, which column
/// it lacks, and the database's error code — never the database's own text, which may quote a
/// value from a row (PostgreSQL: invalid input syntax for type date: "…").
/// </summary>
internal static class ViewFejl
{
    /// <summary>The contract's columns per view (DESIGN.md, "The view contract").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Kolonner = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["rap_kommune"] = ["kommune_kode", "navn"],
        ["rap_befolkning"] = ["kommune_kode", "dato", "alder", "antal"],
        ["rap_person"] = ["person_id", "foedselsdato"],
        ["rap_indsats"] = ["indsats_id", "person_id", "kommune_kode", "indsatstype", "lovgrundlag", "bevilget_af", "startdato", "slutdato"],
        ["rap_undersoegelse"] = ["person_id", "kommune_kode", "afgoerelsesdato"],
        ["rap_regnskab"] = ["kommune_kode", "aar", "regnskabstype", "funktion", "gruppering", "dranst", "beloeb_1000kr"],
        ["rap_pl_indeks"] = ["aar", "indeks"],
        ["rap_skoletrivsel"] = ["kommune_kode", "skoleaar", "gruppe", "indikator", "gennemsnit", "antal"],
    };

    public static async Task<DataKildeFejl> ForAsync(DbConnection db, string view, DbException e, CancellationToken ct)
    {
        try
        {
            if (await ManglendeKolonneAsync(db, view, ct).ConfigureAwait(false) is { } kolonne)
                return new DataKildeFejl($"viewet {view} mangler kolonnen {kolonne}", e);
        }
        catch (DbException)
        {
            // The view cannot even be listed: the first error is the one to report.
        }
        return new DataKildeFejl(Tekst(view, e), e);
    }

    public static string Tekst(string view, DbException e) =>
        $"databasen kunne ikke levere rækkerne fra {view}" + (e.SqlState is { Length: > 0 } s ? $" (fejlkode {s})" : "") +
        "; kør med RAPPORTERING_DEBUG=1 for databasens egen besked";

    /// <summary>The first contract column the view does not have, or null.</summary>
    public static async Task<string?> ManglendeKolonneAsync(DbConnection db, string view, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {view} WHERE 1 = 0";
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var har = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Kolonner[view].FirstOrDefault(k => !har.Contains(k));
    }
}
