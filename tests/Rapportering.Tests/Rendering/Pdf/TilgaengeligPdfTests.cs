using System.Xml.Linq;
using Rapportering.Pipeline;
using Rapportering.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>
/// The demo report as a tagged PDF/UA-1 file, read back three ways: the structure tree and the
/// catalog with PdfPig, the marked content of each page with PdfPig, and the tagged text in
/// reading order with poppler's <c>pdfinfo -struct-text</c> (what a screen reader follows).
/// </summary>
[Collection(DemoRapport.Samling)]
public sealed class TilgaengeligPdfTests(DemoRapport f)
{
    private byte[] Pdf => f.Resultat.Filer[Format.Pdf];

    private sealed record Knude(string Type, DictionaryToken Dict, List<Knude> Boern);

    /// <summary>The structure tree below /StructTreeRoot, in document order.</summary>
    private static Knude Trae(PdfDocument pdf)
    {
        var katalog = pdf.Structure.Catalog.CatalogDictionary;
        var rod = Slaa(pdf, katalog.Data["StructTreeRoot"]) as DictionaryToken;
        Assert.NotNull(rod);
        return Knuden(pdf, rod!, "StructTreeRoot");
    }

    private static Knude Knuden(PdfDocument pdf, DictionaryToken d, string type)
    {
        var boern = new List<Knude>();
        if (d.Data.TryGetValue("K", out var k))
        {
            var kids = Slaa(pdf, k) is ArrayToken a ? a.Data.Select(x => Slaa(pdf, x)) : [Slaa(pdf, k)];
            foreach (var kid in kids)
                if (kid is DictionaryToken kd && kd.Data.TryGetValue("S", out var s) && s is NameToken n)
                    boern.Add(Knuden(pdf, kd, n.Data));
        }
        return new Knude(type, d, boern);
    }

    private static IToken Slaa(PdfDocument pdf, IToken t) =>
        t is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : t;

    private static IEnumerable<Knude> Alle(Knude k) => k.Boern.SelectMany(b => Alle(b).Prepend(b));

    private string Pdfinfo(params string[] args)
    {
        var (kode, ud) = PdfVaerktoej.Koer(Pdf, "pdfinfo", args);
        Assert.Equal(0, kode);
        return ud;
    }

    [Fact]
    public void Strukturtraeet_har_dokument_overskrifter_tabeller_og_figurer_med_alternativ_tekst()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var rod = Trae(pdf);
        var dokument = Assert.Single(rod.Boern);
        Assert.Equal("Document", dokument.Type);
        var alle = Alle(dokument).ToList();

        // H1: the contents and one per section; an H2 only after the first H1 of a section.
        var overskrifter = alle.Where(k => k.Type is "H1" or "H2").Select(k => k.Type).ToList();
        Assert.Equal(DemoUdtraek.Overskrifter.Length, overskrifter.Count(t => t == "H1")); // "Indhold" and every section
        Assert.Equal("H1", overskrifter[0]);
        Assert.True(overskrifter.Count(t => t == "H2") >= 10);

        // Every table: a caption, a header row group with TH cells scoped to their column, body rows with a row header.
        var tabeller = alle.Where(k => k.Type == "Table").ToList();
        Assert.True(tabeller.Count >= 10, $"{tabeller.Count} tabeller");
        foreach (var t in tabeller)
        {
            Assert.Equal("Caption", t.Boern[0].Type);
            var hoved = Assert.Single(t.Boern, b => b.Type == "THead");
            var th = Alle(hoved).Where(k => k.Type == "TH").ToList();
            Assert.NotEmpty(th);
            Assert.All(th, c => Assert.Equal("Column", Scope(pdf, c)));
            var krop = Assert.Single(t.Boern, b => b.Type == "TBody");
            Assert.All(krop.Boern, r => Assert.Equal("TR", r.Type));
            Assert.All(krop.Boern, r => Assert.Equal(("TH", "Row"), (r.Boern[0].Type, Scope(pdf, r.Boern[0]))));
        }

        // Every figure says in words what it shows and its latest values.
        var figurer = alle.Where(k => k.Type == "Figure").ToList();
        Assert.True(figurer.Count >= 10, $"{figurer.Count} figurer");
        foreach (var fig in figurer)
        {
            var alt = Assert.IsType<StringToken>(fig.Dict.Data["Alt"]).Data;
            Assert.Contains("Seneste tal", alt);
            Assert.Matches(@"\d", alt);
        }

