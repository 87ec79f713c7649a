using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>
/// Writes <see cref="DemoData"/> into the base tables of sql/&lt;provider&gt;/schema.sql.
/// SQLite and SQL Server: one prepared, parameterised INSERT per table inside one transaction.
/// PostgreSQL: binary COPY (an order of magnitude faster than row inserts).
/// </summary>
internal static class TabelSkriver
{
    private sealed record Tabel(string Navn, string[] Kolonner, NpgsqlDbType[] PgTyper, Func<DatabaseProvider, IEnumerable<object?[]>> Raekker);

    private static IEnumerable<Tabel> Tabeller(DemoData d) =>
    [
        new("kommune", ["kommune_kode", "navn"], [NpgsqlDbType.Integer, NpgsqlDbType.Text],
            _ => d.Kommuner.Select(r => new object?[] { r.KommuneKode, r.Navn })),
        new("befolkning", ["kommune_kode", "dato", "alder", "antal"],
            [NpgsqlDbType.Integer, NpgsqlDbType.Date, NpgsqlDbType.Integer, NpgsqlDbType.Integer],
            p => d.Befolkning.Select(r => new object?[] { r.KommuneKode, p.DatoVaerdi(r.Dato), r.Alder, r.Antal })),
        new("person", ["person_id", "foedselsdato"], [NpgsqlDbType.Text, NpgsqlDbType.Date],
            p => d.Personer.Select(r => new object?[] { r.PersonId, p.DatoVaerdi(r.Foedselsdato) })),
        new("indsats", ["indsats_id", "person_id", "kommune_kode", "indsatstype", "lovgrundlag", "bevilget_af", "startdato", "slutdato"],
            [NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Date, NpgsqlDbType.Date],
            p => d.Indsatser.Select(r => new object?[]
                { r.IndsatsId, r.PersonId, r.KommuneKode, r.Indsatstype, r.Lovgrundlag, r.BevilgetAf, p.DatoVaerdi(r.Startdato), p.DatoVaerdi(r.Slutdato) })),
        new("undersoegelse", ["person_id", "kommune_kode", "afgoerelsesdato"], [NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Date],
            p => d.Undersoegelser.Select(r => new object?[] { r.PersonId, r.KommuneKode, p.DatoVaerdi(r.Afgoerelsesdato) })),
        new("regnskab", ["kommune_kode", "aar", "regnskabstype", "funktion", "gruppering", "dranst", "beloeb_1000kr"],
            [NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Numeric],
            _ => d.Regnskab.Select(r => new object?[] { r.KommuneKode, r.Aar, r.Regnskabstype, r.Funktion, r.Gruppering, r.Dranst, r.Beloeb1000Kr })),
        new("pl_indeks", ["aar", "indeks"], [NpgsqlDbType.Integer, NpgsqlDbType.Numeric],
            _ => d.PlIndeks.Select(r => new object?[] { r.Aar, r.Indeks })),
        new("skoletrivsel", ["kommune_kode", "skoleaar", "gruppe", "indikator", "gennemsnit", "antal"],
            [NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Numeric, NpgsqlDbType.Integer],
            _ => d.Skoletrivsel.Select(r => new object?[] { r.KommuneKode, r.Skoleaar, r.Gruppe, r.Indikator, r.Gennemsnit, r.Antal })),
    ];

    /// <summary>Prepared inserts in one transaction (SQLite, SQL Server).</summary>
    public static void SkrivMedInserts(DbConnection db, DatabaseProvider provider, DemoData data)
    {
        using var tx = db.BeginTransaction();
        foreach (var tabel in Tabeller(data))
        {
            using var cmd = db.CreateCommand();
            cmd.Transaction = tx;
            var navne = tabel.Kolonner.Select((_, i) => $"@p{i}").ToArray();
            cmd.CommandText = $"INSERT INTO {tabel.Navn} ({string.Join(", ", tabel.Kolonner)}) VALUES ({string.Join(", ", navne)})";
            var parametre = navne.Select(n =>
            {
                var p = cmd.CreateParameter();
                p.ParameterName = n;
                cmd.Parameters.Add(p);
                return p;
            }).ToArray();
            var forberedt = false;
            foreach (var raekke in tabel.Raekker(provider))
            {
                for (var i = 0; i < raekke.Length; i++) parametre[i].Value = raekke[i] ?? DBNull.Value;
                if (!forberedt)
                {
                    cmd.Prepare();
                    forberedt = true;
                }
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    /// <summary>Binary COPY per table (PostgreSQL).</summary>
    public static async Task SkrivMedCopyAsync(NpgsqlConnection db, DemoData data, CancellationToken ct)
    {
        var provider = DatabaseProvider.For(Provider.Postgres);
        foreach (var tabel in Tabeller(data))
        {
            var sql = $"COPY {tabel.Navn} ({string.Join(", ", tabel.Kolonner)}) FROM STDIN (FORMAT BINARY)";
            await using var import = await db.BeginBinaryImportAsync(sql, ct).ConfigureAwait(false);
            foreach (var raekke in tabel.Raekker(provider))
            {
                await import.StartRowAsync(ct).ConfigureAwait(false);
                for (var i = 0; i < raekke.Length; i++)
                {
                    if (raekke[i] is null or DBNull) await import.WriteNullAsync(ct).ConfigureAwait(false);
                    else await import.WriteAsync(raekke[i], tabel.PgTyper[i], ct).ConfigureAwait(false);
                }
            }
            await import.CompleteAsync(ct).ConfigureAwait(false);
        }
    }
}
