using Rapportering.Domain;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Rendering.Xlsx;

namespace Rapportering.Tests.Xlsx;

public class KommuneWorkbookTests
{
    private static readonly byte[] Fil = XlsxFixtur.RenderKommune();
    private const int H = KommuneWorkbookRenderer.TabelOverskriftRaekke;

    private static XLWorkbook Aabn() => new(new MemoryStream(Fil));

    [Fact]
    public void Gem_eksempel_til_visuel_kontrol()
    {
        var mappe = Environment.GetEnvironmentVariable("RAPPORTERING_XLSX_UD");
        if (mappe is not null) File.WriteAllBytes(Path.Combine(mappe, "510-2017-09-30.xlsx"), Fil);
        Assert.True(Fil.Length > 5000);
    }

    [Fact]
    public void Ark_i_fast_raekkefoelge()
    {
        using var wb = Aabn();
        // The fixture has rows in every area, so all five area sheets are there.
        Assert.Equal(
            ["Forside", "Forebyggende", "Hjemmebaserede", "Anbringelser", "Økonomi", "Trivsel", "Diagrammer", "Definitioner", "Datakvalitet"],
            wb.Worksheets.Select(w => w.Name).ToArray());
    }

    [Fact]
    public void Hver_observation_staar_typet_som_i_eksporten()
    {
        using var wb = Aabn();
        var eksport = XlsxFixtur.Eksport();
        foreach (var gruppe in eksport.Observationer.GroupBy(o => Katalog.Hent(o.Noegletal).Omraade))
        {
            var ark = wb.Worksheet(ArkNavn(gruppe.Key));
            var r = H + 1;
            foreach (var o in gruppe)
            {
                Assert.Equal(o.Noegletal.Kode, ark.Cell(r, 1).GetString());
                Assert.Equal(Katalog.Hent(o.Noegletal).Navn, ark.Cell(r, 2).GetString());
                Assert.Equal(o.Opdeling?.Kode ?? "", ark.Cell(r, 3).GetString());
                Assert.Equal(Katalog.OpdelingNavn(o.Opdeling), ark.Cell(r, 4).GetString());
                var periode = ark.Cell(r, 5);
                switch (o.Periode.ToString().Length)
                {
                    case 10: // cut date: a real date cell
                        Assert.Equal(XLDataType.DateTime, periode.DataType);
                        Assert.Equal(DateTime.Parse(o.Periode.ToString(), System.Globalization.CultureInfo.InvariantCulture), periode.GetDateTime());
                        Assert.Equal("dd-mm-yyyy", periode.Style.NumberFormat.Format);
                        break;
                    case 4: // accounting year: a number
                        Assert.Equal(XLDataType.Number, periode.DataType);
                        Assert.Equal(int.Parse(o.Periode.ToString()), periode.GetValue<int>());
                        break;
                    default: // school year stays text, not a date
                        Assert.Equal(XLDataType.Text, periode.DataType);
                        Assert.Equal(o.Periode.ToString(), periode.GetString());
                        break;
                }
                if (o.Undertrykt)
                {
                    Assert.Equal(XLDataType.Text, ark.Cell(r, 6).DataType);
                    Assert.Equal("..", ark.Cell(r, 6).GetString()); // Værdi: the value mark
                    Assert.Equal("<5", ark.Cell(r, 7).GetString()); // Tæller: the count mark
                    Assert.True(ark.Cell(r, 6).HasComment);
                    Assert.StartsWith("..: Andelen", ark.Cell(r, 6).Comment.Text);
                    Assert.StartsWith("<5: Antallet er undertrykt", ark.Cell(r, 7).Comment.Text);
                }
                else
                {
                    TalEllerTom(o.Vaerdi, ark.Cell(r, 6));
                    TalEllerTom(o.Taeller, ark.Cell(r, 7));
                }
                if (Formatering.NaevnerHul(o) == Hul.UndertryktAntal) Assert.Equal("<5", ark.Cell(r, 8).GetString()); // a small cohort
                else TalEllerTom(o.Naevner, ark.Cell(r, 8));
                Assert.Equal(Katalog.Hent(o.Noegletal).EnhedTekst, ark.Cell(r, 9).GetString());
                Assert.Equal(o.Undertrykt ? "Ja" : "Nej", ark.Cell(r, 10).GetString());
                Assert.Equal(o.Foreloebig ? "Ja" : "Nej", ark.Cell(r, 11).GetString());
                r++;
            }
            Assert.True(ark.Cell(r, 1).IsEmpty(), $"{ark.Name}: ekstra række efter eksportens rækker");
        }
    }

