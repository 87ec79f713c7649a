using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Npgsql;
using Rapportering.Delivery;

namespace Rapportering.Jobs.Jobs;

/// <summary>The job storage and the delivery log that lives in the same database.</summary>
public static class JobStorageFabrik
{
    /// <summary>The PostgreSQL schema of Hangfire's tables.</summary>
    public const string PostgresSkema = "hangfire";

    public static JobStorage Opret(JobIndstillinger j)
    {
        var polling = TimeSpan.FromSeconds(Math.Max(0.1, j.PollingSekunder));
        return j.Storage.ToLowerInvariant() switch
        {
            "inmemory" or "memory" => new InMemoryStorage(),
            "postgres" or "postgresql" => new PostgreSqlStorage(
                new NpgsqlConnectionFactory(Kraev(j), new PostgreSqlStorageOptions()),
                new PostgreSqlStorageOptions
                {
                    QueuePollInterval = polling, PrepareSchemaIfNecessary = true, SchemaName = PostgresSkema,
                    // A lock row a killed process left (schedule poller: retries; recurring jobs) is taken over
                    // after this, not the default 10 min. The schedulers and state changes hold theirs for
                    // milliseconds; only the expiry cleanup may hold its longer, and two cleanups do no harm.
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),
                }),
            "sqlserver" => new SqlServerStorage(Kraev(j), new SqlServerStorageOptions { QueuePollInterval = polling, PrepareSchemaIfNecessary = true }),
            _ => throw new BrugerFejl($"ukendt Jobs:Storage '{j.Storage}' (brug inmemory, postgres eller sqlserver)"),
        };
    }

    /// <summary>
    /// Checks that a database storage can be reached before anything is built on it: a missing
    /// database or an unreachable server is one line (exit 2), within the connection's own timeout.
    /// </summary>
    public static void Kontroller(JobIndstillinger j)
    {
        if (j.Storage.ToLowerInvariant() is not ("postgres" or "postgresql")) return;
        NpgsqlConnectionStringBuilder cs;
        try
        {
            cs = new NpgsqlConnectionStringBuilder(Kraev(j));
        }
        catch (ArgumentException)
        {
            throw new BrugerFejl("Jobs:Forbindelse er ikke en gyldig PostgreSQL-forbindelsesstreng");
        }
        var hvor = $"{cs.Host}:{cs.Port}";
        try
        {
            using var c = new NpgsqlConnection(cs.ToString());
            c.Open();
        }
        catch (PostgresException e) when (e.SqlState == "3D000")
        {
            throw new BrugerFejl($"job-storage: databasen '{cs.Database}' findes ikke på {hvor}");
        }
        catch (PostgresException e)
        {
            throw new BrugerFejl($"job-storage på {hvor} afviste forbindelsen (fejlkode {e.SqlState})");
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException)
        {
            throw new BrugerFejl($"kan ikke forbinde til job-storage på {hvor} (tiden løb ud efter {cs.Timeout} s, eller serveren kører ikke)");
        }
    }

    /// <summary>PostgreSQL/SQL Server storage: the log is a table in the same database; in memory: a SQLite file beside the archive.</summary>
    public static LeveringsLog Leveringslog(RapporteringIndstillinger ind, TimeProvider tid) =>
        ind.Jobs.Storage.ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => new LeveringsLog("postgres", Kraev(ind.Jobs), tid),
            "sqlserver" => new LeveringsLog("sqlserver", Kraev(ind.Jobs), tid),
            _ => LeveringsLog.SqliteFil(ind.Levering.LogFil
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ind.Arkiv.Rod).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "levering.db"), tid),
        };

    private static string Kraev(JobIndstillinger j) =>
        string.IsNullOrWhiteSpace(j.Forbindelse) ? throw new BrugerFejl($"Jobs:Forbindelse mangler for storage '{j.Storage}'") : j.Forbindelse;
}
