using System.Globalization;
using System.Text.RegularExpressions;
using Rapportering.Figures;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Pdf;
using Rapportering.Report;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>
/// One chart specification, two renderers: the y axis ticks and the series colours decided in the
/// report step (<see cref="Diagram.Akse"/>, <see cref="Diagram.Farver"/>) come out the same in the
/// PDF (read back with PdfPig) and in the HTML's inline SVG.
/// </summary>
public sealed class DiagramSpecTests
{
    private static readonly RapportDokument Dok = PdfEksempel.Dokument();
    private static readonly Diagram Linje = Dok.Afsnit.SelectMany(a => a.Blokke).OfType<Diagram>().First(d => d.Type == DiagramType.Linje);

    [Fact]
    public void Specifikationen_har_runde_trin_og_farver_med_kontrast()
    {
        // Highest value 13,3 (Haderslev), × 1,08 = 14,36; 14,36 / 5 = 2,87 → step 5: 0, 5, 10.
        Assert.Equal(new[] { 0.0, 5, 10 }, Linje.Akse.Ticks);
        Assert.Equal(14.364, Linje.Akse.Max, 3);
        // No branding in the chart: the Okabe–Ito fallback, blue then vermillion, both ≥ 3:1 on white.
        Assert.Equal(["#0072B2", "#D55E00"], Linje.Farver);
        Assert.All(Linje.Farver, f => Assert.True(Farver.Kontrast(f, "#FFFFFF") >= 3.0, f));
    }

    [Fact]
    public void Samme_akse_og_farver_i_pdf_og_html()
    {
        var ticks = Linje.Akse.Ticks.Select(t => Formatering.MedMinus(t.ToString("#,##0.##", Formatering.Dansk))).ToList();

        // PDF: the figure's marked content; the tick labels are the numbers left of the plot, top to bottom.
        using var pdf = PdfDocument.Open(new PdfRenderer().Render(Dok));
        var side = pdf.GetPages().First(p => p.Text.Contains(Linje.Titel, StringComparison.Ordinal));
        var figur = side.GetMarkedContents().First(m => m.Tag == "Figure");
        var ord = NearestNeighbourWordExtractor.Instance.GetWords(figur.Letters).ToList();
        var venstre = ord.Min(w => w.BoundingBox.Left);
        var pdfTicks = ord.Where(w => w.TextOrientation == UglyToad.PdfPig.Content.TextOrientation.Horizontal && Regex.IsMatch(w.Text, @"^[\d.,]+$") && w.BoundingBox.Right < venstre + 30)
            .OrderBy(w => w.BoundingBox.Bottom).Select(w => w.Text).ToList();
        Assert.Equal(ticks, pdfTicks);
        var pdfFarver = side.Paths.Where(p => p.IsStroked && p.StrokeColor is not null)
            .Select(p => p.StrokeColor!.ToRGBValues())
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round(c.r * 255):X2}{(int)Math.Round(c.g * 255):X2}{(int)Math.Round(c.b * 255):X2}"))
            .ToHashSet();
        Assert.Superset(Linje.Farver.ToHashSet(), pdfFarver);

        // HTML: the y labels (text-anchor end) and the series' line colours in the SVG.
        var svg = SvgDiagram.Render(Linje, "d");
        var svgTicks = Regex.Matches(svg, "text-anchor=\"end\" font-size=\"12\" fill=\"#222\">([^<]+)</text>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ticks, svgTicks);
        var svgFarver = Regex.Matches(svg, "<path d=\"[^\"]+\" fill=\"none\" stroke=\"(#[0-9A-F]{6})\"").Select(m => m.Groups[1].Value).Reverse().ToList();
        Assert.Equal(Linje.Farver, svgFarver); // drawn last to first
    }
}
