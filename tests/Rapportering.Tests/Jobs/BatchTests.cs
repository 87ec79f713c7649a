using Rapportering.Archive;
using Rapportering.Tests.Delivery;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

[CollectionDefinition("Hangfire", DisableParallelization = true)]
public sealed class HangfireSamling : ICollectionFixture<SmtpSink>;

/// <summary>The batch through real Hangfire jobs, a real SMTP server (smtp-sink) and the real archive and delivery log.</summary>
[Collection("Hangfire")]
public sealed class BatchTests(SmtpSink sink) : IDisposable
{
    private readonly BatchOpsaetning _b = new();

    [Fact]
    public void Praecis_en_mail_pr_modtager_og_anden_koersel_sender_ingen()
    {
        sink.Ryd();
        var ind = _b.Indstillinger(sink.Port, 901, 902);
        var foerste = _b.Koer(ind);
        Assert.All(foerste, l => Assert.True(l.Ok, l.Linje));
        Assert.Equal(["leveret", "leveret"], foerste.Select(l => l.Udfald!.Status));
        var forventet = new Dictionary<string, int> { ["udvalg901@test.dk"] = 1, ["chef901@test.dk"] = 1, ["udvalg902@test.dk"] = 1, ["chef902@test.dk"] = 1 };
        Assert.Equal(forventet, sink.AntalPrModtager());
        // The mail carries the PDF and links to the workbook of the archived version.
        var mail = sink.Mails().First(m => m.Modtagere.Contains("udvalg901@test.dk")).Besked;
        Assert.Equal("901-2017-09-30.pdf", mail.Attachments.Single().ContentDisposition?.FileName);
        Assert.Contains("https://rapportering.test/arkiv/901/2017-09-30/v1/901-2017-09-30.xlsx", mail.TextBody);

        var anden = _b.Koer(ind);
        Assert.Equal(["uaendret", "uaendret"], anden.Select(l => l.Udfald!.Status));
        Assert.Equal(forventet, sink.AntalPrModtager());
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        Assert.Equal([1], arkiv.Versioner(901, BatchOpsaetning.Dato));
        Assert.True(File.Exists(Path.Combine(_b.Rod, "drop", "901", "2017-09-30", "v1", "901-2017-09-30.xlsx")));

        // New data: a new version, and exactly one more mail each.
        _b.Bygger.Dataversion = 2;
        var tredje = _b.Koer(ind);
        Assert.Equal(["leveret", "leveret"], tredje.Select(l => l.Udfald!.Status));
        Assert.Equal([1, 2], arkiv.Versioner(901, BatchOpsaetning.Dato));
        Assert.All(forventet.Keys, m => Assert.Equal(2, sink.Antal(m)));
    }

    [Fact]
    public void Ufuldstaendig_kommune_holdes_tilbage_og_operatoeren_faar_at_vide_hvad_der_mangler()
    {
        sink.Ryd();
        _b.Kilde.Ufuldstaendige.Add(903);
        var linjer = _b.Koer(_b.Indstillinger(sink.Port, 901, 903));

        Assert.Equal("tilbageholdt", linjer.Single(l => l.Kommune == 903).Udfald!.Status);
        Assert.False(linjer.Single(l => l.Kommune == 903).Ok);
        Assert.Equal(0, sink.Antal("udvalg903@test.dk") + sink.Antal("chef903@test.dk"));
        Assert.False(_b.Bygger.Renderinger.ContainsKey(903)); // held back before rendering
        Assert.False(Directory.Exists(Path.Combine(_b.Arkivrod, "903")));
        Assert.Equal(1, sink.Antal("udvalg901@test.dk"));

        var besked = Assert.Single(sink.Mails(), m => m.Modtagere.Contains(BatchOpsaetning.Operatoer)).Besked;
        Assert.Contains("903", besked.Subject);
        Assert.Contains("befolkningstal mangler for 30. september 2017", besked.TextBody);
        Assert.Contains("regnskab 2016 mangler", besked.TextBody);
    }

    [Fact]
    public void Nedbrud_midt_i_batchen_og_genstart_fuldfoerer_uden_dobbelt_mail_og_uden_halve_filer()
    {
        sink.Ryd();
        // First run: 902 dies while rendering; the mail server is down, so 901 is archived but
        // not delivered; and a killed archive writer has left half a version behind.
        var halv = Directory.CreateDirectory(Path.Combine(_b.Arkivrod, ".tmp", "901-2017-09-30-v2-dod")).FullName;
        File.WriteAllText(Path.Combine(halv, ".901-2017-09-30.pdf.1.tmp"), "%PDF-1.");
        _b.Bygger.FejlFor = k => k == 902;
        var foerste = _b.Koer(_b.Indstillinger(smtpPort: 1, 901, 902));
        Assert.All(foerste, l => Assert.False(l.Ok));
        Assert.Empty(sink.Mails());
        var arkiv = new Arkiv(_b.Arkivrod, TimeProvider.System);
        Assert.Equal([1], arkiv.Versioner(901, BatchOpsaetning.Dato));
        Assert.Empty(arkiv.Versioner(902, BatchOpsaetning.Dato));

        // Restart with everything healthy: the batch completes, 901 is not archived again.
        _b.Bygger.FejlFor = _ => false;
        var ind = _b.Indstillinger(sink.Port, 901, 902);
        var anden = _b.Koer(ind);
        Assert.All(anden, l => Assert.True(l.Ok, l.Linje));
        Assert.Equal([1], arkiv.Versioner(901, BatchOpsaetning.Dato));
        Assert.Equal([1], arkiv.Versioner(902, BatchOpsaetning.Dato));
        var hver = new[] { "udvalg901@test.dk", "chef901@test.dk", "udvalg902@test.dk", "chef902@test.dk" };
        Assert.All(hver, m => Assert.Equal(1, sink.Antal(m)));

        // And once more: nothing new goes out.
        _b.Koer(ind);
        Assert.All(hver, m => Assert.Equal(1, sink.Antal(m)));
        ArkivKontrol.IngenHalveFiler(_b.Arkivrod);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_b.Arkivrod, "901"), "*.tmp", SearchOption.AllDirectories));
    }

    public void Dispose() => _b.Dispose();
}
