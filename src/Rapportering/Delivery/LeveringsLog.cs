using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rapportering.Delivery;

/// <summary>
/// The delivery log: one row per (kommune, cut date, recipient, version) in the job storage's
/// database (a SQLite file beside the archive when jobs run in memory), so a retry or another
/// server sees what was sent.
///
/// Protocol: <see cref="TryClaimAsync"/> inserts the row as "claimed" only if absent — exactly one
/// caller wins — then the caller sends and calls <see cref="MarkerSendtAsync"/>. A definite
/// refusal before the mail was accepted releases the claim (<see cref="FrigivAsync"/>) so a retry
/// sends. A crash between claim and "sent" leaves the row claimed, and it is never sent again
/// automatically: AT MOST ONCE. Why: a report to a committee that arrives twice cannot be taken
/// back, while an unconfirmed one is listed to the operator (<see cref="UafklaredeAsync"/>) with
/// the `rapportering resend` line that fixes it. The window is one SMTP transaction.
/// </summary>
public sealed class LeveringsLog
{
    private const string Tabel = "rapportering_levering";
    private readonly string _provider;
    private readonly string _forbindelse;
    private readonly TimeProvider _tid;

    /// <param name="provider">sqlite, postgres or sqlserver.</param>
    public LeveringsLog(string provider, string forbindelse, TimeProvider tid)
    {
        _provider = provider.ToLowerInvariant() switch
        {
            "sqlite" => "sqlite",
            "postgres" or "postgresql" => "postgres",
            "sqlserver" => "sqlserver",
            _ => throw new ArgumentException($"ukendt database til leveringsloggen: '{provider}' (brug sqlite, postgres eller sqlserver)"),
        };
        _forbindelse = forbindelse;
        _tid = tid;
    }

