using Rapportering.Tests.Infrastructure;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Report.Sektioner;

namespace Rapportering.Tests.Rendering.Html;

/// <summary>
/// The real thing: a small demo database (one kommune, 0,3 of its children) through the real
/// pipeline to HTML and JSON (<see cref="DemoRapport"/>); the HTML checked as text and as markup.
/// </summary>
[Collection(DemoRapport.Samling)]
public sealed class DemoHtmlTests
{
    private static readonly IReadOnlyDictionary<Omraade, string> Afsnit = DemoUdtraek.Afsnit;

    private static readonly string[] Overskrifter = DemoUdtraek.Overskrifter;

    private readonly DemoRapport _f;

    public DemoHtmlTests(DemoRapport f) => _f = f;

    private static string TilTekst(string html)
    {
        var uden = Regex.Replace(html, "<(style|script)\\b.*?</\\1>", " ", RegexOptions.Singleline);
        uden = Regex.Replace(uden, "<[^>]+>", " ");
        return WebUtility.HtmlDecode(uden);
    }

    [Fact]
    public void Dansk_sprog_og_hver_afsnitsoverskrift()
    {
        Assert.Matches("<html[^>]* lang=\"da\"", _f.Html);
        var overskrifter = Regex.Matches(_f.Html, "<h([1-3])[^>]*>(.*?)</h\\1>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", "")).Trim()).ToList();
        foreach (var o in Overskrifter) Assert.Contains(o, overskrifter);
    }

    [Fact]
    public void Hver_uundertrykt_vaerdi_i_json_eksporten_staar_i_sit_afsnit()
    {
        var eksport = JsonEksportRenderer.Laes(new MemoryStream(_f.Resultat.Filer[Format.Json]));
        // The text of each section: from its <h2> to the next <h2>.
        var ord = Afsnit.ToDictionary(a => a.Key, a =>
        {
            var m = Regex.Match(_f.Html, $"<h2[^>]*>{Regex.Escape(a.Value)}</h2>(.*?)(?=<h2[ >])", RegexOptions.Singleline);
            Assert.True(m.Success, a.Value);
            return TilTekst(m.Groups[1].Value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        });
        var mangler = new List<string>();
        var antal = 0;
        foreach (var o in eksport.Observationer)
        {
            if (o.Undertrykt || o.Vaerdi is not { } v) continue;
            var figur = Katalog.Alle.Single(f => f.Id == o.Noegletal);
            // As the report's tables format it (one decimal; 1.000 kr. shown as mio. kr.).
            var forventet = Visning.Vaerdi(figur, v);
            antal++;
            if (!ord[figur.Omraade].Contains(forventet)) mangler.Add($"{o.Noegletal}/{o.Opdeling}/{o.Periode}: {forventet}");
        }
        Assert.True(antal > 500, $"kun {antal} observationer");
        Assert.True(mangler.Count == 0, $"{mangler.Count} mangler, fx " + string.Join("; ", mangler.Take(8)));
        Assert.Contains(eksport.Observationer, o => o.Undertrykt);
        Assert.Contains("&lt;5", _f.Html);
    }

    [Fact]
    public void Hvert_diagram_har_et_tilgaengeligt_navn()
    {
        var svg = Regex.Matches(_f.Html, "<svg\\b([^>]*)>(.*?)</svg>", RegexOptions.Singleline).ToList();
        var billeder = svg.Where(m => m.Groups[1].Value.Contains("role=\"img\"", StringComparison.Ordinal)).ToList();
        Assert.True(billeder.Count >= 10, $"kun {billeder.Count} diagrammer");
        foreach (var m in billeder)
        {
            var attr = m.Groups[1].Value;
            // aria-labelledby wins over aria-label when it points at anything: the name is the
            // text of the elements it names, so every id must exist and carry text.
            string navn;
            if (Regex.Match(attr, "aria-labelledby=\"([^\"]*)\"") is { Success: true } lb)
            {
                var dele = lb.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id =>
                {
                    var el = Regex.Match(_f.Html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
                    Assert.True(el.Success, $"aria-labelledby peger på {id}, som ikke findes");
                    return TilTekst(el.Groups[2].Value).Trim();
                }).ToList();
                navn = string.Join(" ", dele);
                Assert.All(dele, d => Assert.False(string.IsNullOrWhiteSpace(d), attr));
            }
            else
            {
                navn = Regex.Match(attr, "aria-label=\"([^\"]*)\"").Groups[1].Value;
                if (string.IsNullOrWhiteSpace(navn)) navn = Regex.Match(m.Groups[2].Value, "^\\s*<title[^>]*>([^<]*)</title>").Groups[1].Value;
            }
            Assert.False(string.IsNullOrWhiteSpace(navn), attr);
        }
    }

    [Fact]
    public void Hver_tabel_har_en_caption()
    {
        var tabeller = Regex.Matches(_f.Html, "<table\\b.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.True(tabeller.Count >= 10, $"kun {tabeller.Count} tabeller");
        Assert.All(tabeller, t => Assert.Matches("^<table[^>]*>\\s*<caption>\\s*[^<\\s]", t));
    }

    [Fact]
    public void Ingen_person_id_eller_cpr_nummer()
    {
        Assert.True(_f.PersonIder.Count > 50, $"kun {_f.PersonIder.Count} personer");
        foreach (var id in _f.PersonIder) Assert.DoesNotContain(id, _f.Html, StringComparison.Ordinal);
        var cpr = new Regex(@"\b\d{6}-?\d{4}\b");
        Assert.False(cpr.IsMatch(_f.Html), cpr.Match(_f.Html).Value);
    }
}
