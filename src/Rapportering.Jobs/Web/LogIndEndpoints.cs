using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Rapportering.Jobs.Web;

/// <summary>
/// /log-ind (the kommune's login when configured, and the local form, antiforgery-checked and
/// throttled), /log-ind/sso, /adgang-naegtet and /log-ud (which ends the session on the server
/// and, for SSO users, at the provider).
/// </summary>
internal static class LogIndEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapMethods("/log-ind", [HttpMethods.Get, HttpMethods.Head], (HttpContext ctx, string? ReturnUrl) => Formular(ctx, LokalUrl.Kontroller(ReturnUrl), null)).AllowAnonymous();

        app.MapPost("/log-ind", async (HttpContext ctx, IAntiforgery af, Brugere brugere, LogIndSpaerring spaerring, WebTekster tekster) =>
        {
            var t = tekster.LogInd;
            if (!await GyldigFormular(ctx, af))
                return Side.Html(ctx, t.Titel, $"<p class=\"fejl\" role=\"alert\">{Side.E(t.Udloebet)}</p><p><a href=\"/log-ind\">{Side.E(t.TilLogInd)}</a></p>", 400);
            var form = await ctx.Request.ReadFormAsync();
            var retur = LokalUrl.Kontroller(form["ReturnUrl"]);
            var navn = form["brugernavn"].ToString();
            var adresse = ctx.Connection.RemoteIpAddress;
            // Checked before the password: while locked out, the right password does not help either.
            if (spaerring.ErSpaerret(navn, adresse))
            {
                // Still counted: an address that keeps hammering a locked name gets locked itself.
                spaerring.Fejl(navn, adresse);
                return Formular(ctx, retur, t.Spaerret, StatusCodes.Status429TooManyRequests);
            }
            var bruger = brugere.Kontroller(navn, form["adgangskode"].ToString());
            if (bruger is null)
            {
                spaerring.Fejl(navn, adresse);
                return Formular(ctx, retur, t.Forkert);
            }
            spaerring.Lykkedes(navn);
            await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Brugere.Adgang(bruger).Principal(CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.Redirect(retur ?? "/");
        }).AllowAnonymous();

        app.MapGet("/log-ind/sso", (HttpContext ctx, string? ReturnUrl, WebIndstillinger ind) =>
            ind.Oidc is { Aktiv: true }
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LokalUrl.Kontroller(ReturnUrl) ?? "/" }, [Sso.Skema])
                : Results.NotFound()).AllowAnonymous();

        app.MapGet("/adgang-naegtet", (HttpContext ctx, WebTekster t) => Side.Html(ctx, t.LogInd.NaegtetTitel,
            $"<p>{Side.E(t.LogInd.Naegtet)}</p>\n<p><a href=\"/log-ind\">{Side.E(t.LogInd.TilLogInd)}</a></p>\n", StatusCodes.Status403Forbidden)).AllowAnonymous();

        app.MapGet("/log-ud", (HttpContext ctx, WebTekster t) => Side.Html(ctx, t.LogInd.LogUdTitel,
            $"<p>{Side.Ord(t.LogInd.LogUd, ("knap", $"<strong>{Side.E(t.Ramme.LogUd)}</strong>"))}</p>"));

        app.MapPost("/log-ud", async (HttpContext ctx, IAntiforgery af, SessionKontrol sessioner, WebIndstillinger ind) =>
        {
            if (!await GyldigFormular(ctx, af)) return Results.BadRequest();
            var sso = ctx.User.FindFirst(Adgang.KildeClaim)?.Value == Adgang.Sso && ind.Oidc is { Aktiv: true };
            var idToken = sso ? await ctx.GetTokenAsync("id_token") : null;
            sessioner.Afslut(ctx.User);
            await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            // The provider's session too, or the next "Log ind" would sign the user straight back in.
            return sso ? Results.SignOut(Sso.LogUdEgenskaber(idToken), [Sso.Skema]) : Results.Redirect("/log-ind?logget-ud=1");
        }).AllowAnonymous();
    }

    private static IResult Formular(HttpContext ctx, string? retur, string? fejl, int status = 200)
    {
        var af = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        var ind = ctx.RequestServices.GetRequiredService<WebIndstillinger>();
        var t = ctx.RequestServices.GetRequiredService<WebTekster>().LogInd;
        var lokale = ctx.RequestServices.GetRequiredService<Brugere>().Antal > 0;
        var q = ctx.Request.Query;
        var html =
            (fejl is null ? "" : $"<p class=\"fejl\" role=\"alert\" id=\"fejl\">{Side.E(fejl)}</p>\n")
            + (q.ContainsKey("logget-ud") && fejl is null ? $"<p role=\"status\">{Side.E(t.LoggetUd)}</p>\n" : "")
            + (q.ContainsKey("sso-fejl") && fejl is null ? $"<p class=\"fejl\" role=\"alert\">{Side.E(t.SsoFejl)}</p>\n" : "");
        if (ind.Oidc is { Aktiv: true })
            html += $"<p><a class=\"knap primaer\" href=\"/log-ind/sso{(retur is null ? "" : "?ReturnUrl=" + Side.E(Uri.EscapeDataString(retur)))}\">{Side.E(t.Sso)}</a></p>\n"
                + (lokale ? $"<h2>{Side.E(t.Lokal)}</h2>\n" : "");
        if (lokale)
            html += "<form method=\"post\" action=\"/log-ind\" class=\"logind\">\n"
                + $"<input type=\"hidden\" name=\"{Side.E(af.FormFieldName)}\" value=\"{Side.E(af.RequestToken ?? "")}\">\n"
                + (retur is null ? "" : $"<input type=\"hidden\" name=\"ReturnUrl\" value=\"{Side.E(retur)}\">\n")
                + $"<div><label for=\"brugernavn\">{Side.E(t.Brugernavn)}</label><input type=\"text\" id=\"brugernavn\" name=\"brugernavn\" autocomplete=\"username\" required{(fejl is null ? "" : " aria-describedby=\"fejl\"")}></div>\n"
                + $"<div><label for=\"adgangskode\">{Side.E(t.Adgangskode)}</label><input type=\"password\" id=\"adgangskode\" name=\"adgangskode\" autocomplete=\"current-password\" required></div>\n"
                + $"<div><button type=\"submit\" class=\"primaer\">{Side.E(t.Knap)}</button></div>\n</form>\n";
        return Side.Html(ctx, t.Titel, html, status);
    }

    private static async Task<bool> GyldigFormular(HttpContext ctx, IAntiforgery af)
    {
        try
        {
            await af.ValidateRequestAsync(ctx);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
