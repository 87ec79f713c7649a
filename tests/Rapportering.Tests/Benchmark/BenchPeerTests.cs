using System.Text.Json;
using Rapportering.Benchmark;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Benchmark;

/// <summary>
/// Both Chromium peers in one bench run on real Chromium (Debian's, as the web tests use): the
/// cold one (a process per report) and the warm one (one browser, one page, through Playwright)
/// each print the kommune's HTML, and the PDFs read back as the report. Times are recorded, not judged.
/// </summary>
public sealed class BenchPeerTests : IDisposable
{
    private readonly DirectoryInfo _mappe = Directory.CreateTempSubdirectory("bench-peer-");

    public void Dispose() => _mappe.Delete(recursive: true);

    [Fact]
    public async Task Kold_og_varm_chromium_udskriver_samme_rapport_i_samme_koersel()
    {
        var ud = Path.Combine(_mappe.FullName, "ud");
        var o = new BenchOptions
        {
            AntalKommuner = 1,
            Skala = 0.02,
            DbSti = Path.Combine(_mappe.FullName, "bench.db"),
            DataPr = new DateOnly(2017, 10, 15),
            UdMappe = ud,
            PeerAntal = 1,
        };

        var r = await BenchKoersel.KoerAsync(o);

        foreach (var (peer, mappe) in new[] { (r.Peer, "chromium"), (r.VarmPeer, "chromium-varm") })
        {
            Assert.NotNull(peer);
            var rapport = Assert.Single(peer.Rapporter);
            Assert.Equal(510, rapport.Kommune);
            Assert.True(rapport.TidMs > 0 && rapport.PeakRssBytes > 0, peer.Navn);
            // Our PDF step for the same report, rendered again alone after the batch, and the ratio from it.
            Assert.True(rapport.VoresPdfAleneMs > 0, peer.Navn);
            Assert.Equal(rapport.VoresPdfAleneMs, peer.VoresPdfAleneMedianMs);
            Assert.Equal(peer.MedianMs / peer.VoresPdfAleneMedianMs, peer.ForholdPdfAlene, 6);
            var pdf = Path.Combine(ud, mappe, "510-2017-09-30.pdf");
            Assert.Equal(new FileInfo(pdf).Length, rapport.PdfBytes);
            using var doc = PdfDocument.Open(pdf);
            Assert.True(doc.NumberOfPages > 1, $"{peer.Navn}: {doc.NumberOfPages} side");
            Assert.Contains("Haderslev", doc.GetPage(1).Text, StringComparison.Ordinal);
            // Both print what our PDF step makes: a tagged PDF with bookmarks (Playwright's default is neither).
            var katalog = doc.Structure.Catalog.CatalogDictionary;
            Assert.True(katalog.Data.ContainsKey("StructTreeRoot"), $"{peer.Navn}: ikke tagget");
            Assert.True(katalog.Data.ContainsKey("Outlines"), $"{peer.Navn}: ingen bogmærker");
        }
        Assert.Equal("chromium-varm", r.VarmPeer!.Navn);
        Assert.Contains(r.Maal, m => m.Navn.Contains("varm", StringComparison.Ordinal) && m.Krav == "≥ 30×");
        Assert.Contains(r.Maal, m => m.Navn.Contains("kold", StringComparison.Ordinal) && m.Krav == "≥ 100×" && m.Opfyldt == r.Peer!.ForholdPdf >= 100);

        var json = Path.Combine(_mappe.FullName, "bench.json");
        BenchKoersel.SkrivJson(r, json);
        using var d = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("chromium", d.RootElement.GetProperty("peer").GetProperty("navn").GetString());
        Assert.Equal(1, d.RootElement.GetProperty("varmPeer").GetProperty("rapporter").GetArrayLength());
    }
}
