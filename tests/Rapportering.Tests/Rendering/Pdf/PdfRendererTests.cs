using System.Text;
using Rapportering.Rendering.Pdf;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Rendering.Pdf;

public sealed class PdfRendererTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => new PdfRenderer().Render(PdfEksempel.Dokument()));

    private static List<string> SideTekster()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        return [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    [Fact]
    public void Eksempel_gemmes_til_at_se_paa()
    {
        var sti = Path.Combine(Path.GetTempPath(), "rapportering-pdf-eksempel.pdf");
        File.WriteAllBytes(sti, Pdf.Value);
        Assert.True(new FileInfo(sti).Length > 10_000);
    }

    [Fact]
    public void Hver_afsnitsoverskrift_står_på_sin_side_som_indholdsfortegnelsen_angiver()
    {
        var sider = SideTekster();
        var indhold = sider[1]; // page 1 is the cover, page 2 the contents ("Side 1 af N")
        Assert.Contains("Indhold", indhold);
        foreach (var afsnit in PdfEksempel.Dokument().Afsnit)
        {
            var fysisk = sider.FindIndex(2, s => s.Contains(afsnit.FuldOverskrift));
            Assert.True(fysisk >= 2, $"'{afsnit.FuldOverskrift}' mangler");
            var nummer = fysisk; // numbered pages start after the cover: physical index i is "Side i"
            Assert.Contains($"Side {nummer} af {sider.Count - 1}", sider[fysisk]);
            Assert.Contains($"{afsnit.FuldOverskrift} {nummer}", indhold);
        }
    }

    [Fact]
    public void Sidefoden_siger_side_1_af_N_og_forsiden_har_ingen()
    {
        var sider = SideTekster();
        Assert.DoesNotContain("Side", sider[0]);
        Assert.Contains($"Side 1 af {sider.Count - 1}", sider[1]);
        Assert.Contains("30. september 2017", sider[1]);
    }

    [Fact]
    public void Indholdsfortegnelsen_har_links_til_afsnittene()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        var annoteringer = pdf.GetPage(2).GetAnnotations().ToList();
        // 5 sections + 2 sub-headings with an id = 7 links.
        Assert.Equal(7, annoteringer.Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link));
        // Named destinations are in the file for every section id (as names or, in a name tree, strings).
        var raa = Encoding.Latin1.GetString(Pdf.Value);
        foreach (var id in new[] { "resume", "forebyggende", "anbringelser", "oekonomi", "bilag" })
            Assert.True(raa.Contains($"/{id}", StringComparison.Ordinal) || raa.Contains($"({id})", StringComparison.Ordinal), id);
    }

    [Fact]
    public void Skrifttyperne_er_indlejret_som_DejaVu_delmængder()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        var navne = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(navne, n => Assert.Contains("DejaVuSans", n));
        Assert.InRange(navne.Count, 1, 2); // regular + bold, shared by page text and charts
        var raa = Encoding.Latin1.GetString(Pdf.Value);
        Assert.Equal(2, CountOf(raa, "/FontFile2"));
    }

    [Fact]
    public void Tabeltal_i_dansk_format_og_undertrykte_værdier_står_på_afsnittets_side()
    {
        var side = SideTekster().Single(s => s.Contains("Tabel 1.1"));
        Assert.Contains("1 Forebyggende indsatser", side);
        Assert.Contains("1.234,5", side);
        Assert.Contains("<5", side);
        Assert.Contains("Særlige tegn: æ ø å Æ Ø Å é ü – — „citat“ § 50", side);
    }

    [Fact]
    public void Diagrammer_har_tekst_på_akserne_i_dansk_talformat()
    {
        var side = SideTekster().Single(s => s.Contains("Figur 4.1"));
        // Merudgifter go to 4.100 → ticks 0, 1.000 … 4.000 or 0, 2.000, 4.000: "4.000" is always there.
        Assert.Contains("4.000", side);
        Assert.Contains("2017*", side); // preliminary year marked on the axis
        Assert.Contains("Foreløbig (forventet regnskab)", side);
        Assert.Contains("Service", side);
    }

    [Fact]
    public void Metadata_kommer_fra_dokumentet()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        Assert.Equal("Nøgletal, økonomi og trivsel – Haderslev Kommune", pdf.Information.Title);
        Assert.Equal("Haderslev Kommune", pdf.Information.Author);
        Assert.Equal("udsatte børn, nøgletal, økonomi", pdf.Information.Keywords);
        Assert.StartsWith("D:20171005080000", pdf.Information.CreationDate);
    }

    [Fact]
    public void To_kørsler_giver_byte_identiske_filer()
    {
        var igen = new PdfRenderer().Render(PdfEksempel.Dokument());
        Assert.Equal(Pdf.Value, igen);
    }

    [Fact]
    public void Lang_tabel_fortsætter_på_næste_side_med_gentaget_overskrift()
    {
        var pdf = new PdfRenderer().Render(PdfEksempel.Dokument(ekstraRaekker: 80));
        using var doc = PdfDocument.Open(pdf);
        var sider = doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var medRaekker = sider.Where(s => s.Contains("Række ")).ToList();
        Assert.True(medRaekker.Count >= 2, "80 rows must span at least two pages");
        Assert.All(medRaekker, s => Assert.Contains("Foranstaltning 30. sep. 2015", s));
    }

    private static int CountOf(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
