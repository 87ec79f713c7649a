using System.Text.RegularExpressions;
using Rapportering.Rendering.Html;
using Rapportering.Figures;
using Rapportering.Report;

namespace Rapportering.Tests.Rendering.Html;

public sealed class HtmlRendererTests
{
    private static readonly string Html = HtmlRenderer.Render(TestDokument.Lav());

    [Fact]
    public void Html_er_dansk_og_har_landemaerker()
    {
        Assert.Contains("<html lang=\"da\">", Html);
        foreach (var tag in new[] { "<header", "<nav", "<main", "<footer" })
            Assert.Single(Regex.Matches(Html, tag + "[ >]"));
    }

    [Fact]
    public void Praecis_en_h1_og_overskrifterne_springer_ikke_niveauer_over()
    {
        var niveauer = Regex.Matches(Html, "<h([1-6])[ >]").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(1, niveauer.Count(n => n == 1));
        Assert.Equal(1, niveauer[0]);
        for (var i = 1; i < niveauer.Count; i++) Assert.True(niveauer[i] <= niveauer[i - 1] + 1, $"h{niveauer[i]} efter h{niveauer[i - 1]}");
        // Resumé, 1, 2, Bilag + "Indhold" = 5 h2; three sub-headings = 3 h3.
        Assert.Equal(5, niveauer.Count(n => n == 2));
        Assert.Equal(3, niveauer.Count(n => n == 3));
    }

