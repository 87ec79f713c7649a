using System.Text.Json;
using Rapportering.Benchmark;

namespace Rapportering.Tests.Benchmark;

/// <summary>
/// The bench logic on two kommuner at a tiny scale, no peer: the result has every stage with
/// timings, bytes per format, and the JSON file parses back. Not a timing assertion.
/// </summary>
public sealed class BenchKoerselTests : IDisposable
{
    private readonly DirectoryInfo _mappe = Directory.CreateTempSubdirectory("bench-test-");

    public void Dispose() => _mappe.Delete(recursive: true);

    [Fact]
    public async Task To_kommuner_giver_tider_for_hvert_trin_bytes_og_json()
    {
        var ud = Path.Combine(_mappe.FullName, "ud");
        var o = new BenchOptions
        {
            AntalKommuner = 2,
            Skala = 0.02,
            DbSti = Path.Combine(_mappe.FullName, "bench.db"),
            DataPr = new DateOnly(2017, 10, 15),
            UdMappe = ud,
        };

        var r = await BenchKoersel.KoerAsync(o);

        Assert.Equal(2, r.AntalKommuner);
        // Data as of 15 Oct 2017 → the latest cut date on or before it is 30 Sep 2017.
        Assert.Equal("2017-09-30", r.Skaeringsdato);
        Assert.Equal(BenchKoersel.StadieNavne, r.Stadier.Select(s => s.Stadie));
        Assert.All(r.Stadier, s =>
        {
            Assert.Equal(2, s.Antal);
            Assert.True(s.SumMs > 0, $"{s.Stadie} har ingen tid");
            Assert.True(s.P95Ms >= s.MedianMs);
        });
        Assert.All(r.Stadier.Where(s => s.Stadie is "Pdf" or "Xlsx" or "Html" or "Json"), s => Assert.True(s.Bytes > 0, s.Stadie));
        Assert.True(r.StoerstePdfBytes > 0);
        Assert.True(r.PeakWorkingSetBytes > 0);
        Assert.True(r.WallSek > 0 && r.CpuSek > 0);
        // 2 kommuner × 4 formats and the comparison workbook, written to the folder given (kept, since --out was given).
        Assert.Equal(9, Directory.GetFiles(ud).Length);
        Assert.Null(r.Peer);
        // Two kommuner: the per-kommune medians, the largest PDF and the comparison; not the national run's wall time and memory.
        Assert.Equal(
            ["Median pr. kommune, indlæsning", "Median pr. kommune, beregning", "Median pr. kommune, PDF (tagget)", "Median pr. kommune, XLSX", "Største PDF", "Sammenligning af 2 kommuner fra eksporter"],
            r.Maal.Select(m => m.Navn));
        var pdfMaal = r.Maal.Single(m => m.Navn == "Median pr. kommune, PDF (tagget)");
        Assert.Equal(r.Stadier.Single(st => st.Stadie == "Pdf").MedianMs <= 50, pdfMaal.Opfyldt);
        Assert.Equal("≤ 50 ms", pdfMaal.Krav);
        Assert.True(r.AntalIndsatser > 0);
        Assert.True(r.Gc is { PauseSek: >= 0, Gen0: >= 0 } && r.Gc.Gen0 >= r.Gc.Gen1 && r.Gc.Gen1 >= r.Gc.Gen2 && r.Gc.AllokeretBytes > 0);
        Assert.False(r.ReadyToRun); // the tests run the JIT-compiled build
        // The comparison from the two JSON exports: its Data table holds every row of both.
        var s = r.Sammenligning!;
        Assert.Equal(2, s.Kommuner);
        Assert.True(s.IAltSek > 0 && s.IAltSek >= s.RenderSek);
        var xlsx = Path.Combine(ud, $"{s.Fokus}-{r.Skaeringsdato}-sammenligning.xlsx");
        Assert.Equal(s.Bytes, new FileInfo(xlsx).Length);
        var raekker = Directory.GetFiles(ud, "*.json").Sum(f => { using var j = File.OpenRead(f); return Rapportering.Rendering.Json.JsonEksportRenderer.Laes(j).Observationer.Count; });
        using (var wb = new ClosedXML.Excel.XLWorkbook(xlsx))
            Assert.Equal(raekker, wb.Worksheet("Data").Table("Tabel_Data").DataRange.RowCount());
        Assert.Contains(r.Maal, m => m.Navn == "Sammenligning af 2 kommuner fra eksporter" && m.Krav == "≤ 1 s");

        // A second run reuses the database the first one built.
        var igen = await BenchKoersel.KoerAsync(o with { UdMappe = null });
        Assert.True(igen.Database.Genbrugt);
        Assert.False(r.Database.Genbrugt);

        var json = Path.Combine(_mappe.FullName, "bench.json");
        BenchKoersel.SkrivJson(r, json);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(2, doc.RootElement.GetProperty("antalKommuner").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("sammenligning").GetProperty("kommuner").GetInt32());
        Assert.Equal(8, doc.RootElement.GetProperty("stadier").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("stadier")[3].GetProperty("bytes").GetInt64() > 0);
    }

