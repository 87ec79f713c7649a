using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Sammenligninger;
using Rapportering.Rendering.Xlsx;
using Rapportering.Templates;

namespace Rapportering.Tests.Rendering.Xlsx;

public class SammenligningWorkbookTests
{
    // Four kommuner; 510 is in focus with reference kommuner 561 and 575. Each kommune's
    // forebyggende tæller is 200+10i+forskydning and nævner 11355+10i+100·forskydning (i = cut date index).
    private static SammenligningsModel Input()
    {
        var k630 = XlsxFixtur.Eksport(630, 20);
        // 630's latest forebyggende figure is suppressed: it must not enter the average.
        var obs = k630.Observationer.Select(o => o.Noegletal.Kode == "forebyggende_pr_1000" && o.Periode.ToString() == "2017-09-30"
            ? o with { Vaerdi = null, Taeller = null, Undertrykt = true } : o).ToList();
        var skabelon = new KommuneSkabelon(510, "Testrup Kommune",
            new Branding("#1F4E79", "#C55A11", null, "Børne- og Ungeudvalget", null),
            Basisperioder.Standard, [561, 575], [], []);
        return SammenligningsModel.Fra(skabelon,
        [
            new(XlsxFixtur.Eksport(630, 20) with { Observationer = obs }, "Øvrigby Kommune"),
            new(XlsxFixtur.Eksport(561, 5), "Referenceby Kommune"),
            new(XlsxFixtur.Eksport(510), "Testrup Kommune"),
            new(XlsxFixtur.Eksport(575, 10), "Andenreference Kommune"),
        ], XlsxFixtur.Dannet, RapportTekster.Indbyggede());
    }

    private static byte[] Render()
    {
        using var ms = new MemoryStream();
        new SammenligningWorkbookRenderer().Render(Input(), ms);
        return ms.ToArray();
    }

    private static readonly byte[] Fil = Render();
    private const int H = SammenligningWorkbookRenderer.OverskriftRaekke;

    [Fact]
    public void Gem_eksempel_til_visuel_kontrol()
    {
        // Saved when asked; either way it must open with its front sheet first and the tidy Data table.
        XlsxFixtur.GemTilVisuelKontrol(Fil, "sammenligning-510.xlsx");
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        Assert.Equal("Forside", wb.Worksheets.First().Name);
        Assert.NotEmpty(wb.Worksheet("Data").Table("Tabel_Data").DataRange.Rows());
    }

    [Fact]
    public void Data_har_hver_kommunes_raekker_med_rolle()
    {
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        var tabel = wb.Worksheet("Data").Table("Tabel_Data");
        var raekker = tabel.DataRange.Rows().ToList();
        var input = Input();
        Assert.Equal(input.Kommuner.Sum(k => k.Eksport.Observationer.Count), raekker.Count);
        // Focus first, then reference kommuner by code, then the rest.
        Assert.Equal([510, 561, 575, 630], raekker.Select(r => r.Cell(1).GetValue<int>()).Distinct().ToArray());
        var roller = raekker.GroupBy(r => r.Cell(1).GetValue<int>()).ToDictionary(g => g.Key, g => g.Select(r => r.Cell(3).GetString()).Distinct().Single());
        Assert.Equal("Kommune", roller[510]);
        Assert.Equal("Referencekommune", roller[561]);
        Assert.Equal("Referencekommune", roller[575]);
        Assert.Equal("Øvrig", roller[630]);
        // The observation columns start in column 4 and equal the export: 561's first row.
        var foerste561 = raekker.First(r => r.Cell(1).GetValue<int>() == 561);
        var o = input.Kommuner.Single(k => k.Eksport.Kommune == 561).Eksport.Observationer[0];
        Assert.Equal(o.Noegletal.Kode, foerste561.Cell(4).GetString());
        Assert.Equal((double)o.Vaerdi!.Value, foerste561.Cell(9).GetDouble(), 12);
    }

