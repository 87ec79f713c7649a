using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rapportering.Delivery;

/// <summary>
/// A named lock that is released when its holder dies (kill -9 included): the operating system
/// or the database server drops it with the process or its connection. Used by <see cref="LeveringsLog.LaasAsync"/>.
/// </summary>
internal static class LeveringsLaas
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public static async Task<IAsyncDisposable> TagAsync(string provider, string forbindelse, string navn, TimeSpan frist, CancellationToken ct)
    {
        var slut = DateTime.UtcNow + frist;
        while (true)
        {
            var laas = provider switch
            {
                "postgres" => await PostgresAsync(forbindelse, navn, ct),
                "sqlserver" => await SqlServerAsync(forbindelse, navn, ct),
                _ => Fil(forbindelse, navn),
            };
            if (laas is not null) return laas;
            if (DateTime.UtcNow > slut)
                throw new LeveringsFejl($"leveringen venter på en anden afsender ({navn}) i mere end {frist.TotalSeconds:0} s");
            await Task.Delay(Pause, ct);
        }
    }

    private static async Task<IAsyncDisposable?> PostgresAsync(string forbindelse, string navn, CancellationToken ct)
    {
        // A session lock on a connection of its own, never returned to the pool while held.
        var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(forbindelse) { Pooling = false }.ToString());
        await c.OpenAsync(ct);
        if (await c.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(hashtext(@navn))", new { navn }, cancellationToken: ct)))
            return new Forbindelseslaas(c);
        await c.DisposeAsync();
        return null;
    }

    private static async Task<IAsyncDisposable?> SqlServerAsync(string forbindelse, string navn, CancellationToken ct)
    {
        var c = new SqlConnection(new SqlConnectionStringBuilder(forbindelse) { Pooling = false }.ToString());
        await c.OpenAsync(ct);
        var r = await c.ExecuteScalarAsync<int>(new CommandDefinition(
            "DECLARE @r int; EXEC @r = sp_getapplock @Resource = @navn, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT @r",
            new { navn }, cancellationToken: ct));
        if (r >= 0) return new Forbindelseslaas(c);
        await c.DisposeAsync();
        return null;
    }

    /// <summary>An exclusive open of a lock file (flock on Linux) beside the SQLite log.</summary>
    private static IAsyncDisposable? Fil(string forbindelse, string navn)
    {
        var db = Path.GetFullPath(new SqliteConnectionStringBuilder(forbindelse).DataSource);
        var mappe = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(db)!, ".levering-laas")).FullName;
        var sti = Path.Combine(mappe, navn.Replace(':', '_') + ".lock");
        try
        {
            return new Fillaas(new FileStream(sti, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null; // held by another process
        }
    }

    private sealed class Forbindelseslaas(System.Data.Common.DbConnection c) : IAsyncDisposable
    {
        // Closing the (unpooled) connection ends the session and with it the lock.
        public ValueTask DisposeAsync() => c.DisposeAsync();
    }

    private sealed class Fillaas(FileStream f) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => f.DisposeAsync();
    }
}

/// <summary>A delivery that cannot go on now, for a reason we can name in one line.</summary>
public sealed class LeveringsFejl(string besked) : Exception(besked);

/// <summary>Another sender took the claim over before the data went out: this one must not send.</summary>
public sealed class KravTabtException() : Exception("en anden afsender har overtaget leveringen");
