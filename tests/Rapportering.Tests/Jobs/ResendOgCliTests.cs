using Rapportering.Archive;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>`rapportering resend` and `run` as the built executable (child processes).</summary>
[Collection("Hangfire")]
public sealed class ResendOgCliTests(SmtpSink sink) : IDisposable
{
    private readonly BatchOpsaetning _b = new(510);

    [Fact]
    public void Resend_sender_fra_arkivet_uden_ny_rendering_og_uden_ny_version()
    {
        sink.Ryd();
        var ind = _b.Indstillinger(sink.Port);
        Assert.All(_b.Koer(ind), l => Assert.True(l.Ok, l.Linje));
        Assert.Equal(1, sink.Antal("chef510@test.dk"));
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        var foer = Directory.GetLastWriteTimeUtc(arkiv.VersionsMappe(510, BatchOpsaetning.Dato, 1));
        // Break the data source: a resend that rendered would now fail.
        File.Delete(_b.DbFil);

        using var p = new RapporteringProces("resend", "--kommune", "510", "--skaeringsdato", "2017-09-30", "--modtager", "chef510@test.dk", "--config", _b.ConfigFil(ind));
        var kode = p.Vent(TimeSpan.FromSeconds(30));
        Assert.True(kode == 0, $"exit {kode}: {p.Ud} {p.Fejl}");
        Assert.Contains("510 2017-09-30: gensendt til chef510@test.dk", p.Ud);

        Assert.Equal(2, sink.Antal("chef510@test.dk"));
        Assert.Equal(1, sink.Antal("udvalg510@test.dk"));
        var gensendt = sink.Mails().Where(m => m.Modtagere.Contains("chef510@test.dk")).Select(m => m.Besked).Last();
        Assert.Equal("510-2017-09-30.pdf", gensendt.Attachments.Single().ContentDisposition?.FileName);
        // The attached PDF is the archived one, byte for byte.
        using var ms = new MemoryStream();
        ((MimeKit.MimePart)gensendt.Attachments.Single()).Content!.DecodeTo(ms);
        Assert.Equal(arkiv.LaesFil(510, BatchOpsaetning.Dato, 1, "510-2017-09-30.pdf"), ms.ToArray());
        Assert.Equal([1], arkiv.Versioner(510, BatchOpsaetning.Dato));
        Assert.Equal(foer, Directory.GetLastWriteTimeUtc(arkiv.VersionsMappe(510, BatchOpsaetning.Dato, 1)));
    }

    [Theory]
    [InlineData("run --skaeringsdato 2017-09-31")]
    [InlineData("run --skaeringsdato 2017-09-30 --kommune fem")]
    [InlineData("run --skaeringsdato 2017-09-30 --bogus 1")]
    public void Run_med_forkert_argument_giver_en_linje_paa_stderr_og_exit_2(string kommando)
    {
        using var p = new RapporteringProces(kommando.Split(' '));
        var kode = p.Vent(TimeSpan.FromSeconds(30));
        Assert.Equal(2, kode);
        var linjer = p.Fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(linjer);
        Assert.StartsWith("rapportering run: ", linjer[0]);
        Assert.DoesNotContain("   at ", p.Fejl);
    }

    public void Dispose() => _b.Dispose();
}
