using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using Rapportering.Demo;
using Rapportering.Input;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Input.DaarligeRaekker;

/// <summary>
/// The demo (kommune 510, data pr. 31 October 2025) in a warehouse that enforces nothing: every
/// table rebuilt without NOT NULL or keys, in PostgreSQL every column text except kommune_kode
/// (the filter's integer), so a dirty extract can hold what real ones do. The rap_* views are the
/// shipped ones, recreated unchanged. Plus one test person nothing refers to.
/// </summary>
public static partial class LoesDatabase
{
    public static readonly DemoOptions Demo = new() { DataPr = new DateOnly(2025, 10, 31), Kommuner = [510], Skala = 0.2 };

    private static readonly string[] Tabeller = ["kommune", "befolkning", "person", "indsats", "undersoegelse", "regnskab", "pl_indeks", "skoletrivsel"];

    [GeneratedRegex(@"CREATE VIEW[\s\S]*?;")]
    private static partial Regex ViewSql();

    public static void OpretSqlite(string sti)
    {
        DemoDatabase.OpretSqlite(sti, Demo);
        using var db = new SqliteConnection($"Data Source={sti};Pooling=False");
        db.Open();
        var views = Hent(db, "SELECT sql FROM sqlite_master WHERE type = 'view'");
        foreach (var v in Hent(db, "SELECT name FROM sqlite_master WHERE type = 'view'")) Koer(db, $"DROP VIEW {v}");
        foreach (var t in Tabeller)
        {
            Koer(db, $"CREATE TABLE {t}_loes AS SELECT * FROM {t}");
            Koer(db, $"DROP TABLE {t}");
            Koer(db, $"ALTER TABLE {t}_loes RENAME TO {t}");
        }
        foreach (var v in views) Koer(db, v);
        Koer(db, "INSERT INTO person (person_id, foedselsdato) VALUES ('tstperson001', '2012-05-05')");
    }

    public static async Task<string> OpretPostgresAsync(PostgresServer server)
    {
        var cs = await server.OpretDatabaseAsync();
        await using (var db = new NpgsqlConnection(cs))
        {
            await db.OpenAsync();
            await DemoDatabase.IndlaesAsync(db, Provider.Postgres, Demo);
        }
        await using (var db = new NpgsqlConnection(cs))
        {
            await db.OpenAsync();
            var skema = DatabaseProvider.For(Provider.Postgres).SkemaScript;
            foreach (var v in Hent(db, "SELECT table_name FROM information_schema.views WHERE table_schema = 'public'")) Koer(db, $"DROP VIEW {v}");
            foreach (var c in Hent(db, "SELECT conrelid::regclass || ' DROP CONSTRAINT ' || conname FROM pg_constraint WHERE contype IN ('p', 'u', 'c', 'f') AND connamespace = 'public'::regnamespace"))
                Koer(db, $"ALTER TABLE {c}");
            foreach (var (t, k) in Kolonner(db))
            {
                Koer(db, $"ALTER TABLE {t} ALTER COLUMN {k} DROP NOT NULL");
                if (k != "kommune_kode") Koer(db, $"ALTER TABLE {t} ALTER COLUMN {k} TYPE text");
            }
            foreach (Match m in ViewSql().Matches(skema)) Koer(db, m.Value);
            Koer(db, "INSERT INTO person (person_id, foedselsdato) VALUES ('tstperson001', '2012-05-05')");
        }
        NpgsqlConnection.ClearAllPools();
        return cs;
    }

    private static List<(string Tabel, string Kolonne)> Kolonner(DbConnection db)
    {
        var ud = new List<(string, string)>();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY (@t)";
        var p = cmd.CreateParameter();
        p.ParameterName = "t";
        p.Value = Tabeller;
        cmd.Parameters.Add(p);
        using var r = cmd.ExecuteReader();
        while (r.Read()) ud.Add((r.GetString(0), r.GetString(1)));
        return ud;
    }

    public static List<string> Hent(DbConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var ud = new List<string>();
        while (r.Read()) ud.Add(r.GetString(0));
        return ud;
    }

    public static void Koer(DbConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
