using System.Globalization;
using Hangfire.Storage;
using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// kill -9 trials on in-memory and PostgreSQL storage (<see cref="DrabForsoeg"/>). The regular suite
/// runs a few; scripts/kill-trials.sh runs many (RAPPORTERING_DRABFORSOEG=N trials per storage).
/// </summary>
[Collection("Hangfire")]
public sealed class DrabForsoegTests(SmtpSink sink, PostgresServer pg, ITestOutputHelper ud) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly BatchOpsaetning _b = new(510, 657, 167);

    private static int Antal(int standard) =>
        int.TryParse(Environment.GetEnvironmentVariable("RAPPORTERING_DRABFORSOEG"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : standard;

    [Fact]
    public Task Drab_under_koersel_paa_inmemory_taber_intet_og_efterlader_intet_halvt() => Koer(new DrabForsoeg(_b, sink, null), Antal(4), 1, Punkt);

    [Fact]
    public Task Drab_under_koersel_paa_postgres_taber_intet_og_efterlader_intet_halvt() =>
        Koer(new DrabForsoeg(_b, sink, pg.OpretDatabaseAsync), Antal(2), 2, i => i % 2 == 0 ? DrabPunkt.Tilstandsskift : Punkt(i));

    /// <summary>
    /// The kill that once hung the rerun (a clean-clone run under load): inside a finished kommune job's
    /// state change, while it held its Hangfire state lock — a row in Hangfire.PostgreSql with no owner, so
    /// it outlived the process and the rerun's requeue of that job waited at start for the lock's timeout.
    /// The postgres trials above kill there in turn (<see cref="DrabPunkt.Tilstandsskift"/>, a few ms wide);
    /// here the same leftovers are made certain: killed while mailing (a kommune job Processing), then the storage
    /// is given what a kill a few milliseconds either side leaves — that job's state lock (shown to block a
    /// state change through Hangfire's own API) and a waiting job fetched by the dead worker but never
    /// marked Processing. The rerun must finish every job, soon (no job left Enqueued or Processing).
    /// </summary>
    [Fact]
    public async Task Efterladt_tilstandslaas_og_hentet_job_paa_postgres_genoptages_straks()
    {
        var plantet = new List<string>();
        var res = await new DrabForsoeg(_b, sink, pg.OpretDatabaseAsync).KoerAsync(1, DrabPunkt.Mail, new Random(1), async cs =>
        {
            await using var c = new Npgsql.NpgsqlConnection(cs);
            await c.OpenAsync();
            async Task<string?> Et(string sql)
            {
                await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
                return (await cmd.ExecuteScalarAsync())?.ToString();
            }
            var behandles = await Et("SELECT min(id) FROM hangfire.job WHERE statename = 'Processing' AND invocationdata::text LIKE '%KommuneJob%'");
            Assert.NotNull(behandles);
            await Et($"INSERT INTO hangfire.lock (resource, acquired) VALUES ('hangfire:job:{behandles}:state-lock', NOW())");
            var venter = await Et("""
                UPDATE hangfire.jobqueue SET fetchedat = NOW() WHERE jobid = (SELECT min(j.id) FROM hangfire.job j JOIN hangfire.jobqueue q ON q.jobid = j.id
                WHERE j.statename = 'Enqueued' AND q.fetchedat IS NULL AND j.invocationdata::text LIKE '%KommuneJob%') RETURNING jobid
                """);
            Assert.NotNull(venter);
            // The planted row is Hangfire's lock: a state change of that job cannot take it.
            using var hf = JobStorageFabrik.Opret(new JobIndstillinger { Storage = "postgres", Forbindelse = cs }).GetConnection();
            Assert.Throws<Hangfire.PostgreSql.PostgreSqlDistributedLockException>(() => { hf.AcquireDistributedJobLock(behandles, TimeSpan.FromSeconds(1)).Dispose(); });
            plantet.Add($"lås på job {behandles}, job {venter} hentet");
        });
        Skriv(res.Linje + " (plantet: " + string.Join("; ", plantet) + ")");
        Assert.True(res.Draebt, res.Linje);
        Assert.Single(plantet);
        Assert.True(res.Ok, res.Linje);
    }

    /// <summary>The kill points in turn (mails most often: that is where a mail can be lost or doubled).</summary>
    private static DrabPunkt Punkt(int i) => (i % 5) switch { 1 or 3 => DrabPunkt.Mail, 2 => DrabPunkt.Arkiv, 4 => DrabPunkt.Mappe, _ => DrabPunkt.Tid };

    private async Task Koer(DrabForsoeg forsoeg, int antal, int saed, Func<int, DrabPunkt> punkt)
    {
        var r = new Random(int.TryParse(Environment.GetEnvironmentVariable("RAPPORTERING_DRABFORSOEG_SAED"), out var s) ? s + saed : saed);
        var resultater = new List<DrabResultat>();
        for (var i = 1; i <= antal; i++)
        {
            var res = await forsoeg.KoerAsync(i, punkt(i), r);
            resultater.Add(res);
            Skriv(res.Linje);
        }
        Skriv($"I ALT {resultater[0].Storage}: {resultater.Count} forsøg, {resultater.Count(x => x.Draebt)} dræbt, {resultater.Count(x => x.Datavindue)} i datavinduet; " +
              $"tabt {resultater.Sum(x => x.Tabt)}, dobbelt {resultater.Sum(x => x.Dobbelt)} (alle med samme Message-ID: {(resultater.All(x => x.DobbeltSammeId) ? "ja" : "nej")}), delvis {resultater.Sum(x => x.Delvis)}");
        Assert.All(resultater, x => Assert.True(x.Ok, x.Linje));
    }

    private void Skriv(string linje)
    {
        ud.WriteLine(linje);
        if (Environment.GetEnvironmentVariable("RAPPORTERING_DRABFORSOEG_RAPPORT") is { Length: > 0 } fil)
            File.AppendAllText(fil, linje + Environment.NewLine);
    }

    public void Dispose() => _b.Dispose();
}
