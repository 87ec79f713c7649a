using System.Text;
using Rapportering.Figures;
using Rapportering.Report;

namespace Rapportering.Rendering.Html;

/// <summary>
/// The report document as one self-contained, accessible HTML file (WCAG 2.1 AA aim): lang="da",
/// landmarks, one h1, h2 per section and h3 per sub-heading, a linked table of contents, tables
/// with caption and header cells, charts as inline SVG with a text alternative and the numbers
/// in a table, print CSS for A4. No script and no external file: it opens from an archive or a mail.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(RapportDokument doc)
    {
        var f = doc.Forside;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append($"<title>{E(doc.Metadata.Titel)}</title>\n")
          .Append($"<meta name=\"author\" content=\"{E(doc.Metadata.Forfatter)}\">\n")
          .Append($"<meta name=\"description\" content=\"{E(doc.Metadata.Emne)}\">\n")
          .Append($"<meta name=\"keywords\" content=\"{E(string.Join(", ", doc.Metadata.Noegleord))}\">\n")
          .Append("<style>\n").Append(HtmlStil.Css(f.Primaerfarve, f.Sekundaerfarve)).Append("</style>\n</head>\n<body>\n")
          .Append($"<a class=\"spring\" href=\"#indhold\">{E(doc.Ramme.SpringTilIndhold)}</a>\n");

        Forside(sb, f, doc.Ramme);
        Indholdsfortegnelse(sb, doc.Afsnit, doc.Ramme);

        sb.Append("<main id=\"indhold\">\n");
        var diagramNr = 0;
        foreach (var a in doc.Afsnit)
        {
            var id = Id(a.Id);
            sb.Append($"<section id=\"{id}\" aria-labelledby=\"{id}-overskrift\">\n<h2 id=\"{id}-overskrift\">{E(a.FuldOverskrift)}</h2>\n");
            for (var i = 0; i < a.Blokke.Count; i++)
            {
                switch (a.Blokke[i])
                {
                    case Underoverskrift u:
                        sb.Append(u.Id is null ? "<h3>" : $"<h3 id=\"{Id(u.Id)}\">").Append(E(u.Tekst)).Append("</h3>\n");
                        break;
                    case Tekst t:
                        sb.Append("<p>").Append(E(t.Indhold)).Append("</p>\n");
                        break;
                    case Punktliste p:
                        sb.Append("<ul>\n");
                        foreach (var punkt in p.Punkter) sb.Append("<li>").Append(E(punkt)).Append("</li>\n");
                        sb.Append("</ul>\n");
                        break;
                    case Tabel t:
                        TabelHtml(sb, t);
                        break;
                    case Diagram d:
                        sb.Append(Figur(d, $"diagram-{++diagramNr}"));
                        break;
                    case Definition:
                        // Consecutive definitions form one description list.
                        sb.Append("<dl class=\"definitioner\">\n");
                        for (; i < a.Blokke.Count && a.Blokke[i] is Definition def; i++)
                            sb.Append($"<dt id=\"def-{Id(def.Id)}\">{E(def.Navn)}</dt>\n<dd><p>{E(def.Tekst)}</p><p class=\"enhed\">{E(doc.Ramme.Enhed(def.Enhed))}</p></dd>\n");
                        i--;
                        sb.Append("</dl>\n");
                        break;
                    case Sideskift:
                        sb.Append("<div class=\"sideskift\" aria-hidden=\"true\"></div>\n");
                        break;
                }
            }
            sb.Append("</section>\n");
        }
        sb.Append("</main>\n");

        sb.Append("<footer>\n")
          .Append($"<p>{E(f.Kommunenavn)} · {E(f.Udvalg)} · {E(doc.Metadata.Titel)}</p>\n")
          .Append($"<p>{E(doc.Ramme.Dannet)}</p>\n")
          .Append("</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A chart as a figure: the SVG, its caption, and the numbers behind it as a table. Also used by the web front.</summary>
    public static string Figur(Diagram d, string id)
    {
        var sb = new StringBuilder();
        sb.Append($"<figure class=\"diagramfigur\" aria-labelledby=\"{id}-tekst\">\n")
          .Append($"<figcaption id=\"{id}-tekst\">{E(d.Titel)}</figcaption>\n")
          .Append(SvgDiagram.Render(d, id)).Append('\n');
        if (d.Fodnote is not null) sb.Append($"<p class=\"fodnote\">{E(d.Fodnote)}</p>\n");
        sb.Append("</figure>\n");

        // The numbers behind the chart, so nothing is only in the picture: the table the report step made.
        TabelHtml(sb, d.Taltabel ?? throw new ArgumentException($"Diagrammet '{d.Titel}' har ingen taltabel", nameof(d)), "diagramtal");
        return sb.ToString();
    }

    /// <summary>A table with caption and header cells (also used by the web front).</summary>
    public static string TabelHtml(Tabel t)
    {
        var sb = new StringBuilder();
        TabelHtml(sb, t);
        return sb.ToString();
    }

    internal static void TabelHtml(StringBuilder sb, Tabel t, string klasse = "datatabel")
    {
        sb.Append($"<div class=\"tabelramme\"><table class=\"{klasse}\">\n<caption>{E(t.Titel)}</caption>\n<thead><tr>");
        foreach (var k in t.Kolonner)
            sb.Append($"<th scope=\"col\"{(k.Hoejrestillet ? " class=\"tal\"" : "")}>{E(k.Overskrift)}</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        // A table whose first column is text (left-aligned) has row headers there.
        var raekkeHoved = t.Kolonner.Count > 0 && !t.Kolonner[0].Hoejrestillet;
        foreach (var r in t.Raekker)
        {
            sb.Append("<tr>");
            for (var i = 0; i < r.Count; i++)
            {
                var hoejre = i < t.Kolonner.Count && t.Kolonner[i].Hoejrestillet;
                var tag = i == 0 && raekkeHoved ? "th scope=\"row\"" : "td";
                var slut = i == 0 && raekkeHoved ? "th" : "td";
                sb.Append($"<{tag}{(hoejre ? " class=\"tal\"" : "")}>").Append(CelleTekst(r[i])).Append($"</{slut}>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table></div>\n");
        if (t.Fodnote is not null) sb.Append($"<p class=\"fodnote\">{E(t.Fodnote)}</p>\n");
    }

    private static string CelleTekst(Celle c)
    {
        // A suppressed number gets its meaning (decided with the mark) spelled out for screen readers and on hover.
        var tekst = c.Forklaring is { } forklaring ? $"<abbr title=\"{E(forklaring)}\">{E(c.Tekst)}</abbr>" : E(c.Tekst);
        return c.Fed ? $"<strong>{tekst}</strong>" : tekst;
    }

    private static void Forside(StringBuilder sb, Forside f, Rammetekster ramme)
    {
        sb.Append("<header class=\"forside\">\n");
        // The logo embedded as a data: URI (the file stays self-contained); only the bytes travel, never the path.
        if (f.Logo is { } logo)
            sb.Append($"<img class=\"logo\" src=\"data:{logo.Medietype};base64,{Convert.ToBase64String(logo.Bytes)}\" alt=\"{E(ramme.Logo)}\">\n");
        sb.Append($"<p class=\"afsender\">{E(f.Kommunenavn)} · {E(f.Udvalg)}</p>\n")
          .Append($"<h1>{E(f.Titel)}</h1>\n")
          .Append($"<p class=\"undertitel\">{E(f.Undertitel)}</p>\n")
          .Append($"<p class=\"periode\">{E(f.Periode)}</p>\n")
          .Append($"<p class=\"dato\">{E(f.Dato)}</p>\n")
          .Append("</header>\n");
    }

    private static void Indholdsfortegnelse(StringBuilder sb, IReadOnlyList<Afsnit> afsnit, Rammetekster ramme)
    {
        sb.Append($"<nav aria-labelledby=\"toc-overskrift\" class=\"toc\">\n<h2 id=\"toc-overskrift\">{E(ramme.Indhold)}</h2>\n<ul>\n");
        foreach (var a in afsnit)
        {
            sb.Append($"<li><a href=\"#{Id(a.Id)}\">{E(a.FuldOverskrift)}</a>");
            var under = a.Blokke.OfType<Underoverskrift>().Where(u => u.Id is not null).ToList();
            if (under.Count > 0)
            {
                sb.Append("\n<ul>\n");
                foreach (var u in under) sb.Append($"<li><a href=\"#{Id(u.Id!)}\">{E(u.Tekst)}</a></li>\n");
                sb.Append("</ul>\n");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ul>\n</nav>\n");
    }

    /// <summary>An id safe in HTML and URLs: letters, digits, '-' and '_'.</summary>
    internal static string Id(string s)
    {
        var sb = new StringBuilder("a-");
        foreach (var c in s.ToLowerInvariant())
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return sb.ToString();
    }

    private static string E(string s) => HtmlTekst.E(s);
}
