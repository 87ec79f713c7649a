using Hangfire;
using Microsoft.Extensions.Logging.Abstractions;
using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// What <see cref="PostgresEfterladenskaber"/> takes from a real Hangfire.PostgreSql schema, and what it
/// leaves: ages an hour either side of the 3 s bound, so nothing here hangs on the clock.
/// </summary>
[Collection("Hangfire")]
public sealed class PostgresEfterladenskaberTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Gamle_tilstandslaase_fjernes_og_hentede_job_der_aldrig_blev_Processing_findes()
    {
        var cs = await pg.OpretDatabaseAsync();
        var klient = new BackgroundJobClient(JobStorageFabrik.Opret(new JobIndstillinger { Storage = "postgres", Forbindelse = cs }));
        var forladt = klient.Enqueue(() => Math.Abs(1));      // fetched an hour ago, still Enqueued: its worker is gone
        var netop = klient.Enqueue(() => Math.Abs(2));        // fetched "now" (an hour ahead): a live worker's
        var behandles = klient.Enqueue(() => Math.Abs(3));    // fetched an hour ago and Processing: not this rule's
        var venter = klient.Enqueue(() => Math.Abs(4));       // not fetched

        await using var c = new Npgsql.NpgsqlConnection(cs);
        await c.OpenAsync();
        async Task<List<string>> Sql(string sql)
        {
            await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
            await using var r = await cmd.ExecuteReaderAsync();
            var ud = new List<string>();
            while (await r.ReadAsync()) ud.Add(r.GetValue(0).ToString()!);
            return ud;
        }
        await Sql($"UPDATE hangfire.jobqueue SET fetchedat = NOW() - interval '1 hour' WHERE jobid IN ({forladt}, {behandles})");
        await Sql($"UPDATE hangfire.jobqueue SET fetchedat = NOW() + interval '1 hour' WHERE jobid = {netop}");
        await Sql($"UPDATE hangfire.job SET statename = 'Processing' WHERE id = {behandles}");
        await Sql($"""
            INSERT INTO hangfire.lock (resource, acquired) VALUES
              ('hangfire:job:{forladt}:state-lock', NOW() - interval '1 hour'),
              ('hangfire:job:{netop}:state-lock', NOW() + interval '1 hour'),
              ('hangfire:recurring-jobs:lock', NOW() - interval '1 hour')
            """);

        var fundet = PostgresEfterladenskaber.Ryd(cs, JobStorageFabrik.PostgresSkema, NullLogger.Instance);

        Assert.Equal([forladt], fundet);
        // The old state lock is gone; a young one (a live state change) and a lock that is not a job's stay.
        Assert.Equal([$"hangfire:job:{netop}:state-lock", "hangfire:recurring-jobs:lock"], (await Sql("SELECT resource FROM hangfire.lock")).Order(StringComparer.Ordinal));
        // Nothing is requeued here (GenoptagneJob does that through Hangfire): the queue is as it was.
        Assert.Equal([forladt, netop, behandles, venter], await Sql("SELECT jobid FROM hangfire.jobqueue ORDER BY jobid"));
    }

    [Theory]
    // Another machine's server that beat a moment ago: alive, so its possibly slow state change is left alone.
    [InlineData("andenmaskine:4242:ab12cd34", "0 seconds", false)]
    // The same, silent for ten minutes: gone.
    [InlineData("andenmaskine:4242:ab12cd34", "10 minutes", true)]
    // A server of this machine whose process is gone (the kill trials' case): dead though it beat a moment ago.
    [InlineData("{maskine}:{doed}:ab12cd34", "0 seconds", true)]
    // This very process's own server, started beside the clean-up: not another server.
    [InlineData("{maskine}:{denne}:ab12cd34", "0 seconds", true)]
    public async Task En_anden_levende_server_paa_samme_lager_faar_sine_laase_i_fred(string server, string alder, bool ryddes)
    {
        var cs = await pg.OpretDatabaseAsync();
        var klient = new BackgroundJobClient(JobStorageFabrik.Opret(new JobIndstillinger { Storage = "postgres", Forbindelse = cs }));
        var job = klient.Enqueue(() => Math.Abs(1));
        await using var c = new Npgsql.NpgsqlConnection(cs);
        await c.OpenAsync();
        async Task<List<string>> Sql(string sql, string? id = null)
        {
            await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
            if (id is not null) cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync();
            var ud = new List<string>();
            while (await r.ReadAsync()) ud.Add(r.GetValue(0).ToString()!);
            return ud;
        }
        var id = server.Replace("{maskine}", Rapportering.Output.Efterladenskaber.Maskine, StringComparison.Ordinal)
            .Replace("{doed}", DoedPid().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{denne}", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await Sql($"INSERT INTO hangfire.server (id, data, lastheartbeat) VALUES (@id, '{{}}', NOW() - interval '{alder}')", id);
        await Sql($"UPDATE hangfire.jobqueue SET fetchedat = NOW() - interval '1 hour' WHERE jobid = {job}");
        await Sql($"INSERT INTO hangfire.lock (resource, acquired) VALUES ('hangfire:job:{job}:state-lock', NOW() - interval '1 hour')");

        var fundet = PostgresEfterladenskaber.Ryd(cs, JobStorageFabrik.PostgresSkema, NullLogger.Instance);

        Assert.Equal(ryddes ? [job] : [], fundet);
        Assert.Equal(ryddes ? [] : [$"hangfire:job:{job}:state-lock"], await Sql("SELECT resource FROM hangfire.lock"));
    }

    /// <summary>A pid no process of this machine has: a short-lived child's, after it exited.</summary>
    private static int DoedPid()
    {
        using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        p.WaitForExit();
        return p.Id;
    }
}