    [Theory]
    // The national batch: its wall time and memory and the four medians; not the million-measure targets.
    [InlineData(98, 670_660L, "Landsdækkende kørsel, alle formater|Maks. hukommelse (working set)|Median pr. kommune, indlæsning|Median pr. kommune, beregning|Median pr. kommune, PDF (tagget)|Median pr. kommune, XLSX|Største PDF")]
    // One kommune of a million measures: its own wall time and memory, no per-kommune medians (one value of 2 s is no median of a batch).
    [InlineData(1, 1_014_241L, "Én kommune med 1.014.241 indsatser|Maks. hukommelse, én stor kommune|Største PDF")]
    public void Maalene_gaelder_hvor_koerslen_maaler_dem(int kommuner, long indsatser, string forventet)
    {
        var stadier = BenchKoersel.StadieNavne.Select(n => new StadieResultat(n, kommuner, 100, n == "Beregn" ? 12 : 5, 20, 30, null)).ToList();
        var r = new BenchResultat(DateTimeOffset.UnixEpoch, "test", 2, 2, new DatabaseInfo("sqlite", "x", true, 0, kommuner, 1), "2026-09-30",
            kommuner, 6.2, 8, 1.3, 400_000_000, 0, 0, stadier, 0, 600_000, 510, null, [], []) { AntalIndsatser = indsatser };

        var maal = BenchKoersel.Maaltal(r);

        Assert.Equal(forventet.Split('|'), maal.Select(m => m.Navn));
        // Each judged on its own figure: 12 ms compute misses ≤ 10, 0,6 MB misses ≤ 0,5 MB, 400 MB is over 300 for one kommune.
        Assert.All(maal.Where(m => m.Navn.StartsWith("Median", StringComparison.Ordinal)), m => Assert.Equal(!m.Navn.EndsWith("beregning", StringComparison.Ordinal), m.Opfyldt));
        Assert.False(maal.Single(m => m.Navn == "Største PDF").Opfyldt);
        Assert.Equal(kommuner == 98, maal.Single(m => m.Navn.StartsWith("Maks. hukommelse", StringComparison.Ordinal)).Opfyldt);
    }

    [Fact]
    public void ReadyToRun_kendes_paa_assemblyens_header()
    {
        // The runtime's own assemblies ship precompiled; the test build of ours is IL only.
        Assert.True(BenchKoersel.ErReadyToRun(typeof(object).Assembly.Location));
        Assert.False(BenchKoersel.ErReadyToRun(typeof(BenchKoersel).Assembly.Location));
        Assert.False(BenchKoersel.ErReadyToRun());
    }

    [Fact]
    public async Task Kun_sammenligningen_fra_en_mappe_af_eksporter()
    {
        // Three exports as `generate --format json` writes them, and a file that is no export of that date.
        var mappe = Directory.CreateDirectory(Path.Combine(_mappe.FullName, "eksporter")).FullName;
        foreach (var (k, f) in new[] { (510, 0m), (561, 5m), (630, 20m) })
            File.WriteAllBytes(Path.Combine(mappe, $"{k}-2017-09-30.json"), Rapportering.Rendering.Json.JsonEksportRenderer.Render(Rendering.Xlsx.XlsxFixtur.Eksport(k, f)));
        File.WriteAllText(Path.Combine(mappe, "noter.json"), "{}");

        var r = await BenchKoersel.KoerAsync(new BenchOptions { SammenligningFra = mappe });

        var s = r.Sammenligning!;
        Assert.Equal(3, s.Kommuner);
        Assert.Equal(510, s.Fokus);
        Assert.Equal(0, r.AntalKommuner); // no batch
        Assert.Equal(["Figurark", "Hele landet", "Forside", "Data", "Afspil", "Gem"], s.RenderTrinSek.Keys);
        Assert.Equal("Sammenligning af 3 kommuner fra eksporter", Assert.Single(r.Maal).Navn);
        // The workbook it measured is written beside the exports: every export's rows in the Data table.
        var fil = Path.Combine(mappe, "510-2017-09-30-sammenligning.xlsx");
        Assert.Equal(new FileInfo(fil).Length, s.Bytes);
        using var wb = new ClosedXML.Excel.XLWorkbook(fil);
        Assert.Equal(3 * Rendering.Xlsx.XlsxFixtur.Eksport().Observationer.Count, wb.Worksheet("Data").Table("Tabel_Data").DataRange.RowCount());
    }
}
