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
/// server sees how far each mail got.
///
/// Protocol, under the kommune's delivery lock (<see cref="LaasAsync"/>, so one sender at a time):
/// <see cref="KraevAsync"/> claims the row; the sender marks it <see cref="MarkerOverdraget"/> the
/// moment the message data starts to go out (the server has accepted sender and recipient), and
/// <see cref="MarkerSendtAsync"/> when the server accepted the mail. A row left claimed never got
/// to the data, so nothing can have been delivered: the next sender takes it over and sends. A row
/// left "overdraget" is the one unknown window (data sent, no reply seen): <see cref="UvishedsPolitik"/>
/// decides — send again with the same Message-ID, or leave it to the operator.
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

    /// <summary>
    /// Claims a delivery for <paramref name="af"/>: a new row, or a row another sender left behind
    /// (claimed: taken over; overdraget: by <paramref name="politik"/>). Every takeover is a
    /// compare-and-set on the previous owner, so two senders never both win.
    /// </summary>
    public async Task<Krav> KraevAsync(LeveringsNoegle n, string af, UvishedsPolitik politik, CancellationToken ct = default)
    {
        for (var forsoeg = 0; forsoeg < 5; forsoeg++)
        {
            if (await TryClaimAsync(n, af, ct)) return Krav.Ny;
            var post = await PostAsync(n, ct);
            if (post is null) continue; // released meanwhile: claim again
            switch (post.Tilstand)
            {
                case LeveringsTilstand.Sendt:
                    return Krav.AlleredeSendt;
                case LeveringsTilstand.Overdraget when politik == UvishedsPolitik.Spoerg:
                    return Krav.Uafklaret;
            }
            var fra = post.Tilstand == LeveringsTilstand.Claimed ? "claimed" : "overdraget";
            await using var c = Aabn();
            await c.OpenAsync(ct);
            var raekker = await c.ExecuteAsync(new CommandDefinition(
                $"UPDATE {Tabel} SET tilstand = 'claimed', claimed_af = @Af, claimed_tid = @Tid WHERE {Hvor} AND tilstand = @Fra AND claimed_af = @Gammel",
                new { n.Kommune, n.Skaeringsdato, n.Modtager, n.Version, Af = af, Tid = Nu(), Fra = fra, Gammel = post.ClaimedAf }, cancellationToken: ct));
            if (raekker == 1) return fra == "claimed" ? Krav.Genoptaget : Krav.Gentages;
        }
        throw new LeveringsFejl($"leveringsloggen: rækken for {n.Kommune} {n.Skaeringsdato} version {n.Version} skiftede hele tiden ejer");
    }

    /// <summary>
    /// The handover has started: called synchronously from the SMTP client before the end of the
    /// message data can leave, so the row is durable before the mail can exist at the server.
    /// Throws when <paramref name="af"/> no longer owns the claim (the send must stop).
    /// </summary>
    public void MarkerOverdraget(LeveringsNoegle n, string af)
    {
        using var c = Aabn();
        c.Open();
        var raekker = c.Execute($"UPDATE {Tabel} SET tilstand = 'overdraget' WHERE {Hvor} AND tilstand = 'claimed' AND claimed_af = @Af",
            new { n.Kommune, n.Skaeringsdato, n.Modtager, n.Version, Af = af });
        if (raekker != 1) throw new KravTabtException();
    }

    public async Task MarkerSendtAsync(LeveringsNoegle n, CancellationToken ct = default)
    {
        await using var c = Aabn();
        await c.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Tabel} SET tilstand = 'sendt', sendt_tid = @Tid WHERE {Hvor}",
            new { n.Kommune, n.Skaeringsdato, n.Modtager, n.Version, Tid = Nu() }, cancellationToken: ct));
    }

    /// <summary>Releases a claim whose mail was definitely not handed over, so anyone may send it.</summary>
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
        // the operator's act settles it: the row says sent, whoever claimed it
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
            r.Tilstand switch { "sendt" => LeveringsTilstand.Sendt, "overdraget" => LeveringsTilstand.Overdraget, _ => LeveringsTilstand.Claimed },
            r.ClaimedAf, DateTimeOffset.Parse(r.ClaimedTid, CultureInfo.InvariantCulture),
            r.SendtTid is null ? null : DateTimeOffset.Parse(r.SendtTid, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Deliveries left in the unknown window (handover started, no reply seen): reported at once.</summary>
    public async Task<IReadOnlyList<LeveringsPost>> UafklaredeAsync(int kommune, string skaeringsdato, CancellationToken ct = default) =>
        (await PosterAsync(kommune, skaeringsdato, ct)).Where(p => p.Tilstand == LeveringsTilstand.Overdraget).ToList();

    private async Task<LeveringsPost?> PostAsync(LeveringsNoegle n, CancellationToken ct) =>
        (await PosterAsync(n.Kommune, n.Skaeringsdato, ct)).FirstOrDefault(p => p.Noegle == n);

    /// <summary>
    /// The kommune's delivery lock for one cut date, held while its deliveries run, so a claim seen
    /// under it belongs to a sender that is gone. It dies with its holder: a PostgreSQL advisory lock
    /// on its own connection, a SQL Server session app lock, or an OS file lock beside the SQLite file.
    /// </summary>
    public Task<IAsyncDisposable> LaasAsync(int kommune, string skaeringsdato, TimeSpan frist, CancellationToken ct = default) =>
        LeveringsLaas.TagAsync(_provider, _forbindelse, $"rapportering-levering:{kommune}:{skaeringsdato}", frist, ct);

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
