using Microsoft.Data.Sqlite;
using Rapportering.Rendering.Json;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Cli;

/// <summary>
/// A kommune keeps its own templates outside the install (`--templates DIR`): its file wins over
/// the built-in one, and what it changes shows in the report and the figures.
/// </summary>
public sealed class SkabelonOverstyringTests(CliDemoDatabase demo) : IClassFixture<CliDemoDatabase>
{
    [Fact]
    public void Egen_kommuneskabelon_aendrer_udvalg_og_kontoplan_i_rapporten()
    {
        var egne = Path.Combine(demo.Mappe, "egne-skabeloner-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(egne, "kommuner"));
        // Only 510's file: everything else falls back to the built-in templates. The demo's one
        // unmapped account (5.28.19) is mapped to trin 3 by the kommune's own rule.
        File.WriteAllText(Path.Combine(egne, "kommuner", "510.json"), """
            {
              "navn": "Haderslev Kommune",
              "branding": { "farver": { "primaer": "#123456", "sekundaer": "#345678" },
                            "logo": "logos/510.svg", "udvalg": "Udvalget for Børn og Familier (prøve)" },
              "kontoplan": [
                { "funktion": "5.28.22", "gruppering": "002", "kategori": "service", "trin": 4 },
                { "funktion": "5.28.21", "gruppering": "003", "kategori": "service", "trin": 2 },
                { "funktion": "5.28.19", "kategori": "service", "trin": 3 }
              ]
            }
            """);

        var standardUd = Path.Combine(demo.Mappe, "standard-" + Guid.NewGuid().ToString("N"));
        var egenUd = Path.Combine(demo.Mappe, "egen-" + Guid.NewGuid().ToString("N"));
        string[] Args(string ud) => ["generate", "--provider", "sqlite", "--connection", $"Data Source={demo.Db}",
            "--kommune", "510", "--skaeringsdato", "2025-09-30", "--out", ud, "--format", "pdf,json"];
        var standard = GenerateCliTests.Koer(Args(standardUd));
        var egen = GenerateCliTests.Koer([.. Args(egenUd), "--templates", egne]);
        Assert.True(standard.Kode == 0, standard.Fejl);
        Assert.True(egen.Kode == 0, egen.Fejl);

        var foer = Laes(standardUd);
        var efter = Laes(egenUd);

        // The finding for the unmapped account is gone only where the kommune's rule covers it.
        Assert.Contains(foer.Datakvalitet, f => f.Regel == "ukendt_funktion");
        Assert.DoesNotContain(efter.Datakvalitet, f => f.Regel == "ukendt_funktion");

        // Net service rises by exactly that row in fixed 2025 prices: beloeb × PL(2025) / PL(aar).
        var (aar, beloeb) = Konto51819(demo.Db);
        var pl = PlIndeks(demo.Db);
        var forventetStigning = beloeb * pl[2025] / pl[aar];
        decimal Service(Rapportering.Figures.FigurEksport e, int a) =>
            e.Observationer.Single(o => o.Noegletal.Kode == "udgifter_1000kr" && o.Opdeling?.Kode == "service" && o.Periode.ToString() == a.ToString()).Vaerdi!.Value;
        Assert.Equal(forventetStigning, Service(efter, aar) - Service(foer, aar), 6);
        foreach (var andet in Enumerable.Range(2011, 14).Where(a => a != aar))
            Assert.Equal(Service(foer, andet), Service(efter, andet));

        // The kommune's own udvalg name is on the cover.
        using var pdf = PdfDocument.Open(Path.Combine(egenUd, "510-2025-09-30.pdf"));
        Assert.Contains("Udvalget for Børn og Familier (prøve)", pdf.GetPage(1).Text);
        using var standardPdf = PdfDocument.Open(Path.Combine(standardUd, "510-2025-09-30.pdf"));
        Assert.DoesNotContain("(prøve)", standardPdf.GetPage(1).Text);
    }

    private static Rapportering.Figures.FigurEksport Laes(string ud)
    {
        using var s = File.OpenRead(Path.Combine(ud, "510-2025-09-30.json"));
        return JsonEksportRenderer.Laes(s);
    }

    private static (int Aar, decimal Beloeb) Konto51819(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT aar, SUM(beloeb_1000kr) FROM rap_regnskab WHERE kommune_kode = 510 AND funktion = '5.28.19' GROUP BY aar";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read(), "demodata skal have en post på 5.28.19 for 510");
        var resultat = (r.GetInt32(0), Convert.ToDecimal(r.GetValue(1)));
        Assert.False(r.Read(), "forventede kun ét år med 5.28.19");
        return resultat;
    }

    private static Dictionary<int, decimal> PlIndeks(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT aar, indeks FROM rap_pl_indeks";
        using var r = cmd.ExecuteReader();
        var d = new Dictionary<int, decimal>();
        while (r.Read()) d[r.GetInt32(0)] = Convert.ToDecimal(r.GetValue(1));
        return d;
    }
}
