using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Rapportering.Rendering.Xlsx;
using Rapportering.Templates;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// The kommune workbook is written by the streaming writer (StroemPakke); what a reader sees must
/// be what ClosedXML wrote before (<see cref="ClosedXmlKommune"/>, the old renderer kept as the
/// reference). On the hand-made fixture and on two demo kommuner through the real pipeline, both
/// are read back with ClosedXML and compared cell by cell on every sheet (type, value, number
/// format, font, alignment, wrapping, fill, border, note), and per sheet the column widths, row
/// heights, frozen panes, tables, links and print set-up; the chart parts are compared as XML
/// and their series' colours checked against the report's chart specification.
/// </summary>
public sealed class StroemKommuneTests(DemoWorkbookTests.Fixtur demo) : IClassFixture<DemoWorkbookTests.Fixtur>
{
    private readonly IReadOnlyList<WorkbookInput> _demo = [.. new[] { demo.Resultat, demo.Anden }.Select(r =>
        new WorkbookInput(r.Dokument!, r.KommuneKode, r.KommuneNavn, r.Skaeringsdato, r.DataPr, r.Eksport.Prisaar, XlsxFixtur.Dannet, RapportTekster.Indbyggede()))];

    private static (byte[] Ny, byte[] Gammel) Begge(WorkbookInput input)
    {
        using var ny = new MemoryStream();
        new KommuneWorkbookRenderer().Render(input, ny);
        using var gammel = new MemoryStream();
        new ClosedXmlKommune().Render(input, gammel);
        return (ny.ToArray(), gammel.ToArray());
    }

    private IEnumerable<WorkbookInput> Alle() => [XlsxFixtur.Input(), .. _demo];

    [Fact]
    public void Hver_celle_og_note_er_som_ClosedXMLs()
    {
        var sammenlignet = 0;
        var noter = 0;
        foreach (var input in Alle())
        {
            var (nyFil, gammelFil) = Begge(input);
            using var ny = new XLWorkbook(new MemoryStream(nyFil));
            using var gammel = new XLWorkbook(new MemoryStream(gammelFil));
            Assert.Equal(gammel.Worksheets.Select(a => a.Name), ny.Worksheets.Select(a => a.Name));
            foreach (var g in gammel.Worksheets)
            {
                var (celler, n) = ArkSammenligning.Celler(g, ny.Worksheet(g.Name), $"{input.KommuneKode} {g.Name}");
                sammenlignet += celler;
                noter += n;
            }
        }
        Assert.True(sammenlignet > 5000, $"kun {sammenlignet} celler sammenlignet");
        Assert.True(noter > 20, $"kun {noter} noter sammenlignet");
    }

    [Fact]
    public void Samme_bredder_hoejder_ruder_tabeller_links_og_udskrift()
    {
        foreach (var input in Alle())
        {
            var (nyFil, gammelFil) = Begge(input);
            using var ny = new XLWorkbook(new MemoryStream(nyFil));
            using var gammel = new XLWorkbook(new MemoryStream(gammelFil));
            foreach (var g in gammel.Worksheets)
            {
                var n = ny.Worksheet(g.Name);
                var sted = $"{input.KommuneKode} {g.Name}";
                for (var k = 1; k <= g.LastColumnUsed()!.ColumnNumber(); k++)
                {
                    Assert.True(Math.Abs(g.Column(k).Width - n.Column(k).Width) < 0.01, $"{sted} kolonne {k}: bredde {n.Column(k).Width}, før {g.Column(k).Width}");
                    Assert.True(g.Column(k).Style.Alignment.WrapText == n.Column(k).Style.Alignment.WrapText, $"{sted} kolonne {k}: ombrydning");
                }
                for (var r = 1; r <= g.LastRowUsed()!.RowNumber(); r++)
                    Assert.True(Math.Abs(g.Row(r).Height - n.Row(r).Height) < 0.01, $"{sted} række {r}: højde {n.Row(r).Height}, før {g.Row(r).Height}");
                Assert.Equal((g.SheetView.SplitRow, g.SheetView.SplitColumn), (n.SheetView.SplitRow, n.SheetView.SplitColumn));
                Assert.Equal(g.Tables.Select(t => (t.Name, t.RangeAddress.ToString(), t.ShowAutoFilter, t.ShowRowStripes, t.Theme.Name)),
                             n.Tables.Select(t => (t.Name, t.RangeAddress.ToString(), t.ShowAutoFilter, t.ShowRowStripes, t.Theme.Name)));
                Assert.Equal(g.Tables.SelectMany(t => t.Fields.Select(f => f.Name)), n.Tables.SelectMany(t => t.Fields.Select(f => f.Name)));
                Assert.Equal(g.Hyperlinks.Select(h => (h.Cell.Address.ToString(), h.InternalAddress)), n.Hyperlinks.Select(h => (h.Cell.Address.ToString(), h.InternalAddress)));
                Assert.Equal(g.PageSetup.FirstRowToRepeatAtTop, n.PageSetup.FirstRowToRepeatAtTop);
                Assert.Equal((g.PageSetup.PaperSize, g.PageSetup.PageOrientation, g.PageSetup.PagesWide, g.PageSetup.PagesTall),
                             (n.PageSetup.PaperSize, n.PageSetup.PageOrientation, n.PageSetup.PagesWide, n.PageSetup.PagesTall));
            }
            // The front sheet links every other sheet, in both.
            Assert.Equal(ny.Worksheets.Count - 1, ny.Worksheet(1).Hyperlinks.Count());
        }
    }

