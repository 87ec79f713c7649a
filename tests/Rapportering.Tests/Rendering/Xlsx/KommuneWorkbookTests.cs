using Rapportering.Domain;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Rendering.Xlsx;

namespace Rapportering.Tests.Rendering.Xlsx;

public class KommuneWorkbookTests
{
    private static readonly byte[] Fil = XlsxFixtur.RenderKommune();
    private const int H = KommuneWorkbookRenderer.TabelOverskriftRaekke;

    private static XLWorkbook Aabn() => new(new MemoryStream(Fil));

    private static readonly Rapportering.Report.RapportDokument Dokument = XlsxFixtur.Input().Dokument;

    private static IReadOnlyList<Rapportering.Report.Tabel> Tabeller() =>
        Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Rapportering.Report.Tabel>().ToList();

    /// <summary>The sheet of the report table whose title contains <paramref name="titel"/>.</summary>
    private static IXLWorksheet Ark(XLWorkbook wb, string titel)
    {
        var tabeller = Tabeller();
        var i = tabeller.ToList().FindIndex(t => t.Titel.Contains(titel, StringComparison.Ordinal));
        Assert.True(i >= 0, $"ingen tabel med '{titel}'");
        return wb.Worksheet($"Tabel {i + 1}");
    }

    /// <summary>The data row of a sheet whose first cell is the cut date, year or school year.</summary>
    private static IXLRangeRow Raekke(IXLWorksheet ark, object periode) =>
        Assert.Single(ark.Tables).DataRange.Rows().Single(r => periode switch
        {
            DateTime d => r.Cell(1).DataType == XLDataType.DateTime && r.Cell(1).GetDateTime() == d,
            int aar => r.Cell(1).DataType == XLDataType.Number && r.Cell(1).GetValue<int>() == aar,
            _ => r.Cell(1).GetString() == (string)periode,
        });