    private static void TalEllerTom(decimal? forventet, IXLCell celle)
    {
        if (forventet is not { } v)
        {
            Assert.True(celle.IsEmpty(), $"{celle.Address}: mangler data skal være tom, ikke 0");
            return;
        }
        Assert.Equal(XLDataType.Number, celle.DataType);
        // Excel holds doubles: the export's decimal survives to 15 significant digits.
        Assert.Equal((double)v, celle.GetDouble(), 12);
    }

    private static string ArkNavn(Omraade o) => o switch
    {
        Omraade.Oekonomi => "Økonomi",
        _ => o.ToString(),
    };

    [Fact]
    public void Talformater_der_laeses_rigtigt_i_dansk_Excel()
    {
        using var wb = Aabn();
        // Row H+1 on Forebyggende is forebyggende_pr_1000 on 2016-05-31: 200/11355*1000 = 17,61...
        var fb = wb.Worksheet("Forebyggende");
        Assert.Equal("#,##0.0", fb.Cell(H + 1, 6).Style.NumberFormat.Format);
        Assert.Equal("#,##0", fb.Cell(H + 1, 7).Style.NumberFormat.Format);
        Assert.Equal(200d / 11355d * 1000d, fb.Cell(H + 1, 6).GetDouble(), 10);
        var oe = wb.Worksheet("Økonomi");
        Assert.Equal("#,##0.0", oe.Cell(H + 1, 6).Style.NumberFormat.Format);
        Assert.Equal("0", oe.Cell(H + 1, 5).Style.NumberFormat.Format);
        var tr = wb.Worksheet("Trivsel");
        Assert.Equal("#,##0.0", tr.Cell(H + 1, 6).Style.NumberFormat.Format);
        var forside = wb.Worksheet("Forside");
        Assert.Equal(new DateTime(2017, 9, 30), forside.Cell(4, 2).GetDateTime());
        Assert.Equal("[$-406]d. mmmm yyyy", forside.Cell(4, 2).Style.NumberFormat.Format);
    }

    [Fact]
    public void Foreloebigt_aar_er_markeret()
    {
        using var wb = Aabn();
        var oe = wb.Worksheet("Økonomi");
        var raekker = oe.Table("Tabel_Oekonomi").DataRange.Rows().ToList();
        // 4 years × 3 opdelinger; only 2017 (3 rows) is foreløbig.
        Assert.Equal(12, raekker.Count);
        Assert.Equal(3, raekker.Count(r => r.Cell(11).GetString() == "Ja"));
        Assert.All(raekker.Where(r => r.Cell(11).GetString() == "Ja"), r => Assert.Equal(2017, r.Cell(5).GetValue<int>()));
    }