    [Fact]
    public void Diagrammerne_er_de_samme_med_specifikationens_farver()
    {
        var diagrammer = 0;
        foreach (var input in Alle())
        {
            var (nyFil, gammelFil) = Begge(input);
            var ny = Diagrammer(nyFil);
            var gammel = Diagrammer(gammelFil);
            var specifikation = input.Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Rapportering.Report.Diagram>().Where(d => d.Taltabel is { Raekker.Count: > 0 }).ToList();
            Assert.Equal(specifikation.Count, ny.Count);
            Assert.Equal(gammel.Count, ny.Count);
            for (var i = 0; i < ny.Count; i++)
            {
                // The same generator over the same cells: series, references, caches, axis, colours, all of it.
                Assert.True(gammel[i] == ny[i], $"{input.KommuneKode} diagram {i + 1} ({specifikation[i].Titel}) er ændret");
                var farver = Regex.Matches(ny[i], "<c:ser>.*?</c:ser>").Select(m => Regex.Match(m.Value, "srgbClr val=\"([0-9A-F]{6})\"").Groups[1].Value).ToList();
                var serier = specifikation[i].Taltabel!.Kolonner.Count - 1;
                Assert.Equal(serier, farver.Count);
                Assert.Equal(specifikation[i].Farver.Take(serier).Select(f => f.TrimStart('#').ToUpperInvariant()), farver);
                if (specifikation[i].Akse is { } akse)
                    Assert.Contains($"<c:max val=\"{akse.Max.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\" />", ny[i]);
                diagrammer++;
            }
            Assert.Equal(Del(gammelFil, "xl/drawings/drawing1.xml"), Del(nyFil, "xl/drawings/drawing1.xml"));
        }
        Assert.True(diagrammer >= 30, $"kun {diagrammer} diagrammer");
    }

    [Fact]
    public void Samme_input_giver_samme_bytes()
    {
        foreach (var input in Alle())
            Assert.Equal(Begge(input).Ny, Begge(input).Ny);
    }

    private static List<string> Diagrammer(byte[] fil)
    {
        using var zip = new ZipArchive(new MemoryStream(fil));
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/drawings/charts/chart", StringComparison.Ordinal))
            .OrderBy(e => int.Parse(Regex.Match(e.FullName, @"chart(\d+)\.xml").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => Tekst(e)).ToList();
    }

    private static string Del(byte[] fil, string navn)
    {
        using var zip = new ZipArchive(new MemoryStream(fil));
        return Tekst(zip.GetEntry(navn) ?? throw new InvalidOperationException($"{navn} mangler"));
    }

    private static string Tekst(ZipArchiveEntry e)
    {
        using var r = new StreamReader(e.Open());
        return r.ReadToEnd().TrimStart('\uFEFF');
    }

    /// <summary>A cell without a style index is drawn with xf 0 and its font: Calibri 11 (it once was size 0).</summary>
    [Fact]
    public void Standardskriften_er_Calibri_11()
    {
        var styles = Del(Begge(XlsxFixtur.Input()).Ny, "xl/styles.xml");
        Assert.Contains("<fonts count=", styles);
        Assert.StartsWith("<font><sz val=\"11\"/><name val=\"Calibri\"/>", styles[styles.IndexOf("<font>", StringComparison.Ordinal)..]);
        Assert.Contains("<cellXfs count=", styles);
        Assert.StartsWith("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>", styles[(styles.IndexOf("<cellXfs", StringComparison.Ordinal) + styles[styles.IndexOf("<cellXfs", StringComparison.Ordinal)..].IndexOf('>') + 1)..]);
    }
}
