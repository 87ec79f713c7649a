using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Rapportering.Jobs.Web;

/// <summary>
/// Single sign-on by OpenID Connect (authorization code + PKCE) with the kommune's Entra ID or
/// AD FS. The provider's groups become a role and kommune through <see cref="GruppeKortlaegning"/>;
/// a user with no mapped group is refused before any cookie is made. Sign-out also ends the
/// provider's session (RP-initiated sign-out).
/// </summary>
internal static class Sso
{
    public const string Skema = "oidc";
    private const string IdTokenNoegle = "rapportering.id_token";

    public static void Tilfoej(AuthenticationBuilder auth, OidcIndstillinger o, GruppeKortlaegning kort) =>
        auth.AddOpenIdConnect(Skema, x =>
        {
            x.Authority = o.Autoritet;
            x.ClientId = o.KlientId;
            x.ClientSecret = o.KlientHemmelighed;
            x.ResponseType = OpenIdConnectResponseType.Code;
            x.UsePkce = true;
            // The answer comes back as a top-level GET, so the correlation cookies can be SameSite=Lax
            // (form_post needs SameSite=None, which browsers only accept with Secure).
            x.ResponseMode = OpenIdConnectResponseMode.Query;
            x.RequireHttpsMetadata = o.KraevHttps;
            x.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            x.MapInboundClaims = false;
            x.SaveTokens = false;
            x.Scope.Clear();
            foreach (var s in o.Scopes) x.Scope.Add(s);
            x.CallbackPath = "/signin-oidc";
            x.SignedOutCallbackPath = "/signout-callback-oidc";
            x.SignedOutRedirectUri = "/log-ind?logget-ud=1";
            foreach (var c in new[] { x.CorrelationCookie, x.NonceCookie })
            {
                c.SameSite = SameSiteMode.Lax;
                c.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
            x.Events.OnRedirectToIdentityProvider = ctx =>
            {
                if (o.OffentligAdresse is { } a) ctx.ProtocolMessage.RedirectUri = a.TrimEnd('/') + x.CallbackPath;
                return Task.CompletedTask;
            };
            x.Events.OnTokenValidated = ctx =>
            {
                var log = ctx.HttpContext.RequestServices.GetRequiredService<ILogger<GruppeKortlaegning>>();
                if (ctx.Principal is null || kort.Kortlaeg(ctx.Principal) is not { } adgang)
                {
                    log.LogWarning("Log ind via kommunens login afvist: brugeren er ikke i en gruppe, der giver adgang");
                    ctx.HandleResponse();
                    ctx.Response.Redirect("/adgang-naegtet");
                    return Task.CompletedTask;
                }
                ctx.Principal = adgang.Principal(Skema);
                // Kept for the provider's sign-out (id_token_hint); AD FS wants it.
                if (ctx.TokenEndpointResponse?.IdToken is { } idToken)
                    ctx.Properties!.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
                log.LogInformation("Logget ind via kommunens login som {Rolle}", adgang.Rolle);
                return Task.CompletedTask;
            };
            x.Events.OnRedirectToIdentityProviderForSignOut = ctx =>
            {
                if (ctx.Properties.Items.TryGetValue(IdTokenNoegle, out var t) && t is not null) ctx.ProtocolMessage.IdTokenHint = t;
                if (o.OffentligAdresse is { } a) ctx.ProtocolMessage.PostLogoutRedirectUri = a.TrimEnd('/') + x.SignedOutCallbackPath;
                return Task.CompletedTask;
            };
            x.Events.OnRemoteFailure = ctx =>
            {
                // The exception text may quote what the provider sent: only its type is logged.
                ctx.HttpContext.RequestServices.GetRequiredService<ILogger<GruppeKortlaegning>>()
                    .LogWarning("Log ind via kommunens login mislykkedes ({Fejl})", ctx.Failure?.GetType().Name);
                ctx.HandleResponse();
                ctx.Response.Redirect("/log-ind?sso-fejl=1");
                return Task.CompletedTask;
            };
        });

    /// <summary>Sign-out properties that carry the id_token to the provider's end-session endpoint.</summary>
    public static AuthenticationProperties LogUdEgenskaber(string? idToken)
    {
        var p = new AuthenticationProperties { RedirectUri = "/log-ind?logget-ud=1" };
        if (idToken is not null) p.Items[IdTokenNoegle] = idToken;
        return p;
    }
}