    [Fact]
    public void Tabeller_daekker_alle_raekker_og_overskriften_er_frosset()
    {
        using var wb = Aabn();
        var eksport = XlsxFixtur.Eksport();
        foreach (var gruppe in eksport.Observationer.GroupBy(o => Katalog.Hent(o.Noegletal).Omraade))
        {
            var ark = wb.Worksheet(ArkNavn(gruppe.Key));
            var tabel = Assert.Single(ark.Tables);
            Assert.Equal(H, tabel.RangeAddress.FirstAddress.RowNumber);
            Assert.Equal(H + gruppe.Count(), tabel.RangeAddress.LastAddress.RowNumber);
            Assert.Equal(11, tabel.RangeAddress.LastAddress.ColumnNumber);
            Assert.True(tabel.ShowAutoFilter);
            Assert.True(tabel.ShowRowStripes);
            Assert.Equal("Værdi", tabel.HeadersRow().Cell(6).GetString());
            Assert.Equal(H, ark.SheetView.SplitRow);
            // Width from content: at least the longest Danish name (+2), as AdjustToContents would.
            var laengsteNavn = gruppe.Max(o => Katalog.Hent(o.Noegletal).Navn.Length);
            Assert.True(ark.Column(2).Width >= Math.Min(laengsteNavn, 60), $"{ark.Name}: Navn-kolonnen er {ark.Column(2).Width} bred");
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
        Assert.Equal(new DateTime(2017, 10, 15, 8, 30, 0), forside.Cell(6, 2).GetDateTime());
    }

    [Fact]
    public void Definitioner_daekker_hele_kataloget()
    {
        using var wb = Aabn();
        var tabel = wb.Worksheet("Definitioner").Table("Tabel_Definitioner");
        var ids = tabel.DataRange.Rows().Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(Katalog.Alle.Select(f => f.Id.Kode), ids);
        var anbragte = tabel.DataRange.Rows().Single(r => r.Cell(1).GetString() == "anbragte_pr_1000");
        Assert.Equal("Faldende", anbragte.Cell(6).GetString());
        Assert.Equal(Katalog.AnbragtePr1000.Definition, anbragte.Cell(4).GetString());
    }

    [Fact]
    public void Datakvalitet_har_hvert_fund()
    {
        using var wb = Aabn();
        var raekker = wb.Worksheet("Datakvalitet").Table("Tabel_Datakvalitet").DataRange.Rows().ToList();
        Assert.Equal(2, raekker.Count);
        Assert.Equal("slutdato_foer_startdato", raekker[0].Cell(3).GetString());
        Assert.Equal(2, raekker[0].Cell(4).GetValue<int>());
        Assert.Equal(XLDataType.Number, raekker[0].Cell(4).DataType);
        Assert.Equal("Udeladt af alle opgørelser", raekker[0].Cell(5).GetString());
    }

    [Fact]
    public void Diagrammer_er_native_og_peger_paa_arkets_celler()
    {
        var dele = Dele(Fil);
        var diagrammer = dele.Where(d => d.Key.Contains("/charts/chart", StringComparison.Ordinal)).OrderBy(d => d.Key).ToList();
        Assert.Equal(2, diagrammer.Count);
        Assert.Contains(dele.Keys, k => k.StartsWith("xl/drawings/drawing", StringComparison.Ordinal) && k.EndsWith(".xml", StringComparison.Ordinal));
        // Block 1: title row 4, header row 5, 5 cut dates in rows 6-10; series in B, C, D.
        var foerste = diagrammer[0].Value;
        Assert.Contains("<c:lineChart>", foerste);
        Assert.Contains("<c:f>'Diagrammer'!$A$6:$A$10</c:f>", foerste);
        Assert.Contains("<c:f>'Diagrammer'!$B$6:$B$10</c:f>", foerste);
        Assert.Contains("<c:f>'Diagrammer'!$D$6:$D$10</c:f>", foerste);
        Assert.Contains("<c:f>'Diagrammer'!$C$5</c:f>", foerste);
        // Block 2 starts 3 rows below the chart (header 5 + 18 rows): title 26, header 27, years 28-31.
        var anden = diagrammer[1].Value;
        Assert.Contains("<c:f>'Diagrammer'!$A$28:$A$31</c:f>", anden);
        Assert.Contains("<c:f>'Diagrammer'!$D$28:$D$31</c:f>", anden);

        using var wb = Aabn();
        var ark = wb.Worksheet("Diagrammer");
        Assert.Equal(new DateTime(2016, 5, 31), ark.Cell(6, 1).GetDateTime());
        Assert.Equal("Forebyggende", ark.Cell(5, 2).GetString());
        Assert.Equal(200d / 11355d * 1000d, ark.Cell(6, 2).GetDouble(), 10);
        Assert.Equal(2014, ark.Cell(28, 1).GetValue<int>());
        Assert.Equal(150234.567 * 1.1, ark.Cell(28, 4).GetDouble(), 6);
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