    [Fact]
    public void Gem_eksempel_til_visuel_kontrol()
    {
        // Saved when asked; either way it must open as a workbook whose every table sheet has its table.
        XlsxFixtur.GemTilVisuelKontrol(Fil, "510-2017-09-30.xlsx");
        using var wb = Aabn();
        Assert.All(wb.Worksheets.Where(w => w.Name.StartsWith("Tabel ", StringComparison.Ordinal)), w => Assert.Single(w.Tables));
        Assert.Equal(Tabeller().Count, wb.Worksheets.Count(w => w.Name.StartsWith("Tabel ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ark_i_fast_raekkefoelge_en_pr_tabel_i_rapporten()
    {
        using var wb = Aabn();
        var tabeller = Tabeller();
        Assert.True(tabeller.Count >= 8, $"kun {tabeller.Count} tabeller");
        Assert.Equal(
            ["Forside", .. Enumerable.Range(1, tabeller.Count).Select(n => $"Tabel {n}"), "Diagrammer", "Definitioner"],
            wb.Worksheets.Select(w => w.Name).ToArray());
        for (var n = 0; n < tabeller.Count; n++)
            Assert.Equal(tabeller[n].Titel, wb.Worksheet($"Tabel {n + 1}").Cell(1, 1).GetString());
    }

    [Fact]
    public void Tal_laest_tilbage_er_de_haandregnede()
    {
        using var wb = Aabn();
        // Forebyggende 31. maj 2016: 200 of 11.355 children = 17,6133... pr. 1.000, a date, a count and a rate.
        var fb = Raekke(Ark(wb, "Forebyggende indsatser pr. 1.000"), new DateTime(2016, 5, 31));
        Assert.Equal("dd-mm-yyyy", fb.Cell(1).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, fb.Cell(2).DataType);
        Assert.Equal(200, fb.Cell(2).GetDouble());
        Assert.Equal("#,##0", fb.Cell(2).Style.NumberFormat.Format);
        Assert.Equal(200d / 11355d * 1000d, fb.Cell(3).GetDouble(), 10);
        Assert.Equal("#,##0.0", fb.Cell(3).Style.NumberFormat.Format);
        Assert.Equal("17,6", Formatering.Tal((decimal)fb.Cell(3).GetDouble(), 1)); // the report's text for it

        // Udgifter 2014 in mio. kr.: service 150.234,567 t.kr. = 150,234567; i alt × 1,1 = 165,2580237.
        var udgifter = Ark(wb, "Udgiftsudvikling");
        var u2014 = Raekke(udgifter, 2014);
        Assert.Equal(150.234567, u2014.Cell(2).GetDouble(), 9);
        Assert.Equal(150.234567 * 1.1, u2014.Cell(4).GetDouble(), 9);
        Assert.Equal("0", u2014.Cell(1).Style.NumberFormat.Format);
        // 2017 is expected accounts: the year stays a number, with the footnote as its comment.
        var u2017 = Raekke(udgifter, 2017);
        Assert.Equal(155.0, u2017.Cell(2).GetDouble(), 9);
        Assert.True(u2017.Cell(1).HasComment);
        Assert.StartsWith("Forventet regnskab", u2017.Cell(1).Comment.Text);
        Assert.False(u2014.Cell(1).HasComment);

        // Faglig trivsel 2016/17: the school year is text; udsatte 3,61 (shown 3,6) of N = 412.
        var faglig = Raekke(Ark(wb, "Faglig trivsel"), "2016/17");
        Assert.Equal(XLDataType.Text, faglig.Cell(1).DataType);
        Assert.Equal(3.61, faglig.Cell(2).GetDouble(), 10);
        Assert.Equal(412, faglig.Cell(3).GetDouble());
        Assert.Equal(-0.31, faglig.Cell(6).GetDouble(), 10);
    }

    [Fact]
    public void Undertrykt_og_manglende_staar_med_rapportens_tegn_og_forklaring()
    {
        using var wb = Aabn();
        // Døgnophold for familien, 30. september 2016: suppressed. The count is "<5", the rate "..",
        // each with its meaning from rapport/tekster.json as the cell's comment.
        var ark = Ark(wb, "Hjemmebaserede foranstaltninger pr. 1.000");
        var raekke = Raekke(ark, new DateTime(2016, 9, 30));
        var kolonne = Assert.Single(ark.Tables).HeadersRow().Cells().First(c => c.GetString() == "Døgnophold for familien, antal").Address.ColumnNumber;
        var celle = raekke.Cell(kolonne);
        Assert.Equal(XLDataType.Text, celle.DataType);
        Assert.Equal("<5", celle.GetString());
        Assert.Equal("Undertrykt antal (diskretion)", celle.Comment.Text);
        Assert.Equal(XLAlignmentHorizontalValues.Right, celle.Style.Alignment.Horizontal);
        Assert.Equal("..", raekke.Cell(kolonne + 1).GetString());
        Assert.Equal("Undertrykt andel, rate eller gennemsnit (diskretion)", raekke.Cell(kolonne + 1).Comment.Text);

        // Fravær 2016/17: udsatte suppressed (a mean: ".."), øvrige and the gap without data ("–").
        var fravaer = Raekke(Ark(wb, "Fravær"), "2016/17");
        Assert.Equal("..", fravaer.Cell(2).GetString());
        Assert.Equal("Undertrykt andel, rate eller gennemsnit (diskretion)", fravaer.Cell(2).Comment.Text);
        Assert.Equal("–", fravaer.Cell(4).GetString());
        Assert.False(fravaer.Cell(4).HasComment);
    }

    [Fact]
    public void Tabeller_daekker_alle_raekker_og_overskriften_er_frosset()
    {
        using var wb = Aabn();
        var tabeller = Tabeller();
        for (var n = 0; n < tabeller.Count; n++)
        {
            var ark = wb.Worksheet($"Tabel {n + 1}");
            var tabel = Assert.Single(ark.Tables);
            Assert.Equal(H, tabel.RangeAddress.FirstAddress.RowNumber);
            Assert.Equal(H + Math.Max(1, tabeller[n].Raekker.Count), tabel.RangeAddress.LastAddress.RowNumber);
            Assert.Equal(tabeller[n].Kolonner.Count, tabel.RangeAddress.LastAddress.ColumnNumber);
            Assert.True(tabel.ShowAutoFilter);
            Assert.Equal(tabeller[n].Kolonner[0].Overskrift, tabel.HeadersRow().Cell(1).GetString());
            Assert.Equal(H, ark.SheetView.SplitRow);
            if (tabeller[n].Fodnote is { } fodnote)
                Assert.Equal(fodnote, ark.Cell(tabel.RangeAddress.LastAddress.RowNumber + 2, 1).GetString());
        }
    }

    [Fact]
    public void Forsiden_linker_til_hvert_ark()
    {
        using var wb = Aabn();
        var forside = wb.Worksheet("Forside");
        var links = forside.CellsUsed().Where(c => c.HasHyperlink).ToList();
        var maal = links.Select(c => c.Hyperlink.InternalAddress).ToList();
        foreach (var ark in wb.Worksheets.Skip(1))
            Assert.Contains($"'{ark.Name}'!A1", maal);
        Assert.Equal("Testrup Kommune (510)", forside.Cell(3, 2).GetString());
        Assert.Equal(new DateTime(2017, 9, 30), forside.Cell(4, 2).GetDateTime());
        Assert.Equal("[$-406]d. mmmm yyyy", forside.Cell(4, 2).Style.NumberFormat.Format);
        Assert.Equal(new DateTime(2017, 10, 15, 8, 30, 0), forside.Cell(6, 2).GetDateTime());
        Assert.Equal(2017, forside.Cell(7, 2).GetValue<int>());
    }

    [Fact]
    public void Definitioner_daekker_hele_kataloget()
    {
        using var wb = Aabn();
        var tabel = wb.Worksheet("Definitioner").Table("Tabel_Definitioner");
        var ids = tabel.DataRange.Rows().Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(Katalog.Alle.Select(f => f.Id.Kode), ids);
        var anbragte = tabel.DataRange.Rows().Single(r => r.Cell(1).GetString() == "anbragte_pr_1000");
        Assert.Equal("Anbringelser", anbragte.Cell(3).GetString());
        Assert.Equal("Faldende", anbragte.Cell(6).GetString());
        Assert.Equal("Antal 0-17-årige anbragt uden for hjemmet (trin 4-6: netværkspleje, familiepleje, institution) på skæringsdatoen pr. 1.000 0-17-årige.",
            anbragte.Cell(4).GetString());
    }

    [Fact]
    public void Datakvalitet_er_bilagets_tabel()
    {
        using var wb = Aabn();
        var ark = Ark(wb, "Øvrige fund");
        var raekker = Assert.Single(ark.Tables).DataRange.Rows().ToList();
        Assert.Equal(2, raekker.Count);
        Assert.Equal(2, raekker[0].Cell(2).GetValue<int>());
        Assert.Equal(XLDataType.Number, raekker[0].Cell(2).DataType);
        Assert.Equal("Udeladt af alle opgørelser", raekker[0].Cell(3).GetString());
    }

    [Fact]
    public void Diagrammer_er_native_og_peger_paa_arkets_celler()
    {
        var dele = Dele(Fil);
        var diagrammer = dele.Where(d => d.Key.Contains("/charts/chart", StringComparison.Ordinal))
            .OrderBy(d => int.Parse(Regex.Match(d.Key, @"chart(\d+)").Groups[1].Value)).Select(d => d.Value).ToList();
        var figurer = Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Rapportering.Report.Diagram>().Where(d => d.Kategorier.Count > 0).ToList();
        Assert.Equal(figurer.Count, diagrammer.Count);
        // Kind as in the report: the first (forebyggende pr. 1.000) a line, the expenditure grouped columns, a distribution stacked.
        Assert.Contains("<c:lineChart>", diagrammer[0]);
        var udgifter = figurer.FindIndex(d => d.Titel.Contains("Udgiftsudvikling", StringComparison.Ordinal));
        Assert.Contains("<c:grouping val=\"clustered\" />", diagrammer[udgifter]);
        Assert.Contains(diagrammer, d => d.Contains("<c:grouping val=\"stacked\" />", StringComparison.Ordinal));
        // Block 1: title row 4, header row 5, the 5 cut dates in rows 6-10; the series in B and C.
        Assert.Contains("<c:f>'Diagrammer'!$A$6:$A$10</c:f>", diagrammer[0]);
        Assert.Contains("<c:f>'Diagrammer'!$B$6:$B$10</c:f>", diagrammer[0]);
        Assert.Contains("<c:f>'Diagrammer'!$B$5</c:f>", diagrammer[0]);
        // School years are text categories.
        Assert.Contains(diagrammer, d => d.Contains("<c:v>2016/17</c:v>", StringComparison.Ordinal) && d.Contains("<c:strRef>", StringComparison.Ordinal));

        using var wb = Aabn();
        var ark = wb.Worksheet("Diagrammer");
        Assert.Equal(new DateTime(2016, 5, 31), ark.Cell(6, 1).GetDateTime());
        Assert.Equal(200d / 11355d * 1000d, ark.Cell(6, 2).GetDouble(), 6);
        Assert.Contains("<drawing r:id=\"rIdTegning\"", dele.Single(d => d.Value.Contains("rIdTegning") && d.Key.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Value.Replace("x:drawing", "drawing"));
    }

    [Fact]
    public void Ingen_personnummer_i_nogen_del()
    {
        // Not after a decimal point: 43023.3541666667 is a date serial, not a CPR number.
        var cpr = new Regex(@"(?<![\d.])\d{6}-?\d{4}(?![\d])");
        foreach (var (navn, indhold) in Dele(Fil))
            Assert.False(cpr.IsMatch(indhold), $"{navn} indeholder noget, der ligner et personnummer: {cpr.Match(indhold).Value}");
        // And no user or machine name from the process that rendered it.
        Assert.DoesNotContain(Dele(Fil).Values, v => v.Contains($">{Environment.UserName}<", StringComparison.Ordinal));
    }

    [Fact]
    public void Samme_input_giver_samme_fil()
    {
        var igen = XlsxFixtur.RenderKommune();
        var a = Dele(Fil);
        var b = Dele(igen);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (navn, indhold) in a) Assert.True(indhold == b[navn], $"{navn} er forskellig mellem to kørsler");
        Assert.Equal(Fil, igen); // byte for byte, zip timestamps included
        Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2017-10-15T06:30:00Z</dcterms:created>", a["docProps/core.xml"]);
        Assert.Contains("<dc:creator>Testrup Kommune</dc:creator>", a["docProps/core.xml"]);
    }

    internal static Dictionary<string, string> Dele(byte[] fil)
    {
        using var zip = new ZipArchive(new MemoryStream(fil));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var r = new StreamReader(e.Open());
            return r.ReadToEnd();
        });
    }
}
