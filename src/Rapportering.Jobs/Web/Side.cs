using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;

namespace Rapportering.Jobs.Web;

/// <summary>The page frame of the web front: landmarks, menu by role, sign-out form. Server-rendered, no script.</summary>
internal static partial class Side
{
    /// <summary>No script, no external source: the pages work (and are safe) without JavaScript.</summary>
    public const string Csp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The pages' policy: the sign-out form of an SSO user is redirected to the provider, which form-action must allow.</summary>
    public static string CspFor(HttpContext ctx) =>
        ctx.RequestServices.GetService<WebIndstillinger>()?.Oidc is { Aktiv: true } o && Uri.TryCreate(o.Autoritet, UriKind.Absolute, out var u)
            ? Csp.Replace("form-action 'self'", $"form-action 'self' {u.GetLeftPart(UriPartial.Authority)}")
            : Csp;

    public static IResult Html(HttpContext ctx, string titel, string indhold, int status = 200)
    {
        var t = ctx.RequestServices.GetRequiredService<WebTekster>().Ramme;
        var bruger = ctx.User;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append($"<title>{Ord(t.Sidetitel, ("titel", E(titel)))}</title>\n<style>{Css}</style>\n</head>\n<body>\n")
          .Append($"<a class=\"spring\" href=\"#indhold\">{E(t.Spring)}</a>\n<header class=\"top\">\n<p class=\"navn\"><a href=\"/\">{E(t.Navn)}</a></p>\n");
        if (bruger.Identity?.IsAuthenticated == true)
        {
            sb.Append($"<nav aria-label=\"{E(t.Hovedmenu)}\"><ul>\n<li><a href=\"/\">{E(t.MenuArkiv)}</a></li>\n");
            if (bruger.MaaSammenligne()) sb.Append($"<li><a href=\"/sammenligning\">{E(t.MenuSammenligning)}</a></li>\n");
            if (bruger.IsInRole(Roller.Operatoer)) sb.Append($"<li><a href=\"/hangfire\">{E(t.MenuJobs)}</a></li>\n");
            sb.Append("</ul></nav>\n");
            var af = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
            var navn = $"<strong>{E(bruger.Identity.Name is { Length: > 0 } n ? n : t.UkendtBruger)}</strong>";
            sb.Append("<form method=\"post\" action=\"/log-ud\" class=\"logud\">")
              .Append($"<span>{Ord(t.LoggetIndSom, ("navn", navn), ("rolle", RolleHtml(bruger, t)))}</span> ")
              .Append($"<input type=\"hidden\" name=\"{E(af.FormFieldName)}\" value=\"{E(af.RequestToken ?? "")}\">")
              .Append($"<button type=\"submit\">{E(t.LogUd)}</button></form>\n");
        }
        sb.Append("</header>\n<main id=\"indhold\">\n")
          .Append($"<h1>{E(titel)}</h1>\n").Append(indhold)
          .Append($"</main>\n<footer><p>{E(t.Fod)}</p></footer>\n</body>\n</html>\n");
        ctx.Response.Headers.ContentSecurityPolicy = CspFor(ctx);
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string RolleHtml(ClaimsPrincipal b, WebTekster.RammeOrd t) =>
        b.IsInRole(Roller.Operatoer) ? E(t.RolleOperatoer)
        : b.IsInRole(Roller.Konsulent) ? E(t.RolleKonsulent)
        : Ord(t.RolleKommune, ("kode", E(b.FindFirst(Roller.KommuneClaim)?.Value ?? "")));

    /// <summary>
    /// A template's words as HTML: the words escaped, then each {placeholder} filled with HTML the
    /// caller made (escaped values, or markup such as &lt;strong&gt;). So a kommune's wording can
    /// never add markup, and the page's markup stays in code.
    /// </summary>
    public static string Ord(string skabelon, params (string Navn, string Html)[] vaerdier) =>
        // One pass: a value that itself reads "{rolle}" (a user's name) is not filled again.
        Pladsholder().Replace(E(skabelon), m => Array.FindIndex(vaerdier, v => v.Navn == m.Groups[1].Value) is var i and >= 0 ? vaerdier[i].Html : m.Value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Pladsholder();

    public static string E(string s) => Rapportering.Rendering.Html.HtmlTekst.E(s);

    private const string Css = """
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1A1A1A; background: #FFFFFF; }
.spring { position: absolute; left: -9999px; }
.spring:focus { left: 1rem; top: .5rem; background: #FFFFFF; color: #000000; padding: .5rem; z-index: 10; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.top { background: #1F4E79; color: #FFFFFF; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 2rem; padding: .6rem 1.5rem; }
header.top a { color: #FFFFFF; }
header.top .navn { margin: 0; font-weight: bold; font-size: 1.2rem; }
header.top .navn a { text-decoration: none; }
header.top nav ul { list-style: none; display: flex; gap: 1.2rem; margin: 0; padding: 0; }
header.top form.logud { margin-left: auto; display: flex; align-items: center; gap: .8rem; }
button { font: inherit; padding: .35rem .9rem; border: 2px solid #1F4E79; background: #FFFFFF; color: #1F4E79; border-radius: 4px; cursor: pointer; }
button.primaer { background: #1F4E79; color: #FFFFFF; }
a.knap { display: inline-block; padding: .45rem 1rem; border-radius: 4px; text-decoration: none; font-weight: bold; }
a.knap.primaer { background: #1F4E79; color: #FFFFFF; }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid #B35900; outline-offset: 2px; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
h1 { color: #1F4E79; font-size: 1.8rem; }
h2 { color: #1F4E79; font-size: 1.35rem; margin-top: 2rem; }
a { color: #1F4E79; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid #B0B0B0; padding: .35rem .6rem; text-align: left; }
thead th { background: #EDEDED; }
tbody th { font-weight: normal; }
.tal { text-align: right; font-variant-numeric: tabular-nums; }
.tabelramme { overflow-x: auto; }
form.felter { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; align-items: end; background: #F3F6F9; padding: 1rem; border: 1px solid #C8D3DE; }
form.felter fieldset { border: 0; padding: 0; margin: 0; }
label, legend { display: block; font-weight: bold; margin-bottom: .25rem; }
fieldset label { display: inline; font-weight: normal; margin-right: 1rem; }
select, input[type=text], input[type=password] { font: inherit; width: 100%; padding: .35rem; border: 1px solid #595959; border-radius: 3px; }
form.logind { max-width: 22rem; display: grid; gap: .9rem; }
.fejl { border-left: 5px solid #B00020; background: #FDECEE; padding: .6rem .9rem; }
.besked { border-left: 5px solid #1F4E79; background: #EDF3FA; padding: .6rem .9rem; }
.hent { display: inline-block; margin-top: .5rem; font-weight: bold; }
figure { margin: 1.5rem 0 .5rem; }
figcaption { font-weight: bold; }
svg.diagram { width: 100%; max-width: 720px; height: auto; display: block; }
.fodnote { font-size: .9rem; color: #404040; }
footer { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem; border-top: 1px solid #B0B0B0; font-size: .9rem; color: #404040; }
""";
}
