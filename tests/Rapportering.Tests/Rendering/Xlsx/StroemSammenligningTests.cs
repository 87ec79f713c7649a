using ClosedXML.Excel;
using Rapportering.Offentlige;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;
using Rapportering.Templates;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// The comparison workbook is written by the streaming writer (StroemPakke); what a reader sees
/// must be what ClosedXML wrote before (<see cref="ClosedXmlSammenligning"/>, the old renderer kept
/// as the reference). Both are read back with ClosedXML and compared cell by cell on every sheet:
/// type, value, number format, bold, italic, alignment, fill; and per sheet the column widths,
/// frozen panes, filter, table, links and print titles.
/// </summary>
public class StroemSammenligningTests
{
    /// <summary>Four kommuner (630's latest forebyggende figure suppressed), 510 in focus, 561 and 575 reference kommuner, with public figures.</summary>
    private static SammenligningsModel Input()
    {
        var k630 = XlsxFixtur.Eksport(630, 20);
        var obs = k630.Observationer.Select(o => o.Noegletal.Kode == "forebyggende_pr_1000" && o.Periode.ToString() == "2017-09-30"
            ? o with { Vaerdi = null, Taeller = null, Undertrykt = true } : o).ToList();
        var model = new SammenligningsModel(
        [
            new(XlsxFixtur.Eksport(510), "Testrup Kommune"),
            new(XlsxFixtur.Eksport(561, 5), "Referenceby Kommune", Oprindelse.Modtaget),
            new(XlsxFixtur.Eksport(575, 10), "Andenreference Kommune"),
            new(k630 with { Observationer = obs }, "Øvrigby Kommune"),
        ], 510, [561, 575], XlsxFixtur.Dannet) { Tekster = RapportTekster.Indbyggede() };
        IEnumerable<OffentligtTal> Bef(int k) => Enumerable.Range(0, 18).Select(a => new OffentligtTal("FOLK1A", "befolkning", k, "2018K1", $"{a}", 600, false));
        List<OffentligtTal> tal =
        [
            .. Bef(510), .. Bef(561),
            new("ANBAAR9", "anbragte_efter_alder", 510, "2017", "9917", 108, false),
            new("ANBAAR9", "anbragte_efter_alder", 561, "2017", "9917", null, true),
        ];
        var afledte = AfledteTal.Beregn(tal, OffentligeTalSkabelon.Laes(Skabeloner.Standard()), null).Tal;
        return model.MedOffentlige(OffentligSammenligning.Byg(afledte, 510, [561, 575],
            k => k == 510 ? "Testrup Kommune" : "Referenceby Kommune", "Hele landet"));
    }

    private static XLWorkbook Aabn(Action<SammenligningsModel, Stream> render)
    {
        var ms = new MemoryStream();
        render(Input(), ms);
        ms.Position = 0;
        return new XLWorkbook(ms);
    }

    private static readonly Lazy<(XLWorkbook Ny, XLWorkbook Gammel)> Boeger = new(() =>
        (Aabn((m, s) => new SammenligningWorkbookRenderer().Render(m, s)), Aabn((m, s) => new ClosedXmlSammenligning().Render(m, s))));

    [Fact]
    public void Samme_ark_i_samme_raekkefoelge()
    {
        var (ny, gammel) = Boeger.Value;
        Assert.Equal(gammel.Worksheets.Select(a => a.Name), ny.Worksheets.Select(a => a.Name));
        // Front, Data, at least one figure sheet and the public figures: the comparison covers all kinds.
        Assert.Contains(ny.Worksheets, a => a.Name == "Hele landet");
        Assert.True(ny.Worksheets.Count > 4);
    }

    [Fact]
    public void Hver_celle_har_samme_vaerdi_type_og_talformat()
    {
        var (ny, gammel) = Boeger.Value;
        var sammenlignet = 0;
        foreach (var g in gammel.Worksheets)
            sammenlignet += ArkSammenligning.Celler(g, ny.Worksheet(g.Name), g.Name).Celler;
        Assert.True(sammenlignet > 1000, $"kun {sammenlignet} celler sammenlignet");
    }

    [Fact]
    public void Samme_kolonnebredder_frosne_ruder_filtre_tabeller_og_links()
    {
        var (ny, gammel) = Boeger.Value;
        foreach (var g in gammel.Worksheets)
        {
            var n = ny.Worksheet(g.Name);
            for (var k = 1; k <= g.LastColumnUsed()!.ColumnNumber(); k++)
                Assert.True(Math.Abs(g.Column(k).Width - n.Column(k).Width) < 0.01, $"{g.Name} kolonne {k}: bredde {n.Column(k).Width}, før {g.Column(k).Width}");
            Assert.Equal((g.SheetView.SplitRow, g.SheetView.SplitColumn), (n.SheetView.SplitRow, n.SheetView.SplitColumn));
            Assert.Equal(g.AutoFilter.IsEnabled ? g.AutoFilter.Range.RangeAddress.ToString() : null,
                n.AutoFilter.IsEnabled ? n.AutoFilter.Range.RangeAddress.ToString() : null);
            Assert.Equal(g.Tables.Select(t => (t.Name, t.RangeAddress.ToString(), t.ShowAutoFilter)), n.Tables.Select(t => (t.Name, t.RangeAddress.ToString(), t.ShowAutoFilter)));
            Assert.Equal(g.Hyperlinks.Select(h => (h.Cell.Address.ToString(), h.InternalAddress)), n.Hyperlinks.Select(h => (h.Cell.Address.ToString(), h.InternalAddress)));
            Assert.Equal(g.PageSetup.FirstRowToRepeatAtTop, n.PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal((g.PageSetup.PaperSize, g.PageSetup.PageOrientation, g.PageSetup.PagesWide), (n.PageSetup.PaperSize, n.PageSetup.PageOrientation, n.PageSetup.PagesWide));
        }
    }

    [Fact]
    public void Samme_input_giver_samme_bytes()
    {
        byte[] Fil()
        {
            using var ms = new MemoryStream();
            new SammenligningWorkbookRenderer().Render(Input(), ms);
            return ms.ToArray();
        }
        Assert.Equal(Fil(), Fil());
    }
}