    [Fact]
    public void Figurark_har_kommuner_som_raekker_og_landsgennemsnit_vaegtet_med_naevner()
    {
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        var ark = wb.Worksheet("Forebyggende");
        Assert.Equal("Forebyggende indsatser pr. 1.000 0-17-årige – I alt", ark.Cell(1, 1).GetString());
        // Periods across: 5 cut dates as date cells in D..H.
        Assert.Equal(new DateTime(2016, 5, 31), ark.Cell(H, 4).GetDateTime());
        Assert.Equal(new DateTime(2017, 9, 30), ark.Cell(H, 8).GetDateTime());
        Assert.Equal([510, 561, 575, 630], Enumerable.Range(H + 1, 4).Select(r => ark.Cell(r, 1).GetValue<int>()).ToArray());
        Assert.Equal(["Kommune", "Referencekommune", "Referencekommune", "Øvrig"], Enumerable.Range(H + 1, 4).Select(r => ark.Cell(r, 3).GetString()).ToArray());
        Assert.True(ark.Cell(H + 1, 2).Style.Font.Bold);
        Assert.False(ark.Cell(H + 4, 2).Style.Font.Bold);
        Assert.Equal("..", ark.Cell(H + 4, 8).GetString()); // a suppressed rate

        var gennemsnit = H + 5;
        Assert.Equal("Gennemsnit af kommunerne i sammenligningen", ark.Cell(gennemsnit, 2).GetString());
        // 2016-05-31: (200+205+210+220) / (11355+11855+12355+13355) · 1000 = 835/48920·1000 = 17,068683...
        // (the plain mean of the four rates would be 17,094: weighting matters here).
        Assert.Equal(835d / 48920d * 1000d, ark.Cell(gennemsnit, 4).GetDouble(), 9);
        // 2017-09-30, 630 suppressed and left out: (240+245+250) / (11395+11895+12395) · 1000 = 20,596889...
        Assert.Equal(735d / 35685d * 1000d, ark.Cell(gennemsnit, 8).GetDouble(), 9);
        Assert.Contains("vægtet med nævneren", ark.Cell(gennemsnit + 2, 2).GetString());
        Assert.Equal(H, ark.SheetView.SplitRow);
        Assert.Equal(3, ark.SheetView.SplitColumn);
    }

    [Fact]
    public void Helt_undertrykt_periode_giver_intet_gennemsnit()
    {
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        var ark = wb.Worksheet("Hjemmebaserede Døgnophold for f");
        // Every kommune is suppressed on 2016-09-30 (column E): ".." in all four rows, no average.
        Assert.All(Enumerable.Range(H + 1, 4), r => Assert.Equal("..", ark.Cell(r, 5).GetString()));
        Assert.True(ark.Cell(H + 5, 5).IsEmpty());
        Assert.False(ark.Cell(H + 5, 4).IsEmpty());
    }

    [Fact]
    public void Arknavne_er_korte_og_unikke_og_forsiden_linker_til_dem()
    {
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        var navne = wb.Worksheets.Select(w => w.Name).ToList();
        Assert.All(navne, n => Assert.True(n.Length <= 31, n));
        Assert.Equal(navne.Count, navne.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // Fixture combinations: forebyggende 1, hjemmebaserede 2, anbragte 1, anbringelsesformer 1,
        // udgifter 3, faglig trivsel 3, fravær 1 = 12 figure sheets + Forside + Data.
        Assert.Equal(14, navne.Count);
        var links = wb.Worksheet("Forside").CellsUsed().Where(c => c.HasHyperlink).Select(c => c.Hyperlink.InternalAddress).ToList();
        Assert.All(navne.Skip(1), n => Assert.Contains($"'{n}'!A1", links));
    }

    [Fact]
    public void Arknavne_afkortes_og_nummereres()
    {
        var navne = new Arknavne("Data");
        Assert.Equal("data 2", navne.Nyt("data")); // "Data" is taken whatever the case
        var lang = new string('x', 40);
        Assert.Equal(new string('x', 31), navne.Nyt(lang));
        Assert.Equal(new string('x', 29) + " 2", navne.Nyt(lang));
        Assert.Equal("a-b-c", navne.Nyt("a/b:c"));
    }

    [Fact]
    public void Landsgennemsnit_uden_naevner_er_simpelt_gennemsnit()
    {
        // Expenditure has no nævner: (100 + 200 + 600) / 3 = 300; the suppressed row is left out.
        var g = Gennemsnit.Beregn(Katalog.Udgifter,
        [
            new("udgifter_1000kr", "i_alt", "2016", 100m, null, null),
            new("udgifter_1000kr", "i_alt", "2016", 200m, null, null),
            new("udgifter_1000kr", "i_alt", "2016", 600m, null, null),
            new("udgifter_1000kr", "i_alt", "2016", null, null, null, Undertrykt: true),
        ]);
        Assert.NotNull(g);
        Assert.Equal(300m, g.Vaerdi);
        Assert.False(g.Vaegtet);
        Assert.Equal(3, g.AntalKommuner);
    }

    [Fact]
    public void Samme_input_giver_samme_sammenligning()
    {
        Assert.Equal(Fil, Render());
    }
}
