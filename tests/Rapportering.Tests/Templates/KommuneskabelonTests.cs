using System.Globalization;
using System.Text.Json.Nodes;
using Rapportering.Domain;
using Rapportering.Figures.Oekonomi;
using Rapportering.Templates;

namespace Rapportering.Tests.Templates;

/// <summary>The shipped templates (copied to the output folder at build) load and say what the demo needs.</summary>
public class KommuneskabelonTests
{
    private static readonly int[] Koder = [510, 657, 167, 615, 661, 169];

    public static readonly TheoryData<int> DemoKommuner = new(Koder);

    private static readonly Skabeloner Indbygget = Skabeloner.Standard();

    [Theory]
    [MemberData(nameof(DemoKommuner))]
    public void Kommuneskabelon_indlaeses_med_branding_modtagere_og_egne_regler(int kode)
    {
        var k = Indbygget.Kommune(kode);

        Assert.EndsWith("Kommune", k.Navn);
        Assert.Equal($"logos/{kode}.svg", k.Branding.Logo);
        Assert.Contains("udvalg", k.Branding.Udvalg, StringComparison.OrdinalIgnoreCase);
        // white text on both colours: WCAG contrast at least 4,5
        Assert.True(KontrastModHvid(k.Branding.Primaerfarve) >= 4.5, $"{k.Branding.Primaerfarve} er for lys");
        Assert.True(KontrastModHvid(k.Branding.Sekundaerfarve) >= 4.5, $"{k.Branding.Sekundaerfarve} er for lys");
        Assert.Equal(2, k.Modtagere.Count);
        Assert.All(k.Modtagere, m => Assert.Matches(@"^[a-z.]+@[a-z-]+\.example$", m.Email));
        Assert.NotEmpty(k.Referencekommuner);
        Assert.DoesNotContain(kode, k.Referencekommuner);

        var plan = new Kontoplan(Indbygget.StandardKontoplan(), k.Kontoplan);
        Assert.Equal(4, plan.Find("5.28.22", "002", 2016)?.Trin); // netværksplejefamilier
        Assert.Equal(5, plan.Find("5.28.22", null, 2016)?.Trin);
        Assert.Equal(2, plan.Find("5.28.21", "003", 2016)?.Trin); // § 11.3 / § 30
        Assert.Equal(3, plan.Find("5.28.21", null, 2016)?.Trin);
        Assert.Equal("administration", plan.Find("6.45.51", null, 2016)?.Kategori);
    }

    [Fact]
    public void Demokommunerne_har_hver_deres_farve()
    {
        var farver = Koder.Select(k => Indbygget.Kommune(k).Branding.Primaerfarve).ToList();

        Assert.Equal(farver.Count, farver.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Herning_har_egen_basisperiode_og_paragraf_11_3_gruppering_fra_2015()
    {
        var k = Indbygget.Kommune(657);
        var plan = new Kontoplan(Indbygget.StandardKontoplan(), k.Kontoplan);

        Assert.Equal(new Basisperiode(2012, 2014), k.Basisperioder.Service);
        Assert.Equal(new Basisperiode(2012, 2014), k.Basisperioder.IAlt);
        Assert.Equal(3, plan.Find("5.28.21", "003", 2014)?.Trin);
        Assert.Equal(2, plan.Find("5.28.21", "003", 2015)?.Trin);
        Assert.Equal(Basisperioder.Standard, Indbygget.Kommune(510).Basisperioder);
    }

    [Fact]
    public void Indsatstrappen_stemmer_med_Indsatstyper()
    {
        var sti = Indbygget.Find("indsatstrappe.json");
        Assert.NotNull(sti);
        var o = JsonNode.Parse(File.ReadAllText(sti))!;

        var trin = o["trin"]!.AsArray();
        Assert.Equal([1, 2, 3, 4, 5, 6], trin.Select(t => (int)t!["trin"]!));
        Assert.All(trin, t => Assert.False(string.IsNullOrWhiteSpace((string?)t!["navn"])));
        Assert.All(trin, t => Assert.Equal(Indsatstyper.ErAnbringelse((int)t!["trin"]!), (bool)t["anbringelse"]!));
        var typer = o["indsatstyper"]!.AsObject();
        Assert.Equal(Indsatstyper.Alle.Order(StringComparer.Ordinal), typer.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(typer, p => Assert.Equal(Indsatstyper.Trin(p.Key), (int)p.Value!["trin"]!));
    }

    /// <summary>WCAG 2 contrast ratio of a #RRGGBB colour against white.</summary>
    private static double KontrastModHvid(string hex)
    {
        Assert.Matches("^#[0-9A-Fa-f]{6}$", hex);
        double Kanal(int i)
        {
            var c = int.Parse(hex.Substring(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var l = 0.2126 * Kanal(0) + 0.7152 * Kanal(1) + 0.0722 * Kanal(2);
        return 1.05 / (l + 0.05);
    }
}
