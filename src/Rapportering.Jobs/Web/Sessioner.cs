using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The signed-in sessions, one row each in a small SQLite file: a cookie is only good while its
/// session row exists, so sign-out (which deletes the row) ends every copy of the cookie, and the
/// list survives a restart. Rows hold a random id and the sign-in time, nothing about the user.
/// </summary>
public sealed class Sessioner
{
    private readonly string _forbindelse;
    private readonly TimeProvider _tid;
    private readonly TimeSpan _maks;

    public Sessioner(string fil, TimeSpan maks, TimeProvider tid)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(fil))!);
        _forbindelse = new SqliteConnectionStringBuilder { DataSource = fil, Pooling = true }.ToString();
        _tid = tid;
        _maks = maks;
        using var c = Aabn();
        Koer(c, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS session (id TEXT PRIMARY KEY, start INTEGER NOT NULL)");
    }

    /// <summary>A new session id, registered now.</summary>
    public string Opret()
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        using var c = Aabn();
        // Old rows go when new ones come: no timer needed.
        Koer(c, "DELETE FROM session WHERE start < $graense", ("$graense", Nu() - (long)_maks.TotalSeconds));
        Koer(c, "INSERT INTO session (id, start) VALUES ($id, $start)", ("$id", id), ("$start", Nu()));
        return id;
    }

    /// <summary>True while the session exists and is younger than the maximum session time.</summary>
    public bool Gyldig(string? id)
    {
        if (id is not { Length: 64 }) return false;
        using var c = Aabn();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT start FROM session WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() is long start && Nu() - start < _maks.TotalSeconds;
    }

    public void Afslut(string? id)
    {
        if (id is null) return;
        using var c = Aabn();
        Koer(c, "DELETE FROM session WHERE id = $id", ("$id", id));
    }

    private long Nu() => _tid.GetUtcNow().ToUnixTimeSeconds();

    private SqliteConnection Aabn()
    {
        var c = new SqliteConnection(_forbindelse);
        c.Open();
        return c;
    }

    private static void Koer(SqliteConnection c, string sql, params (string Navn, object Vaerdi)[] p)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (navn, vaerdi) in p) cmd.Parameters.AddWithValue(navn, vaerdi);
        cmd.ExecuteNonQuery();
    }
}
