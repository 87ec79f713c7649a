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
}
