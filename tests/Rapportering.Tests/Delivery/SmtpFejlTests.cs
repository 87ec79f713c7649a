using System.Diagnostics;
using Rapportering.Delivery;
using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;
using Rapportering.Tests.Jobs;

namespace Rapportering.Tests.Delivery;

/// <summary>
/// A mail server that refuses, hangs up or stalls (a real TCP peer, <see cref="SmtpFejlServer"/>),
/// then a healthy one (smtp-sink): every recipient gets the report exactly once.
/// </summary>
[Collection("Hangfire")]
public sealed class SmtpFejlTests(SmtpSink sink) : IDisposable
{
    private readonly BatchOpsaetning _b = new(510);
    private const string Udvalg = "udvalg510@test.dk";
    private const string Chef = "chef510@test.dk";

    private RapporteringIndstillinger Med(int port, string uvished = "gentag")
    {
        var ind = _b.Indstillinger(port);
        return ind with { Smtp = ind.Smtp with { TimeoutSekunder = 1 }, Levering = ind.Levering with { Uvished = uvished } };
    }

    private LeveringsLog Log => LeveringsLog.SqliteFil(Path.Combine(_b.Rod, "levering.db"), TimeProvider.System);

    [Theory]
    [InlineData(SmtpFejl.Afvis4xx)]
    [InlineData(SmtpFejl.Afvis5xx)]
    [InlineData(SmtpFejl.LaegPaaVedRcpt)]
    [InlineData(SmtpFejl.LaegPaaVedData)]
    [InlineData(SmtpFejl.StaaStilleVedRcpt)]
    public async Task Fejl_foer_data_leveres_praecis_en_gang_naar_serveren_er_rask(SmtpFejl fejl)
    {
        sink.Ryd();
        using (var server = new SmtpFejlServer(fejl))
        {
            var foerste = _b.Koer(Med(server.Port));
            var l = Assert.Single(foerste);
            Assert.False(l.Ok, l.Linje);
            Assert.StartsWith("510 2017-09-30: job ", l.Linje);
            Assert.Empty(server.Modtaget);
        }
        // Nothing was handed over, so nothing is left in the unknown window.
        Assert.DoesNotContain(await Log.PosterAsync(510, "2017-09-30"), p => p.Tilstand == LeveringsTilstand.Overdraget);

        var anden = Assert.Single(_b.Koer(Med(sink.Port)));
        Assert.True(anden.Ok, anden.Linje);
        Assert.False(anden.Uvished, anden.Linje);
        Assert.Equal(1, sink.Antal(Udvalg));
        Assert.Equal(1, sink.Antal(Chef));
        Assert.Contains("sendt til 2", anden.Linje); // the folder drop was done in the first run
    }

    [Fact]
    public async Task Staa_stille_efter_data_gentages_med_samme_message_id_og_koerslen_siger_det()
    {
        sink.Ryd();
        string? messageId;
        using (var server = new SmtpFejlServer(SmtpFejl.StaaStilleEfterData))
        {
            Assert.False(Assert.Single(_b.Koer(Med(server.Port))).Ok);
            // The run's own operator notice ("fejlede") may reach the same stalling server too.
            messageId = Assert.Single(server.Modtaget, m => m.To.Mailboxes.Any(a => a.Address == Udvalg)).MessageId;
        }
        var post = Assert.Single(await Log.PosterAsync(510, "2017-09-30"), p => p.Noegle.Modtager == Udvalg);
        Assert.Equal(LeveringsTilstand.Overdraget, post.Tilstand);

        var anden = Assert.Single(_b.Koer(Med(sink.Port)));
        Assert.True(anden.Ok, anden.Linje);
        Assert.True(anden.Uvished, anden.Linje); // `run` exits 3
        Assert.Equal([Udvalg], anden.Udfald!.Gentaget);
        Assert.Contains("sendt igen efter afbrudt afsendelse (samme Message-ID): " + Udvalg, anden.Linje);
        Assert.Equal(1, sink.Antal(Udvalg));
        Assert.Equal(1, sink.Antal(Chef));
        Assert.Equal(messageId, sink.Mails().Single(m => m.Modtagere.Contains(Udvalg)).Besked.MessageId);
        var besked = sink.Mails().Single(m => m.Modtagere.Contains(BatchOpsaetning.Operatoer)).Besked;
        Assert.Equal("Rapport for 510 Testkommune 510 pr. 2017-09-30 sendt igen", besked.Subject);
    }

    [Fact]
    public async Task Spoerg_melder_uafklaret_med_det_samme_og_beskedens_kommando_virker_som_trykt()
    {
        sink.Ryd();
        using (var server = new SmtpFejlServer(SmtpFejl.StaaStilleEfterData))
            Assert.False(Assert.Single(_b.Koer(Med(server.Port, "spoerg"))).Ok);

        var rask = Med(sink.Port, "spoerg");
        rask = rask with { KonfigFil = _b.ConfigFil(rask) };
        var anden = Assert.Single(_b.Koer(rask));
        Assert.True(anden.Uvished, anden.Linje);
        Assert.Equal([Udvalg], anden.Udfald!.Uafklaret);
        Assert.Equal(0, sink.Antal(Udvalg)); // at most once: left to the operator
        Assert.Equal(1, sink.Antal(Chef));

        // The notice arrives at once (no waiting time) and names the kommune and the exact command.
        var besked = sink.Mails().Single(m => m.Modtagere.Contains(BatchOpsaetning.Operatoer)).Besked;
        Assert.Equal("Uafklaret levering for 510 Testkommune 510 pr. 2017-09-30", besked.Subject);
        var praefiks = $"- {Udvalg} (version 1): ";
        var kommando = besked.TextBody!.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith(praefiks, StringComparison.Ordinal))[praefiks.Length..];
        Assert.Contains(" resend --kommune 510 --skaeringsdato 2017-09-30 --modtager " + Udvalg + " --version 1 --config /", kommando);

        // Run it exactly as printed, from another folder.
        var psi = new ProcessStartInfo("bash") { WorkingDirectory = "/", RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(kommando);
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        using var p = Process.Start(psi)!;
        var ud = p.StandardOutput.ReadToEndAsync();
        var fejl = p.StandardError.ReadToEndAsync();
        using var frist = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(frist.Token);
        var (udTekst, fejlTekst) = (await ud, await fejl);
        Assert.True(p.ExitCode == 0, $"exit {p.ExitCode}: {udTekst} {fejlTekst}");
        Assert.Contains($"510 2017-09-30: gensendt til {Udvalg}", udTekst);
        Assert.Equal(1, sink.Antal(Udvalg));
    }

    public void Dispose() => _b.Dispose();
}
