using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Rapportering.Figures;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Pdf;
using Rapportering.Rendering.Xlsx;
using Rapportering.Report;
using Rapportering.Tests.Rendering.Xlsx;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Rapportering.Tests.Rendering;

/// <summary>
/// One chart of a composed report (the fixture export through the report step, branding
/// #1F4E79/#F2C14E) drawn by all three renderers from its one specification: the same numbers,
/// the same colours and the same y axis in the PDF (read back with PdfPig), the HTML (inline SVG
/// and the number table under it) and the workbook (the native chart's XML).
/// </summary>
public sealed class EtDiagramTreRenderereTests
{
    private static readonly WorkbookInput Input = XlsxFixtur.Input();
    private static readonly Diagram Diagram = Input.Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Diagram>()
        .First(d => d.Type == DiagramType.Linje && d.Titel.Contains(Input.Tekster.Katalog.Navn(Katalog.ForebyggendePr1000), StringComparison.Ordinal));
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static string Tick(double t) => Formatering.MedMinus(t.ToString("#,##0.##", Formatering.Dansk));

    [Fact]
    public void Specifikationen_er_den_haandregnede()
    {
        // 200/11.355×1000 = 17,61 … 240/11.395×1000 = 21,06; × 1,08 = 22,75; 22,75/5 = 4,55 → step 5.
        var v = Assert.Single(Diagram.Serier).Vaerdier;
        Assert.Equal(200 / 11355.0 * 1000, v[0]!.Value, 3);
        Assert.Equal(240 / 11395.0 * 1000, v[^1]!.Value, 3);
        Assert.Equal(new[] { 0.0, 5, 10, 15, 20 }, Diagram.Akse.Ticks);
        Assert.Equal("#1F4E79", Diagram.Farver[0]); // the kommune's primary colour, 9,0:1 on white
    }

    [Fact]
    public void Pdf_har_diagrammets_akse_farver_og_seneste_tal()
    {
        using var pdf = PdfDocument.Open(new PdfRenderer().Render(Input.Dokument));
        var side = pdf.GetPages().First(p => p.Text.Contains(Diagram.Titel, StringComparison.Ordinal));
        var ticks = Diagram.Akse.Ticks.Select(Tick).ToList();
        var figurer = side.GetMarkedContents().Where(m => m.Tag == "Figure").ToList();
        var figur = figurer.Single(m => m.Letters.Count > 0 && ticks.All(t => m.Letters.Count > 0 &&
            UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor.NearestNeighbourWordExtractor.Instance.GetWords(m.Letters).Any(w => w.Text == t)));
        var farver = figur.Paths.Where(p => p.IsStroked && p.StrokeColor is not null).Select(p => Hex(p.StrokeColor!.ToRGBValues())).ToHashSet();
        Assert.Contains(Diagram.Farver[0], farver);

        // The Figure's alternative text in the structure tree is the specification's, with the latest value in da-DK.
        var alt = AlleAlt(pdf);
        Assert.Contains(Diagram.Alternativtekst, alt);
        Assert.Contains(Formatering.Tal(Diagram.Serier[0].Vaerdier[^1]!.Value, Diagram.Decimaler), Diagram.Alternativtekst);
    }

    [Fact]
    public void Html_har_diagrammets_akse_farver_og_tal()
    {
        var html = HtmlRenderer.Figur(Diagram, "d");
        var svgTicks = Regex.Matches(html, "text-anchor=\"end\" font-size=\"12\" fill=\"#222\">([^<]+)</text>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Diagram.Akse.Ticks.Select(Tick), svgTicks);
        var streg = Regex.Matches(html, "<path d=\"[^\"]+\" fill=\"none\" stroke=\"(#[0-9A-F]{6})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([Diagram.Farver[0]], streg);
        Assert.Contains($"aria-label=\"{HtmlTekst.E(Diagram.Alternativtekst)}\"", html, StringComparison.Ordinal);
        foreach (var v in Diagram.Serier[0].Vaerdier)
            Assert.Contains($">{Formatering.Tal(v!.Value, Diagram.Decimaler)}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Regnearket_har_diagrammets_akse_farver_og_tal()
    {
        using var ms = new MemoryStream();
        new KommuneWorkbookRenderer().Render(Input, ms);
        using var zip = new ZipArchive(new MemoryStream(ms.ToArray()));
        var diagram = zip.Entries.Where(e => e.FullName.Contains("/charts/chart", StringComparison.Ordinal))
            .Select(e => { using var s = e.Open(); return XDocument.Load(s); })
            .Single(x => x.Descendants(A + "t").Any(t => t.Value == Diagram.Titel));
        var ser = Assert.Single(diagram.Descendants(C + "ser"));
        Assert.Equal(Diagram.Farver[0].TrimStart('#'), ser.Element(C + "spPr")!.Descendants(A + "srgbClr").First().Attribute("val")!.Value);
        var tal = ser.Element(C + "val")!.Descendants(C + "pt").Select(p => double.Parse(p.Element(C + "v")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Diagram.Serier[0].Vaerdier.Count, tal.Count);
        for (var i = 0; i < tal.Count; i++) Assert.Equal(Diagram.Serier[0].Vaerdier[i]!.Value, tal[i], 6);
        var akse = diagram.Descendants(C + "valAx").Single();
        double V(XName n) => double.Parse(akse.Descendants(n).Single().Attribute("val")!.Value, CultureInfo.InvariantCulture);
        Assert.Equal(Diagram.Akse.Min, V(C + "min"));
        Assert.Equal(Diagram.Akse.Max, V(C + "max"), 9);
        Assert.Equal(Diagram.Akse.Ticks[1] - Diagram.Akse.Ticks[0], V(C + "majorUnit"));
    }

    private static string Hex((double r, double g, double b) c) => string.Create(CultureInfo.InvariantCulture,
        $"#{(int)Math.Round(c.r * 255):X2}{(int)Math.Round(c.g * 255):X2}{(int)Math.Round(c.b * 255):X2}");

    /// <summary>Every /Alt in the structure tree.</summary>
    private static List<string> AlleAlt(PdfDocument pdf)
    {
        var ud = new List<string>();
        IToken Slaa(IToken t) => t is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : t;
        void Gaa(IToken t)
        {
            if (Slaa(t) is ArrayToken a) { foreach (var x in a.Data) Gaa(x); return; }
            if (Slaa(t) is not DictionaryToken d) return;
            if (d.Data.TryGetValue("Alt", out var alt) && Slaa(alt) is StringToken s) ud.Add(s.Data);
            if (d.Data.TryGetValue("K", out var k)) Gaa(k);
        }
        Gaa(pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        return ud;
    }
}
