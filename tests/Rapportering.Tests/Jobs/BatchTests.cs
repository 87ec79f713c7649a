using Rapportering.Archive;
using Rapportering.Tests.Archive;
using Rapportering.Tests.Delivery;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

[CollectionDefinition("Hangfire", DisableParallelization = true)]
public sealed class HangfireSamling : ICollectionFixture<SmtpSink>;

/// <summary>
/// The batch through real Hangfire jobs, the real pipeline and view reader over a SQLite demo
/// database, a real SMTP server (smtp-sink) and the real archive and delivery log.
/// </summary>
[Collection("Hangfire")]
public sealed class BatchTests(SmtpSink sink) : IDisposable
{
    private readonly BatchOpsaetning _b = new(510, 657);

    [Fact]
    public void Praecis_en_mail_pr_modtager_og_anden_koersel_sender_ingen()
    {
        sink.Ryd();
        var ind = _b.Indstillinger(sink.Port);
        var foerste = _b.Koer(ind);
        Assert.All(foerste, l => Assert.True(l.Ok, l.Linje));
        Assert.Equal(["leveret", "leveret"], foerste.Select(l => l.Udfald!.Status));
        var forventet = _b.Modtagere.ToDictionary(m => m, _ => 1);
        Assert.Equal(forventet, sink.AntalPrModtager());
        // The mail carries the real PDF and links to the workbook of the archived version.
        var mail = sink.Mails().First(m => m.Modtagere.Contains("udvalg510@test.dk")).Besked;
        var vedhaeftet = Assert.IsType<MimeKit.MimePart>(mail.Attachments.Single());
        Assert.Equal("510-2017-09-30.pdf", vedhaeftet.ContentDisposition?.FileName);
        Assert.Contains("https://rapportering.test/arkiv/510/2017-09-30/v1/510-2017-09-30.xlsx", mail.TextBody);

        var anden = _b.Koer(ind);
        Assert.Equal(["uaendret", "uaendret"], anden.Select(l => l.Udfald!.Status));
        Assert.Equal(forventet, sink.AntalPrModtager());
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        Assert.Equal([1], arkiv.Versioner(510, BatchOpsaetning.Dato));
        Assert.True(File.Exists(Path.Combine(_b.Rod, "drop", "510", "2017-09-30", "v1", "510-2017-09-30.xlsx")));

        // New data for 510 only (50 more children of every age: every per-1000 figure moves):
        // a new version and exactly one more mail to 510's recipients; 657 stays unchanged.
        Assert.True(_b.Sql("UPDATE befolkning SET antal = antal + 50 WHERE kommune_kode = 510") > 0);
        var tredje = _b.Koer(ind);
        Assert.Equal(["leveret", "uaendret"], tredje.Select(l => l.Udfald!.Status));
        Assert.Equal([1, 2], arkiv.Versioner(510, BatchOpsaetning.Dato));
        Assert.Equal([1], arkiv.Versioner(657, BatchOpsaetning.Dato));
        Assert.Equal(2, sink.Antal("udvalg510@test.dk"));
        Assert.Equal(2, sink.Antal("chef510@test.dk"));
        Assert.Equal(1, sink.Antal("udvalg657@test.dk"));
        ArkivKontrol.IngenHalveFiler(_b.Arkivrod);
    }

    [Fact]
    public void Ufuldstaendig_kommune_holdes_tilbage_og_operatoeren_faar_at_vide_hvad_der_mangler()
    {
        sink.Ryd();
        // 657 loses its population figures of the last 12 months: the gate needs a date in
        // (30 Sep 2016, 30 Sep 2017].
        Assert.True(_b.Sql("DELETE FROM befolkning WHERE kommune_kode = 657 AND dato > '2016-09-30'") > 0);
        var linjer = _b.Koer(_b.Indstillinger(sink.Port));

        var l657 = linjer.Single(l => l.Kommune == 657);
        Assert.Equal("tilbageholdt", l657.Udfald!.Status);
        Assert.False(l657.Ok);
        Assert.Contains("befolkningstal mangler for 30. september 2017", l657.Linje);
        Assert.Equal(0, sink.Antal("udvalg657@test.dk") + sink.Antal("chef657@test.dk"));
        Assert.Equal(0, _b.Bygger.Antal(657)); // held back before rendering
        Assert.False(Directory.Exists(Path.Combine(_b.Arkivrod, "657")));
        Assert.Equal(1, sink.Antal("udvalg510@test.dk"));

        var besked = Assert.Single(sink.Mails(), m => m.Modtagere.Contains(BatchOpsaetning.Operatoer)).Besked;
        Assert.Contains("657", besked.Subject);
        Assert.Contains("befolkningstal mangler for 30. september 2017", besked.TextBody);
    }

