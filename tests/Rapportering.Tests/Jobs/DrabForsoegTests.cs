using System.Globalization;
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
    public Task Drab_under_koersel_paa_inmemory_taber_intet_og_efterlader_intet_halvt() => Koer(new DrabForsoeg(_b, sink, null), Antal(4), 1);

    [Fact]
    public Task Drab_under_koersel_paa_postgres_taber_intet_og_efterlader_intet_halvt() => Koer(new DrabForsoeg(_b, sink, pg.OpretDatabaseAsync), Antal(2), 2);

    /// <summary>
    /// The kill that once hung the rerun: while a finished kommune job's state change held its Hangfire
    /// state lock. The lock row outlived the process (no owner in Hangfire.PostgreSql), so the rerun's
    /// requeue of that job waited for the storage's lock timeout.
    /// </summary>
    [Fact]
    public async Task Drab_under_tilstandsskift_paa_postgres_blokerer_ikke_genkoerslen()
    {
        var res = await new DrabForsoeg(_b, sink, pg.OpretDatabaseAsync).KoerAsync(1, DrabPunkt.Tilstandsskift, new Random(1));
        Skriv(res.Linje);
        Assert.True(res.Draebt, res.Linje);
        Assert.True(res.Ok, res.Linje);
    }

    private async Task Koer(DrabForsoeg forsoeg, int antal, int saed)
    {
        var r = new Random(int.TryParse(Environment.GetEnvironmentVariable("RAPPORTERING_DRABFORSOEG_SAED"), out var s) ? s + saed : saed);
        var resultater = new List<DrabResultat>();
        for (var i = 1; i <= antal; i++)
        {
            // The kill points in turn (mails most often: that is where a mail can be lost or doubled).
            var punkt = (i % 5) switch { 1 or 3 => DrabPunkt.Mail, 2 => DrabPunkt.Arkiv, 4 => DrabPunkt.Mappe, _ => DrabPunkt.Tid };
            var res = await forsoeg.KoerAsync(i, punkt, r);
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
