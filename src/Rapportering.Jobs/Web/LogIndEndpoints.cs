using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Rapportering.Jobs.Web;

/// <summary>/log-ind and /log-ud: a plain form, antiforgery-checked, cookie sign-in.</summary>
internal static class LogIndEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/log-ind", (HttpContext ctx, string? ReturnUrl) => Formular(ctx, ReturnUrl, null)).AllowAnonymous();

        app.MapPost("/log-ind", async (HttpContext ctx, IAntiforgery af, Brugere brugere) =>
        {
            if (!await GyldigFormular(ctx, af)) return Side.Html(ctx, "Log ind", "<p class=\"fejl\" role=\"alert\">Formularen var udløbet. Prøv igen.</p><p><a href=\"/log-ind\">Til log ind</a></p>", 400);
            var form = await ctx.Request.ReadFormAsync();
            var retur = LokalRetur(form["ReturnUrl"]);
            var bruger = brugere.Kontroller(form["brugernavn"].ToString(), form["adgangskode"].ToString());
            if (bruger is null) return Formular(ctx, retur, "Forkert brugernavn eller adgangskode.");
            await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                Brugere.Principal(bruger, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.Redirect(retur ?? "/");
        }).AllowAnonymous();

        app.MapGet("/log-ud", (HttpContext ctx) => Side.Html(ctx, "Log ud",
            "<p>Brug knappen <strong>Log ud</strong> øverst på siden for at logge ud.</p>"));

        app.MapPost("/log-ud", async (HttpContext ctx, IAntiforgery af) =>
        {
            if (!await GyldigFormular(ctx, af)) return Results.BadRequest();
            await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/log-ind?logget-ud=1");
        }).AllowAnonymous();
    }

    private static IResult Formular(HttpContext ctx, string? retur, string? fejl)
    {
        var af = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        var loggetUd = ctx.Request.Query.ContainsKey("logget-ud");
        var html =
            (fejl is null ? "" : $"<p class=\"fejl\" role=\"alert\" id=\"fejl\">{Side.E(fejl)}</p>\n")
            + (loggetUd && fejl is null ? "<p role=\"status\">Du er logget ud.</p>\n" : "")
            + "<form method=\"post\" action=\"/log-ind\" class=\"logind\">\n"
            + $"<input type=\"hidden\" name=\"{Side.E(af.FormFieldName)}\" value=\"{Side.E(af.RequestToken ?? "")}\">\n"
            + (retur is null ? "" : $"<input type=\"hidden\" name=\"ReturnUrl\" value=\"{Side.E(retur)}\">\n")
            + $"<div><label for=\"brugernavn\">Brugernavn</label><input type=\"text\" id=\"brugernavn\" name=\"brugernavn\" autocomplete=\"username\" required{(fejl is null ? "" : " aria-describedby=\"fejl\"")}></div>\n"
            + "<div><label for=\"adgangskode\">Adgangskode</label><input type=\"password\" id=\"adgangskode\" name=\"adgangskode\" autocomplete=\"current-password\" required></div>\n"
            + "<div><button type=\"submit\" class=\"primaer\">Log ind</button></div>\n</form>\n";
        return Side.Html(ctx, "Log ind", html);
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

    /// <summary>Only a path on this site (no "//host" or "/\host"): no open redirect after sign-in.</summary>
    internal static string? LokalRetur(string? retur) =>
        retur is { Length: > 0 } r && r[0] == '/' && (r.Length == 1 || (r[1] != '/' && r[1] != '\\')) ? r : null;
}