        // The Resumé bullets and the contents are lists of items.
        var lister = alle.Where(k => k.Type == "L").ToList();
        Assert.True(lister.Count >= 2);
        Assert.All(lister, l => Assert.All(l.Boern, li => Assert.Equal("LI", li.Type)));
        Assert.True(alle.Count(k => k.Type == "Link") >= DemoUdtraek.Overskrifter.Length);
    }

    private static string? Scope(PdfDocument pdf, Knude celle) =>
        celle.Dict.Data.TryGetValue("A", out var a) && Slaa(pdf, a) is DictionaryToken attr
            && attr.Data.TryGetValue("Scope", out var s) && s is NameToken n ? n.Data : null;

    [Fact]
    public void Sidehoved_og_sidefod_er_artefakter_uden_for_strukturen()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var sider = pdf.NumberOfPages;
        for (var i = 2; i <= sider; i++)
        {
            var indhold = pdf.GetPage(i).GetMarkedContents().ToList();
            string Tekst(UglyToad.PdfPig.Content.MarkedContentElement m) => string.Concat(m.Letters.Select(l => l.Value));
            var fod = Assert.Single(indhold, m => Tekst(m).Contains($"Side {i - 1} af {sider - 1}"));
            Assert.Equal("Artifact", fod.Tag);
            Assert.Equal(-1, fod.MarkedContentIdentifier);
            // All text on the page is in marked content: tagged (with an id) or an artifact.
            Assert.Equal(pdf.GetPage(i).Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)),
                indhold.Sum(m => m.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value))));
        }
    }

    [Fact]
    public void Strukturteksten_i_laeseraekkefoelge_har_overskrifterne_og_ikke_sidefoden()
    {
        var struktur = Pdfinfo("-struct-text");
        var h1 = struktur.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.Trim() == "H1 (block)")
            .Select(x => struktur.Split('\n')[x.i + 1].Trim().Trim('"').Trim()).ToList();
        Assert.Equal(DemoUdtraek.Overskrifter, h1);
        Assert.DoesNotContain("Side 1 af", struktur);
        Assert.DoesNotContain("Side 3 af", struktur);
        // Words stay apart where a line wraps (a space ends every drawn line).
        Assert.DoesNotContain("forudsatte", struktur);
        Assert.Contains("Tagged:          yes", Pdfinfo());
    }

    [Fact]
    public void Sprog_titel_i_titellinjen_PDF_UA_identifikation_og_bogmaerker()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var katalog = pdf.Structure.Catalog.CatalogDictionary.Data;
        Assert.Equal("da-DK", Assert.IsType<StringToken>(katalog["Lang"]).Data);
        var mark = Assert.IsType<DictionaryToken>(Slaa(pdf, katalog["MarkInfo"]));
        Assert.True(Assert.IsType<BooleanToken>(mark.Data["Marked"]).Data);
        var visning = Assert.IsType<DictionaryToken>(Slaa(pdf, katalog["ViewerPreferences"]));
        Assert.True(Assert.IsType<BooleanToken>(visning.Data["DisplayDocTitle"]).Data);
        Assert.StartsWith("Omlægning af indsatsen", pdf.Information.Title);

        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var x = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
        XNamespace ua = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Equal("1", x.Descendants(ua + "part").Single().Value);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(pdf.Information.Title, x.Descendants(dc + "title").Single().Value);

        Assert.True(pdf.TryGetBookmarks(out var bogmaerker));
        Assert.Equal(DemoUdtraek.Overskrifter.Skip(1), bogmaerker.Roots.Select(b => b.Title));
        Assert.Contains(bogmaerker.Roots, b => b.Children.Count > 0);
    }

    [Fact]
    public void Kopieret_tekst_giver_de_danske_bogstaver_og_minustegnet()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var tekst = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Økonomi", tekst);
        Assert.Contains("børnefaglig", tekst);
        Assert.Contains("skæringsdato", tekst, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\u2212", tekst); // negative changes are written with the minus sign
    }

    [Fact]
    public void Rapporten_er_hoejst_18_sider()
    {
        using var pdf = PdfDocument.Open(Pdf);
        Assert.InRange(pdf.NumberOfPages, 10, 18);
    }
}
