using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Rapportering.Jobs.Web;

/// <summary>
/// Every request's cookie is checked against now: its session must still exist (sign-out deletes
/// it), and its stamp must match the configuration of now (the local user unchanged, or the SSO
/// group mapping unchanged). A cookie that fails is deleted and the request is anonymous.
/// </summary>
public sealed class SessionKontrol(Brugere brugere, Sessioner sessioner, ILogger<SessionKontrol> log, GruppeKortlaegning? sso = null)
{
    public Task VedLogInd(CookieSigningInContext ctx)
    {
        if (ctx.Principal?.Identity is ClaimsIdentity id) id.AddClaim(new Claim(Adgang.SessionClaim, sessioner.Opret()));
        return Task.CompletedTask;
    }

    public async Task Kontroller(CookieValidatePrincipalContext ctx)
    {
        if (ctx.Principal is not { } p || Afvisning(p) is not { } grund) return;
        log.LogInformation("Session afvist: {Grund}", grund);
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Sign-out: the session row goes, so no copy of the cookie works any more.</summary>
    public void Afslut(ClaimsPrincipal p) => sessioner.Afslut(p.FindFirst(Adgang.SessionClaim)?.Value);

    private string? Afvisning(ClaimsPrincipal p)
    {
        if (!sessioner.Gyldig(p.FindFirst(Adgang.SessionClaim)?.Value)) return "sessionen er afsluttet eller udløbet";
        var stempel = p.FindFirst(Adgang.StempelClaim)?.Value;
        return p.FindFirst(Adgang.KildeClaim)?.Value switch
        {
            Adgang.Lokal => brugere.Find(p.Identity?.Name) is { } b && Brugere.Adgang(b).Stempel == stempel ? null : "brugeren er ændret eller fjernet i konfigurationen",
            Adgang.Sso => sso is not null && sso.Stempel == stempel ? null : "tildelingen af grupper er ændret",
            _ => "ukendt slags session",
        };
    }
}
