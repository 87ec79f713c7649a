using Rapportering.Archive;
using Rapportering.Delivery;
using Rapportering.Tests.Archive;
using Rapportering.Tests.Delivery;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>`rapportering run` as a real process, killed mid-batch, then run again to completion.</summary>
[Collection("Hangfire")]
public sealed class ProcesDrabTests(SmtpSink sink) : IDisposable
{
    private readonly BatchOpsaetning _b = new(510, 657, 167);

    [Fact]
    public void Draebt_midt_i_batchen_og_genstartet_giver_en_mail_pr_modtager_og_hele_versioner()
    {
        sink.Ryd();
        // One worker: kommuner run one after another in fan-out order (167, 510, 657).
        var config = _b.ConfigFil(_b.Indstillinger(sink.Port, arbejdere: 1));
        var args = new[] { "run", "--skaeringsdato", "2017-09-30", "--config", config, "--timeout", "60" };

        using (var foerste = new RapporteringProces(args))
        {
            // Kill once the first kommune's two mails are in, ~100 ms into the next kommune's
            // render: the crash lands between two kommuner's deliveries. Kills inside a delivery
            // are DrabForsoegTests' subject (docs/drift.md, "Kill trials").
            var frist = DateTime.UtcNow.AddSeconds(40);
            while (sink.AntalFaerdige() < 2 && !foerste.Afsluttet && DateTime.UtcNow < frist) Thread.Sleep(20);
            Thread.Sleep(100);
            Assert.True(sink.AntalFaerdige() >= 2, "ingen mails inden for 40 s");
            Assert.False(foerste.Afsluttet, $"kørslen sluttede før den blev dræbt: {foerste.Ud} {foerste.Fejl}");
            foerste.Draeb();
        }
        var efterDrab = sink.Mails().Count;
        Assert.InRange(efterDrab, 2, 5); // the batch was not complete (6 mails) when it died

        using (var anden = new RapporteringProces(args))
        {
            var kode = anden.Vent(TimeSpan.FromSeconds(60));
            Assert.True(kode == 0, $"exit {kode}: {anden.Ud} {anden.Fejl}");
            // One result line per kommune; 167 was done before the kill: unchanged, nothing sent again.
            var linjer = anden.Ud.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{3} 2017-09-30: ")).ToList();
            Assert.Equal(3, linjer.Count);
            Assert.Contains(linjer, l => l.StartsWith("167 2017-09-30: uændret version v1, sendt til 0", StringComparison.Ordinal));
        }

        Assert.All(_b.Modtagere, m => Assert.Equal(1, sink.Antal(m)));
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        foreach (var k in _b.Kommuner)
        {
            Assert.Equal([1], arkiv.Versioner(k, BatchOpsaetning.Dato));
            var m = arkiv.LaesManifest(k, BatchOpsaetning.Dato, 1)!;
            Assert.Equal([$"{k}-2017-09-30.html", $"{k}-2017-09-30.json", $"{k}-2017-09-30.pdf", $"{k}-2017-09-30.xlsx"], m.Filer.Select(f => f.Navn).Order());
        }
        // Every version folder holds exactly its manifest's files with matching hashes, and no
        // temp file is left in any version folder (staging remnants live only under .tmp).
        ArkivKontrol.IngenHalveFiler(_b.Arkivrod);
        Assert.DoesNotContain(Directory.EnumerateFiles(_b.Arkivrod, "*", SearchOption.AllDirectories),
            f => !f.Contains("/.tmp/") && (f.EndsWith(".tmp", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith('.')));
        // The delivery log agrees: every recipient sent, none left claimed.
        var log = LeveringsLog.SqliteFil(Path.Combine(_b.Rod, "levering.db"), TimeProvider.System);
        var poster = _b.Kommuner.SelectMany(k => log.PosterAsync(k, "2017-09-30").GetAwaiter().GetResult()).Where(p => !p.Noegle.Modtager.StartsWith("mappe:", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, poster.Count);
        Assert.All(poster, p => Assert.Equal(LeveringsTilstand.Sendt, p.Tilstand));
    }

    public void Dispose() => _b.Dispose();
}
