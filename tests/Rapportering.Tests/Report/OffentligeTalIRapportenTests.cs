using Rapportering.Offentlige;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Pdf;
using Rapportering.Report;
using Rapportering.Sammenligninger;
using Rapportering.Templates;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Report;

/// <summary>
/// Sections 3 and 4 beside hele landet (Figur 35–36 of the 2018 evaluation): report blocks, so the
/// PDF (read back) and the HTML show the same table with source and caveat; ".." is "ikke oplyst";
/// without public figures one line says so and no table is drawn.
/// </summary>
public sealed class OffentligeTalIRapportenTests
{
    /// <summary>Anbragte pr. 1.000 in 2017: 510 10,0 (108 / 10.800), 657 ikke oplyst, hele landet 10,0 (only 510 is known);
    /// anbringelsesformer for 510: institution 25 of 100 = 25,0 pct.</summary>
    private static IReadOnlyList<OffentligSammenligning> Offentlige()
    {
        IEnumerable<OffentligtTal> Bef(int k) => Enumerable.Range(0, 18).Select(a => new OffentligtTal("FOLK1A", "befolkning", k, "2018K1", $"{a}", 600, false));
        List<OffentligtTal> tal =
        [
            .. Bef(510), .. Bef(657),
            new("ANBAAR9", "anbragte_efter_alder", 510, "2017", "9917", 108, false),
            new("ANBAAR9", "anbragte_efter_alder", 657, "2017", "9917", null, true),
            new("ANBAAR12", "anbragte_efter_sted", 510, "2017", "0", 100, false),
            new("ANBAAR12", "anbragte_efter_sted", 510, "2017", "9", 20, false),
            new("ANBAAR12", "anbragte_efter_sted", 510, "2017", "27", 5, false),
            new("ANBAAR12", "anbragte_efter_sted", 510, "2017", "21", 60, false),
            new("ANBAAR12", "anbragte_efter_sted", 510, "2017", "1", 15, false),
        ];
        var afledte = AfledteTal.Beregn(tal, OffentligeTalSkabelon.Laes(Skabeloner.Standard()), null).Tal;
        return OffentligSammenligning.Byg(afledte, 510, [657], k => k == 510 ? "Haderslev Kommune" : "Herning Kommune", "Hele landet");
    }

    private static RapportDokument Dokument(bool medOffentlige) =>
        RapportKomponist.Komponer(RapportFixtur.Input() with { Offentlige = medOffentlige ? Offentlige() : [] });

    private static Afsnit Afsnit(RapportDokument d, string id) => d.Afsnit.Single(a => a.Id == id);

    [Fact]
    public void Anbringelser_viser_kommunen_referencekommunen_og_hele_landet_med_kilde_og_forbehold()
    {
        var a = Afsnit(Dokument(true), "anbringelser");
        var i = a.Blokke.ToList().FindIndex(b => b is Underoverskrift u && u.Tekst == "3.4 Sammenlignet med hele landet (Danmarks Statistik)");
        Assert.True(i > 0);
        var tabeller = a.Blokke.Skip(i + 1).OfType<Tabel>().ToList();
        var anbragte = tabeller.Single(t => t.Titel.Contains("Anbragte 0-17-årige pr. 1.000"));
        Assert.Equal(["Område", "2017"], anbragte.Kolonner.Select(k => k.Overskrift));
        Assert.Equal(["Haderslev Kommune", "10,0"], anbragte.Raekker[0].Select(c => c.Tekst));
        Assert.True(anbragte.Raekker[0][0].Fed);
        Assert.Equal(["Herning Kommune", "ikke oplyst"], anbragte.Raekker[1].Select(c => c.Tekst));
        Assert.Equal(["Hele landet", "10,0"], anbragte.Raekker[2].Select(c => c.Tekst));
        Assert.StartsWith("Kilde: Anbringelsesstatistikken (Danmarks Statistik), ANBAAR9, og FOLK1A.", anbragte.Fodnote);
        Assert.Contains("funktionsnedsættelse og uledsagede mindreårige", anbragte.Fodnote);
        // One distribution table: each area's forms together. Institution (9 + 27) 25, familiepleje (21) 60,
        // netværkspleje (1) 15 of 100; 657 has no ANBAAR12 row: "–", never 0.
        var former = tabeller.Single(t => t.Titel.Contains("efter anbringelsesform"));
        Assert.Equal(["Område", "Anbringelsesform", "2017"], former.Kolonner.Select(c => c.Overskrift));
        var raekker = former.Raekker.Select(r => string.Join(" | ", r.Select(c => c.Tekst))).ToList();
        Assert.Equal("Haderslev Kommune | Institution | 25,0", raekker[0]);
        Assert.Equal("Haderslev Kommune | Familiepleje | 60,0", raekker[1]);
        Assert.Equal("Haderslev Kommune | Netværkspleje | 15,0", raekker[2]);
        var formerPrOmraade = raekker.Count / 3;
        Assert.Equal(3 * formerPrOmraade, raekker.Count); // Haderslev, Herning, hele landet: the same forms each
        Assert.Equal("Herning Kommune | Institution | –", raekker[formerPrOmraade]);
        Assert.Equal("Hele landet | Institution | 25,0", raekker[2 * formerPrOmraade]);
        Assert.True(former.Raekker[0][0].Fed);
        Assert.False(former.Raekker[formerPrOmraade][0].Fed);
        Assert.StartsWith("Kilde: Anbringelsesstatistikken", former.Fodnote);
        Assert.DoesNotContain(tabeller, t => t.Titel.EndsWith("institution", StringComparison.Ordinal));
    }

    [Fact]
    public void Uden_offentlige_tal_siger_en_linje_det_og_der_er_ingen_tom_tabel()
    {
        var d = Dokument(false);
        foreach (var (id, nr) in new[] { ("anbringelser", "3.4"), ("oekonomi", "4.4") })
        {
            var blokke = Afsnit(d, id).Blokke.ToList();
            Assert.DoesNotContain(blokke, b => b is Underoverskrift u && u.Tekst.StartsWith(nr + " ", StringComparison.Ordinal));
            Assert.DoesNotContain(blokke, b => b is Tabel t && t.Titel.Contains("31. december", StringComparison.Ordinal));
            Assert.Equal(RapportTekster.Indbyggede().Hent("offentlige.ingen"), Assert.IsType<Tekst>(blokke[^1]).Indhold);
        }
    }

    [Fact]
    public void Pdf_og_html_viser_samme_tabel()
    {
        var d = Dokument(true);
        var html = HtmlRenderer.Render(d);
        Assert.Contains("3.4 Sammenlignet med hele landet (Danmarks Statistik)", html);
        Assert.Contains("<td class=\"tal\">ikke oplyst</td>", html);
        Assert.Contains("Kilde: Anbringelsesstatistikken (Danmarks Statistik), ANBAAR9, og FOLK1A.", html);

        var pdf = new PdfRenderer().Render(d);
        using var doc = PdfDocument.Open(pdf);
        var side = doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))
            .First(t => t.Contains("3.4 Sammenlignet med hele landet"));
        Assert.Contains("Herning Kommune ikke oplyst", side);
        Assert.Contains("Hele landet 10,0", side);
        Assert.Contains("Anbringelsesstatistikken", side);
        var sti = Environment.GetEnvironmentVariable("RAPPORTERING_PDF_UD");
        if (sti is not null) File.WriteAllBytes(Path.Combine(sti, "offentlige-tal.pdf"), pdf);
    }
}