    [Fact]
    public void Indholdsfortegnelsen_linker_til_hvert_afsnit_og_underafsnit()
    {
        var nav = Regex.Match(Html, "<nav.*?</nav>", RegexOptions.Singleline).Value;
        var maal = Regex.Matches(nav, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        // 4 sections + 2 sub-headings with an id.
        Assert.Equal(6, maal.Count);
        foreach (var id in maal) Assert.Contains($"id=\"{id}\"", Html);
        Assert.Contains(">1 Forebyggende indsatser</a>", nav);
    }

    [Fact]
    public void Tabeller_har_caption_og_overskriftsceller_med_scope()
    {
        var tabeller = Regex.Matches(Html, "<table.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        // 2 tables in the document + one number table per chart (3).
        Assert.Equal(5, tabeller.Count);
        foreach (var t in tabeller)
        {
            Assert.Matches("<table[^>]*>\\s*<caption>[^<]+", t);
            Assert.All(Regex.Matches(t, "<th[ >][^>]*").Select(m => m.Value), th => Assert.Matches("scope=\"(col|row)\"", th));
        }
        Assert.Contains("<th scope=\"row\">30. september 2017</th>", Html);
    }

    [Fact]
    public void Diagrammer_er_inline_svg_med_tekstalternativ_og_tallene_i_en_tabel()
    {
        var svg = Regex.Matches(Html, "<svg[^>]*>\\s*<title[^>]*>([^<]+)</title>").ToList();
        Assert.Equal(3, svg.Count);
        foreach (var s in svg)
        {
            Assert.Contains("role=\"img\"", s.Value);
            Assert.Matches("aria-label=\"[^\"]{20,}\"", s.Value);
        }
        Assert.Equal("Forebyggende indsatser pr. 1.000", svg[0].Groups[1].Value);
        // The line chart's values 12,5 and 14,25 with the document's one decimal (the default): 12,5 and 14,3.
        Assert.Contains("<caption>Tallene i figuren: Forebyggende indsatser pr. 1.000 (pr. 1.000 0-17-årige)</caption>", Html);
        Assert.Contains("<td class=\"tal\">12,5</td>", Html);
        Assert.Contains("<td class=\"tal\">14,3</td>", Html);
        // Expected accounts are marked in the table, not only by a lighter colour.
        Assert.Contains("55.500 (forventet regnskab)", Html);
        // The number table's first column is headed by what the document says its categories are.
        Assert.Contains("<th scope=\"col\">År</th>", Html);
    }

    [Fact]
    public void Manglende_vaerdi_er_et_hul_i_linjen_og_en_streg_i_tabellen()
    {
        var foersteSvg = Regex.Match(Html, "<svg.*?</svg>", RegexOptions.Singleline).Value;
        var stier = Regex.Matches(foersteSvg, "<path d=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        // Series 1 is 12,5 · null · 14,25: two pieces, each starting with M; series 2 has no gap.
        // Lines are drawn last series first (the kommune on top), so series 2's path comes first.
        Assert.Equal(2, stier.Count);
        Assert.Equal(2, stier[1].Count(c => c == 'M'));
        Assert.Equal(1, stier[0].Count(c => c == 'M'));
        Assert.Contains("<td class=\"tal\">–</td>", Html);
    }

    [Fact]
    public void Diagrammets_taltabel_bruger_rapportens_maerker_og_fodnote()
    {
        // The report step says what each gap means; the number table draws that, not a catch-all "–".
        var d = new Diagram("Anbragte", DiagramType.Linje, "pr. 1.000", ["a", "b", "c"],
            [new DiagramSerie("Kommunen", [1.5, null, null], Huller: [null, Hul.UndertryktVaerdi, Hul.Mangler])],
            TalFodnote: "..: undertrykt. –: mangler.");
        d = d with { Taltabel = Diagramtal.Tabel(d, RapportTekster.Indbyggede()) };
        var html = HtmlRenderer.Figur(d, "d1");
        Assert.Contains("<td class=\"tal\"><abbr title=\"Undertrykt andel, rate eller gennemsnit (diskretion)\">..</abbr></td>", html);
        Assert.Contains("<td class=\"tal\">–</td>", html);
        Assert.Contains("<p class=\"fodnote\">..: undertrykt. –: mangler.</p>", html);
        Assert.DoesNotContain("&lt;5", html);
    }

    [Fact]
    public void Undertrykte_tal_vises_som_mindre_end_5_med_forklaring()
    {
        Assert.Equal(2, Regex.Matches(Html, "<abbr title=\"Undertrykt antal \\(diskretion\\)\">&lt;5</abbr>").Count);
        Assert.Contains("<strong>30. september 2017</strong>", Html);
    }

    [Fact]
    public void Ingen_personnumre_stier_script_eller_eksterne_filer()
    {
        // The renderer gets the logo's bytes (read at the edge) and embeds exactly those.
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();
        var html = HtmlRenderer.Render(TestDokument.Lav(logo: new Logo(svg, "image/svg+xml")));
        Assert.Contains($"src=\"data:image/svg+xml;base64,{Convert.ToBase64String(svg)}\"", html);
        Assert.DoesNotMatch("\\b\\d{6}-?\\d{4}\\b", html);
        Assert.DoesNotContain("person_id", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public void Kommunens_farver_goeres_moerkere_til_AA_kontrast()
    {
        // White on black is 21:1 by definition; #9DC3E6 on white is only about 1,8:1.
        Assert.Equal(21.0, Farver.Kontrast("#FFFFFF", "#000000"), 3);
        Assert.True(Farver.Kontrast("#9DC3E6", "#FFFFFF") < 2);
        var overskrift = Regex.Match(Html, "--overskrift: (#[0-9A-F]{6})").Groups[1].Value;
        var banner = Regex.Match(Html, "--banner: (#[0-9A-F]{6})").Groups[1].Value;
        var bannerTekst = Regex.Match(Html, "--banner-tekst: (#[0-9A-F]{6})").Groups[1].Value;
        Assert.True(Farver.Kontrast(overskrift, "#FFFFFF") >= 4.5, overskrift);
        Assert.True(Farver.Kontrast(banner, bannerTekst) >= 4.5, $"{banner} / {bannerTekst}");
        Assert.All(Diagramfarver.Palet("#9DC3E6", "#FFC000"), f => Assert.True(Farver.Kontrast(f, "#FFFFFF") >= 3.0, f));
    }

    [Fact]
    public void Udskrift_er_A4_med_sideskift_foer_hvert_afsnit()
    {
        Assert.Contains("@page { size: A4;", Html);
        Assert.Matches("@media print \\{[^@]*main > section \\{ break-before: page; \\}", Html);
        Assert.Contains("<div class=\"sideskift\" aria-hidden=\"true\"></div>", Html);
    }

    [Fact]
    public void Aksen_har_runde_trin_og_luft_over_hoejeste_vaerdi()
    {
        // Highest 14,25 → top 14,25 × 1,08 = 15,39; 15,39 / 5 = 3,08 → step 5: ticks 0, 5, 10, 15.
        var d = new Diagram("t", DiagramType.Linje, "pct.", ["a", "b"], [new DiagramSerie("s", [3, 14.25])]);
        Assert.Equal((0.0, 15.39), (d.Akse.Min, Math.Round(d.Akse.Max, 2)));
        Assert.Equal(new[] { 0.0, 5, 10, 15 }, d.Akse.Ticks);
        // Stacked: the highest total counts (30 + 25,5 = 55,5 → 59,94 → step 20: 0, 20, 40).
        var s = new Diagram("t", DiagramType.StabledeSoejler, "pct.", ["a"], [new DiagramSerie("x", [30]), new DiagramSerie("y", [25.5])]);
        Assert.Equal(new[] { 0.0, 20, 40 }, s.Akse.Ticks);
        Assert.Equal(10.0, DiagramAkse.PaenTrin(9.1));
        Assert.Equal(2.5, DiagramAkse.PaenTrin(2.2));
    }

    [Fact]
    public void Samme_dokument_giver_samme_html()
    {
        Assert.Equal(Html, HtmlRenderer.Render(TestDokument.Lav()));
    }
}
