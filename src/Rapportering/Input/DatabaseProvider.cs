using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rapportering.Input;

/// <summary>
/// Every difference between the database kinds, in one place: how a connection is made and
/// checked, how the catalog of views is listed, how the schema script is split, and how a
/// date is passed as a parameter. Readers and loaders stay provider-neutral.
/// </summary>
public sealed partial class DatabaseProvider
{
    private DatabaseProvider(Provider provider) => Provider = provider;

    public Provider Provider { get; }

    public static DatabaseProvider For(Provider provider) => provider switch
    {
        Provider.Sqlite => SqliteInstans,
        Provider.Postgres => PostgresInstans,
        Provider.SqlServer => SqlServerInstans,
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static readonly DatabaseProvider SqliteInstans = new(Provider.Sqlite);
    private static readonly DatabaseProvider PostgresInstans = new(Provider.Postgres);
    private static readonly DatabaseProvider SqlServerInstans = new(Provider.SqlServer);

    /// <summary>
    /// A new, closed connection. For SQLite a missing file is an error unless
    /// <paramref name="opretFil"/> is set: a typo must never create an empty database.
    /// </summary>
    public DbConnection OpretForbindelse(string connectionString, bool opretFil = false)
    {
        try
        {
            return Provider switch
            {
                Provider.Sqlite => SqliteForbindelse(connectionString, opretFil),
                Provider.Postgres => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString).ConnectionString),
                Provider.SqlServer => new SqlConnection(new SqlConnectionStringBuilder(connectionString).ConnectionString),
                _ => throw new ArgumentOutOfRangeException(nameof(connectionString)),
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new DataKildeFejl($"ugyldig forbindelsesstreng til {Provider.Ord()}: et felt er ukendt eller har en ugyldig værdi", e);
        }
    }

    /// <summary>Creates and opens a connection; failures become one-line <see cref="DataKildeFejl"/>.</summary>
    public async Task<DbConnection> AabnAsync(string connectionString, CancellationToken ct, bool opretFil = false)
    {
        var forbindelse = OpretForbindelse(connectionString, opretFil);
        try
        {
            await forbindelse.OpenAsync(ct).ConfigureAwait(false);
            return forbindelse;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await forbindelse.DisposeAsync().ConfigureAwait(false);
            throw new DataKildeFejl($"kan ikke forbinde til databasen ({Provider.Ord()}): {e.Message}", e);
        }
    }

    private static SqliteConnection SqliteForbindelse(string connectionString, bool opretFil)
    {
        var b = new SqliteConnectionStringBuilder(connectionString);
        var iHukommelse = b.Mode == SqliteOpenMode.Memory || b.DataSource is "" or ":memory:";
        if (!iHukommelse && !opretFil)
        {
            var sti = Path.GetFullPath(b.DataSource);
            if (!File.Exists(sti)) throw new DataKildeFejl($"SQLite-databasen findes ikke: {sti}");
            if (b.Mode == SqliteOpenMode.ReadWriteCreate) b.Mode = SqliteOpenMode.ReadWrite;
        }
        return new SqliteConnection(b.ConnectionString);
    }

    /// <summary>Lists the tables and views the connection can see (names compared case-insensitively).</summary>
    internal string KatalogSql => Provider switch
    {
        Provider.Sqlite => "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')",
        Provider.Postgres => "SELECT table_name FROM information_schema.tables WHERE table_schema = ANY (current_schemas(false))",
        _ => "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES",
    };

    /// <summary>
    /// A decimal column in a SELECT. SQLite may hand back INTEGER for one row and REAL for the
    /// next in the same column, which Dapper's per-column reader cannot take: force REAL there.
    /// Text is passed through untouched: CAST('abc' AS REAL) is 0.0, a silent zero; as text it
    /// is parsed by the reader, so '12.5' is read and 'abc' is a one-line error naming the column.
    /// </summary>
    internal string Decimal(string kolonne) => Provider == Provider.Sqlite
        ? $"CASE WHEN typeof({kolonne}) = 'text' THEN {kolonne} ELSE CAST({kolonne} AS REAL) END"
        : kolonne;

    /// <summary>A date as a parameter value for inserts: ISO text for SQLite, DateOnly elsewhere.</summary>
    public object DatoVaerdi(DateOnly? dato) => dato switch
    {
        null => DBNull.Value,
        { } d when Provider == Provider.Sqlite => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        { } d => d,
    };

    /// <summary>The schema script (tables + rap_* views) shipped as a resource, as the raw text.</summary>
    public string SkemaScript => Script("schema.sql");

    /// <summary>A SQL script of this provider shipped as a resource (sql/&lt;provider&gt;/&lt;fil&gt;).</summary>
    public string Script(string fil)
    {
        var navn = $"sql/{Provider.Ord()}/{fil}";
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(navn)
            ?? throw new InvalidOperationException($"ressourcen {navn} mangler i biblioteket");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>The schema script cut at lines holding only GO (SQL Server's batch separator).</summary>
    public IReadOnlyList<string> SkemaBatches() => Batches("schema.sql");

    /// <summary>A shipped script cut at GO lines, batches holding only comments left out.</summary>
    public IReadOnlyList<string> Batches(string fil) =>
        GoLinje().Split(Script(fil)).Where(b => !string.IsNullOrWhiteSpace(StripKommentarer(b))).ToList();

    /// <summary>Creates the tables and the rap_* views on an open connection.</summary>
    public async Task OpretSkemaAsync(DbConnection forbindelse, CancellationToken ct = default)
    {
        foreach (var batch in SkemaBatches())
        {
            await using var cmd = forbindelse.CreateCommand();
            cmd.CommandText = batch;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static string StripKommentarer(string sql) =>
        string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLinje();
}