    /// <summary>The embedded default: a SQLite file.</summary>
    public static LeveringsLog SqliteFil(string sti, TimeProvider tid)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(sti))!);
        return new LeveringsLog("sqlite", new SqliteConnectionStringBuilder { DataSource = sti, DefaultTimeout = 30 }.ToString(), tid);
    }

    private DbConnection Aabn() => _provider switch
    {
        "sqlite" => new SqliteConnection(_forbindelse),
        "postgres" => new NpgsqlConnection(_forbindelse),
        _ => new SqlConnection(_forbindelse),
    };

    public async Task OpretAsync(CancellationToken ct = default)
    {
        var tekst = _provider == "sqlserver"
            ? $"""
               IF OBJECT_ID('{Tabel}') IS NULL CREATE TABLE {Tabel} (
                 kommune_kode int NOT NULL, skaeringsdato varchar(10) NOT NULL, modtager nvarchar(400) NOT NULL,
                 version int NOT NULL, tilstand varchar(10) NOT NULL, claimed_af nvarchar(200) NOT NULL,
                 claimed_tid varchar(40) NOT NULL, sendt_tid varchar(40) NULL,
                 PRIMARY KEY (kommune_kode, skaeringsdato, modtager, version))
               """
            : $"""
               CREATE TABLE IF NOT EXISTS {Tabel} (
                 kommune_kode integer NOT NULL, skaeringsdato varchar(10) NOT NULL, modtager varchar(400) NOT NULL,
                 version integer NOT NULL, tilstand varchar(10) NOT NULL, claimed_af varchar(200) NOT NULL,
                 claimed_tid varchar(40) NOT NULL, sendt_tid varchar(40) NULL,
                 PRIMARY KEY (kommune_kode, skaeringsdato, modtager, version))
               """;
        await using var c = Aabn();
        await c.OpenAsync(ct);
        try
        {
            await c.ExecuteAsync(new CommandDefinition(tekst, cancellationToken: ct));
        }
        catch (PostgresException e) when (e.SqlState is "23505" or "42P07")
        {
            // two servers created the table at the same moment; it exists now
        }
    }

    /// <summary>Inserts the row as claimed if no row exists. True: the caller owns this delivery.</summary>
    public async Task<bool> TryClaimAsync(LeveringsNoegle n, string claimedAf, CancellationToken ct = default)
    {
        var vaerdier = "@Kommune, @Skaeringsdato, @Modtager, @Version, 'claimed', @ClaimedAf, @Tid, NULL";
        var tekst = _provider == "sqlserver"
            ? $"""
               INSERT INTO {Tabel} (kommune_kode, skaeringsdato, modtager, version, tilstand, claimed_af, claimed_tid, sendt_tid)
               SELECT {vaerdier} WHERE NOT EXISTS (SELECT 1 FROM {Tabel} WITH (UPDLOCK, HOLDLOCK)
                 WHERE kommune_kode = @Kommune AND skaeringsdato = @Skaeringsdato AND modtager = @Modtager AND version = @Version)
               """
            : $"""
               INSERT INTO {Tabel} (kommune_kode, skaeringsdato, modtager, version, tilstand, claimed_af, claimed_tid, sendt_tid)
               VALUES ({vaerdier}) ON CONFLICT DO NOTHING
               """;
        await using var c = Aabn();
        await c.OpenAsync(ct);
        var raekker = await c.ExecuteAsync(new CommandDefinition(tekst,
            new { n.Kommune, n.Skaeringsdato, n.Modtager, n.Version, ClaimedAf = claimedAf, Tid = Nu() }, cancellationToken: ct));
        return raekker == 1;
    }

    public async Task MarkerSendtAsync(LeveringsNoegle n, CancellationToken ct = default)
    {
        await using var c = Aabn();
        await c.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Tabel} SET tilstand = 'sendt', sendt_tid = @Tid WHERE {Hvor}",
            new { n.Kommune, n.Skaeringsdato, n.Modtager, n.Version, Tid = Nu() }, cancellationToken: ct));
    }

    /// <summary>Releases a claim whose mail was definitely not accepted, so a retry may send it.</summary>
    public async Task FrigivAsync(LeveringsNoegle n, CancellationToken ct = default)
    {
        await using var c = Aabn();
        await c.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition($"DELETE FROM {Tabel} WHERE {Hvor} AND tilstand = 'claimed'", n, cancellationToken: ct));
    }

    /// <summary>Records an operator's resend: the row ends as sent whatever it was.</summary>
    public async Task RegistrerGensendtAsync(LeveringsNoegle n, string af, CancellationToken ct = default)
    {
        await TryClaimAsync(n, af, ct);
        await MarkerSendtAsync(n, ct);
    }

    public async Task<IReadOnlyList<LeveringsPost>> PosterAsync(int kommune, string skaeringsdato, CancellationToken ct = default)
    {
        await using var c = Aabn();
        await c.OpenAsync(ct);
        var raekker = await c.QueryAsync<Raekke>(new CommandDefinition(
            $"""
             SELECT kommune_kode AS Kommune, skaeringsdato AS Skaeringsdato, modtager AS Modtager, version AS Version,
                    tilstand AS Tilstand, claimed_af AS ClaimedAf, claimed_tid AS ClaimedTid, sendt_tid AS SendtTid
             FROM {Tabel} WHERE kommune_kode = @kommune AND skaeringsdato = @skaeringsdato
             ORDER BY version, modtager
             """, new { kommune, skaeringsdato }, cancellationToken: ct));
        return raekker.Select(r => new LeveringsPost(
            new LeveringsNoegle(r.Kommune, r.Skaeringsdato, r.Modtager, r.Version),
            r.Tilstand == "sendt" ? LeveringsTilstand.Sendt : LeveringsTilstand.Claimed,
            r.ClaimedAf, DateTimeOffset.Parse(r.ClaimedTid, CultureInfo.InvariantCulture),
            r.SendtTid is null ? null : DateTimeOffset.Parse(r.SendtTid, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Claims that never became "sent" and are older than <paramref name="aeldreEnd"/>.</summary>
    public async Task<IReadOnlyList<LeveringsPost>> UafklaredeAsync(int kommune, string skaeringsdato, TimeSpan aeldreEnd, CancellationToken ct = default)
    {
        var graense = _tid.GetUtcNow() - aeldreEnd;
        return (await PosterAsync(kommune, skaeringsdato, ct))
            .Where(p => p.Tilstand == LeveringsTilstand.Claimed && p.ClaimedTid <= graense).ToList();
    }

    private const string Hvor = "kommune_kode = @Kommune AND skaeringsdato = @Skaeringsdato AND modtager = @Modtager AND version = @Version";

    private string Nu() => _tid.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    // A class with setters: SQLite returns integers as long, which Dapper converts only for properties.
    private sealed class Raekke
    {
        public int Kommune { get; set; }
        public string Skaeringsdato { get; set; } = "";
        public string Modtager { get; set; } = "";
        public int Version { get; set; }
        public string Tilstand { get; set; } = "";
        public string ClaimedAf { get; set; } = "";
        public string ClaimedTid { get; set; } = "";
        public string? SendtTid { get; set; }
    }
}
