using System.Diagnostics;
using System.Net;
using Npgsql;

namespace Rapportering.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server from the machine's own binaries: initdb in a temp folder,
/// pg_ctl start on 127.0.0.1 with a free port, stopped and deleted after the collection.
/// As root it runs the binaries as the 'postgres' user (initdb refuses root). Missing
/// binaries make the tests FAIL with a clear message: CI must install them.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Samling = "postgres";

    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "rap-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string _bin = "";
    private int _databaser;

    public int Port { get; private set; }

    private string DataMappe => Path.Combine(_mappe, "data");

    public async Task InitializeAsync()
    {
        _bin = FindBinaerer();
        Directory.CreateDirectory(_mappe);
        if (ErRoot)
        {
            Koer("chown", ["-R", "postgres:postgres", _mappe], somPostgres: false);
        }
        Koer(Path.Combine(_bin, "initdb"),
            ["-D", DataMappe, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        Port = LedigPort.Naeste();
        var indstillinger = $"-p {Port} -k {_mappe} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        Koer(Path.Combine(_bin, "pg_ctl"),
            ["-D", DataMappe, "-l", Path.Combine(_mappe, "server.log"), "-o", indstillinger, "-w", "-t", "60", "start"]);
        await using var db = new NpgsqlConnection(ConnectionString("postgres"));
        await db.OpenAsync();
    }

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public async Task<string> OpretDatabaseAsync()
    {
        var navn = $"rap_test_{Interlocked.Increment(ref _databaser)}";
        await using var db = new NpgsqlConnection(ConnectionString("postgres"));
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {navn} TEMPLATE template0 ENCODING 'UTF8'", db);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(navn);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    public Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataMappe) && _bin != "")
                Koer(Path.Combine(_bin, "pg_ctl"), ["-D", DataMappe, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            if (Directory.Exists(_mappe)) Directory.Delete(_mappe, recursive: true);
        }
        return Task.CompletedTask;
    }

    private static bool ErRoot => Environment.UserName == "root";

    /// <summary>The newest /usr/lib/postgresql/N/bin with initdb and pg_ctl, else initdb on PATH.</summary>
    private static string FindBinaerer()
    {
        var kandidater = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
            : [];
        var sti = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var bin in kandidater.Concat(sti))
        {
            if (File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"))) return bin;
        }
        throw new InvalidOperationException(
            "PostgreSQL-binærerne (initdb, pg_ctl) blev ikke fundet i /usr/lib/postgresql/*/bin eller på PATH. " +
            "Installér Debian-pakken 'postgresql' (apt-get install -y postgresql) – testene kræver en rigtig PostgreSQL.");
    }

    private static void Koer(string program, string[] argumenter, bool somPostgres = true)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (somPostgres && ErRoot)
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program }) psi.ArgumentList.Add(a);
        }
        else
        {
            psi.FileName = program;
        }
        foreach (var a in argumenter) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"kunne ikke starte {program}");
        var ud = p.StandardOutput.ReadToEndAsync();
        var fejl = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} svarede ikke inden for 120 s");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} fejlede ({p.ExitCode}): {fejl.Result} {ud.Result}");
    }
}

[CollectionDefinition(PostgresServer.Samling)]
public sealed class PostgresSamling : ICollectionFixture<PostgresServer>;
