using System.Globalization;
using System.Text;
using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The archive: / (the kommuner the user may see, their cut dates and files), /arkiv/{kode},
/// downloads and the HTML report. A kommune the user may not see answers 404, as if it did
/// not exist: no data and no hint.
/// </summary>
internal static class ArkivEndpoints
{
    public static void Map(WebApplication app)
    {
        Hent(app, "/", (HttpContext ctx, Arkiv arkiv, KommuneNavne navne, WebTekster tekster, ILogger<ArkivUdgave> log) =>
        {
            var t = tekster.Arkiv;
            var kommuner = arkiv.Kommuner().Where(ctx.User.MaaSe).ToList();
            var sb = new StringBuilder();
            if (kommuner.Count == 0) sb.Append($"<p>{Side.E(t.Ingen)}</p>\n");
            else if (kommuner.Count > 1)
            {
                sb.Append($"<nav aria-label=\"{Side.E(t.Kommuner)}\"><ul>\n");
                foreach (var k in kommuner) sb.Append($"<li><a href=\"#k{k}\">{Side.E(navne.Navn(k))}</a></li>\n");
                sb.Append("</ul></nav>\n");
            }
            foreach (var k in kommuner) KommuneSektion(sb, t, k, navne.Navn(k), ArkivUdgave.Alle(arkiv, k, log), "h2");
            return Side.Html(ctx, t.Titel, sb.ToString());
        });

        Hent(app, "/arkiv/{kode:int}", (HttpContext ctx, int kode, Arkiv arkiv, KommuneNavne navne, WebTekster tekster, ILogger<ArkivUdgave> log) =>
        {
            if (!ctx.User.MaaSe(kode) || ArkivUdgave.Alle(arkiv, kode, log) is not { Count: > 0 } udgaver) return Results.NotFound();
            var sb = new StringBuilder();
            KommuneSektion(sb, tekster.Arkiv, kode, navne.Navn(kode), udgaver, null);
            return Side.Html(ctx, RapportTekster.Udfyld(tekster.Arkiv.KommuneTitel, [("kommune", navne.Navn(kode))]), sb.ToString());
        });

        Hent(app, "/arkiv/{kode:int}/{dato}/rapport", (HttpContext ctx, int kode, string dato, Arkiv arkiv, ILogger<ArkivUdgave> log) =>
        {
            if (Find(ctx, kode, dato, arkiv, log) is not { } u || !u.Har(Format.Html)) return Results.NotFound();
            var (html, oedelagt) = u.Laes(arkiv, Format.Html, log);
            if (html is null) return oedelagt ? Oedelagt(ctx) : Results.NotFound();
            // The archived report is self-contained: no script or outside source is allowed to load.
            ctx.Response.Headers.ContentSecurityPolicy = Side.Csp;
            return Results.File(html, "text/html; charset=utf-8");
        });

        // The delivery mail links the exact version it sent: /arkiv/{kode}/{dato}/v{N}/{fil}.
        Hent(app, "/arkiv/{kode:int}/{dato}/v{version:int}/{fil}", (HttpContext ctx, int kode, string dato, int version, string fil, Arkiv arkiv, ILogger<ArkivUdgave> log) =>
        {
            if (!ctx.User.MaaSe(kode) || !Skaeringsdato.TryParse(dato, out var d, out _)) return Results.NotFound();
            if (ArkivUdgave.FindVersion(arkiv, kode, d, version, log) is not { } u || u.FormatFor(fil) is not { } f) return Results.NotFound();
            var (indhold, oedelagt) = u.Laes(arkiv, f, log);
            if (indhold is null) return oedelagt ? Oedelagt(ctx) : Results.NotFound();
            return Results.File(indhold, Indholdstype(f), fil);
        });

        Hent(app, "/arkiv/{kode:int}/{dato}/{fil}", (HttpContext ctx, int kode, string dato, string fil, Arkiv arkiv, ILogger<ArkivUdgave> log) =>
        {
            // Only the archive's own file names are served: nothing else in the folder is reachable.
            if (Find(ctx, kode, dato, arkiv, log) is not { } u || u.FormatFor(fil) is not { } f) return Results.NotFound();
            var (indhold, oedelagt) = u.Laes(arkiv, f, log);
            if (indhold is null) return oedelagt ? Oedelagt(ctx) : Results.NotFound();
            return Results.File(indhold, Indholdstype(f), fil);
        });
    }

