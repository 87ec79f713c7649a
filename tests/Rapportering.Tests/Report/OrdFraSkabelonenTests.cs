using Rapportering.Rendering.Html;
using Rapportering.Report;
using Rapportering.Templates;
using static Rapportering.Tests.Report.DokumentTekster;

namespace Rapportering.Tests.Report;

/// <summary>
/// The words the renderers used to hold in C# (the suppression wording, "Indhold", "Side 3 af 20",
/// "Figur 1", units in running text, period phrases, short months) come from rapport/tekster.json:
/// a kommune's own file changes them in the document, the HTML and the PDF's frame alike.
/// </summary>
public sealed class OrdFraSkabelonenTests
{
    private const string Egne = """
        {
          "ramme": { "indhold": "Indholdsfortegnelse", "side": "s. {side}/{sider}", "figurtitel": "Fig. {nr}: {titel}",
                     "spring_til_indhold": "Gå til indholdet", "dannet": "Lavet af {forfatter} {dato}." },
          "maerker": { "undertrykt": "Skjult antal", "undertrykt_vaerdi": "Skjult andel" },
          "enheder": { "mio_kr": "{tal} mio. kroner" },
          "perioder": { "i_skoleaar": "i skoleår {skoleaar}", "maaneder_korte": "J;F;M;A;M;J;J;A;S;O;N;D" }
        }
        """;

    [Fact]
    public void Kommunens_egne_ord_naar_dokumentet_og_html()
    {
        using var egne = new Templates.EgneTekster(Egne);
        var dok = RapportFixtur.Dokument(tekster: egne.Laes());

        Assert.Equal("s. 3/20", dok.Ramme.Side("3", "20"));
        var diagrammer = dok.Afsnit.SelectMany(a => a.Blokke).OfType<Diagram>().ToList();
        Assert.StartsWith("Fig. 1: ", diagrammer[0].Titel, StringComparison.Ordinal);
        // Short months on the axis: "S 17" for 30 September 2017.
        Assert.Contains("S 17", diagrammer[0].Akseetiketter);
        var resume = string.Join(" ", Afsnit(dok, "resume").Blokke.OfType<Punktliste>().SelectMany(p => p.Punkter));
        Assert.Contains("162,3 mio. kroner til 147,0 mio. kroner (−15,3 mio. kroner)", resume, StringComparison.Ordinal);
        Assert.Contains("i skoleår 2016/17", resume, StringComparison.Ordinal);

        var html = HtmlRenderer.Render(dok);
        Assert.Contains("<h2 id=\"toc-overskrift\">Indholdsfortegnelse</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Gå til indholdet</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Lavet af Haderslev Kommune 15. oktober 2017.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Skjult andel\">..</abbr>", html, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Skjult antal\">&lt;5</abbr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("diskretion)\"", html, StringComparison.Ordinal);
    }
}