    [Fact]
    public void For_mange_daarlige_raekker_holder_rapporten_tilbage_med_view_regel_og_antal()
    {
        sink.Ryd();
        // Every 20th of 657's measures again, with a start date written as words: about 5 % of
        // the view's rows are left out, the gate allows 1 %.
        var daarlige = _b.Sql("INSERT INTO indsats SELECT indsats_id || '-x', person_id, kommune_kode, indsatstype, lovgrundlag, " +
            "bevilget_af, 'i går', slutdato FROM indsats WHERE kommune_kode = 657 AND rowid % 20 = 0");
        Assert.True(daarlige > 10, $"{daarlige} rækker");
        var linjer = _b.Koer(_b.Indstillinger(sink.Port));

        var l657 = linjer.Single(l => l.Kommune == 657);
        Assert.Equal("tilbageholdt", l657.Udfald!.Status);
        Assert.Equal(0, _b.Bygger.Antal(657));
        Assert.Equal(1, sink.Antal("udvalg510@test.dk"));
        var besked = Assert.Single(sink.Mails(), m => m.Modtagere.Contains(BatchOpsaetning.Operatoer)).Besked;
        var linje = Assert.Single(besked.TextBody!.Split('\n'), l => l.StartsWith("- rap_indsats:", StringComparison.Ordinal));
        // Which view, which rule and how many rows (the demo's own three bad measures beside them):
        // "- rap_indsats: 28 af 522 rækker (5,4 pct.) er udeladt (…; ugyldig dato i kolonnen startdato: 25; …); grænsen er 1,0 pct."
        Assert.Matches($@"^- rap_indsats: {daarlige + 3} af [\d.]+ rækker \(\d+,\d pct\.\) er udeladt \(.*ugyldig dato i kolonnen startdato: {daarlige}(;.*)?\); grænsen er 1,0 pct\.$", linje.TrimEnd('\r'));
        Assert.DoesNotContain("i går", besked.TextBody);
    }

    [Fact]
    public void Renderingsfejl_proeves_igen_og_efter_sidste_forsoeg_faar_operatoeren_grunden()
    {
        sink.Ryd();
        // Stand-in failure: 657's render always throws. One retry after 0 s, then the operator.
        _b.Bygger.FejlFor = k => k == 657;
        var ind = _b.Indstillinger(sink.Port) with { Jobs = _b.Indstillinger(sink.Port).Jobs with { Forsoeg = 1 } };
        var foerste = _b.Koer(ind);
        Assert.Equal(2, _b.Bygger.Antal(657)); // first attempt + one retry
        Assert.Single(foerste, l => !l.Ok && l.Linje.StartsWith("657 2017-09-30: job ", StringComparison.Ordinal) && l.Linje.Contains("simuleret nedbrud under rendering af 657"));
        Assert.Equal(0, sink.Antal("udvalg657@test.dk"));
        Assert.Equal(1, sink.Antal("udvalg510@test.dk"));
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        Assert.Empty(arkiv.Versioner(657, BatchOpsaetning.Dato));
        // The notice is sent fire-and-forget from the state filter: give it a moment.
        var frist = DateTime.UtcNow.AddSeconds(10);
        while (sink.Antal(BatchOpsaetning.Operatoer) == 0 && DateTime.UtcNow < frist) Thread.Sleep(50);
        var besked = Assert.Single(sink.Mails(), m => m.Modtagere.Contains(BatchOpsaetning.Operatoer)).Besked;
        Assert.Contains("Rapport for 657 Testkommune 657 pr. 2017-09-30 fejlede", besked.Subject);
        Assert.Contains("simuleret nedbrud under rendering af 657", besked.TextBody);

        // Healthy again: 657 is delivered once, 510 is not sent again.
        _b.Bygger.FejlFor = _ => false;
        var anden = _b.Koer(ind);
        Assert.All(anden, l => Assert.True(l.Ok, l.Linje));
        Assert.All(_b.Modtagere, m => Assert.Equal(1, sink.Antal(m)));
        Assert.Equal([1], arkiv.Versioner(657, BatchOpsaetning.Dato));
    }

    [Fact]
    public void Mailserver_nede_efter_arkivering_og_genstart_fuldfoerer_uden_dobbelt_mail_og_uden_halve_filer()
    {
        sink.Ryd();
        // First run: the mail server is down, so both are archived but not delivered; and a
        // killed archive writer has left half a version behind in the staging folder.
        var halv = Directory.CreateDirectory(Path.Combine(_b.Arkivrod, ".tmp", "510-2017-09-30-v2-dod")).FullName;
        File.WriteAllText(Path.Combine(halv, ".510-2017-09-30.pdf.1.tmp"), "%PDF-1.");
        var foerste = _b.Koer(_b.Indstillinger(smtpPort: 1));
        Assert.All(foerste, l => Assert.False(l.Ok));
        Assert.Empty(sink.Mails());
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        Assert.Equal([1], arkiv.Versioner(510, BatchOpsaetning.Dato));

        // Restart with the mail server up: the batch completes, nothing is archived again.
        var ind = _b.Indstillinger(sink.Port);
        var anden = _b.Koer(ind);
        Assert.All(anden, l => Assert.True(l.Ok, l.Linje));
        Assert.Equal(["uaendret", "uaendret"], anden.Select(l => l.Udfald!.Status));
        Assert.Equal([1], arkiv.Versioner(510, BatchOpsaetning.Dato));
        Assert.All(_b.Modtagere, m => Assert.Equal(1, sink.Antal(m)));

        _b.Koer(ind);
        Assert.All(_b.Modtagere, m => Assert.Equal(1, sink.Antal(m)));
        ArkivKontrol.IngenHalveFiler(_b.Arkivrod);
    }

    public void Dispose() => _b.Dispose();
}