    /// <summary>GET and HEAD: a client may ask for a download's size and type without the bytes.</summary>
    private static RouteHandlerBuilder Hent(WebApplication app, string moenster, Delegate handler) =>
        app.MapMethods(moenster, [HttpMethods.Get, HttpMethods.Head], handler);

    /// <summary>A file that no longer matches its manifest: a plain page (500) instead of the file.</summary>
    private static IResult Oedelagt(HttpContext ctx)
    {
        var t = ctx.RequestServices.GetRequiredService<WebTekster>().Arkiv;
        return Side.Html(ctx, t.OedelagtTitel, $"<p>{Side.E(t.Oedelagt)}</p>\n<p><a href=\"/\">{Side.E(t.TilArkivet)}</a></p>\n", StatusCodes.Status500InternalServerError);
    }

    private static ArkivUdgave? Find(HttpContext ctx, int kode, string dato, Arkiv arkiv, ILogger log) =>
        ctx.User.MaaSe(kode) && Skaeringsdato.TryParse(dato, out var d, out _) ? ArkivUdgave.Find(arkiv, kode, d, log) : null;

    private static void KommuneSektion(StringBuilder sb, WebTekster.ArkivOrd t, int kode, string navn, IReadOnlyList<ArkivUdgave> udgaver, string? overskrift)
    {
        var kommune = ("kommune", Side.E(navn));
        sb.Append($"<section id=\"k{kode}\" aria-label=\"{Side.E(navn)}\">\n");
        if (overskrift is not null)
            sb.Append($"<{overskrift}><a href=\"/arkiv/{kode}\">{Side.E(navn)}</a> <span class=\"fodnote\">{Side.Ord(t.Kommunekode, ("kode", kode.ToString(CultureInfo.InvariantCulture)))}</span></{overskrift}>\n");
        string Kolonne(string ord, string klasse = "") => $"<th scope=\"col\"{klasse}>{Side.E(ord)}</th>";
        sb.Append($"<div class=\"tabelramme\"><table>\n<caption>{Side.Ord(t.TabelTitel, kommune)}</caption>\n")
          .Append($"<thead><tr>{Kolonne(t.KolonneDato)}{Kolonne(t.KolonneRapport)}{Kolonne(t.KolonnePdf)}{Kolonne(t.KolonneExcel)}{Kolonne(t.KolonneJson)}{Kolonne(t.KolonneVersion, " class=\"tal\"")}</tr></thead>\n<tbody>\n");
        foreach (var u in udgaver)
        {
            var dato = Formatering.Dato(u.Dato.Dato);
            var om = $"<span class=\"sr\"> {Side.Ord(t.LinkOm, kommune, ("dato", Side.E(dato)))}</span>";
            string Link(Format f, string tekst) => u.Har(f)
                ? $"<a href=\"/arkiv/{kode}/{u.Dato.Iso}/{(f == Format.Html ? "rapport" : u.FilNavn(f))}\">{Side.E(tekst)}{om}</a>"
                : $"<span>{Side.E(t.Mangler)}</span>";
            sb.Append($"<tr><th scope=\"row\">{Side.E(dato)}</th><td>{Link(Format.Html, t.Laes)}</td><td>{Link(Format.Pdf, t.HentPdf)}</td>")
              .Append($"<td>{Link(Format.Xlsx, t.HentExcel)}</td><td>{Link(Format.Json, t.HentJson)}</td><td class=\"tal\">{u.Version}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static string Indholdstype(Format f) => f switch
    {
        Format.Pdf => "application/pdf",
        Format.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Format.Html => "text/html; charset=utf-8",
        _ => "application/json",
    };
}
