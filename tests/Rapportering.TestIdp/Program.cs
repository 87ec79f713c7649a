using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Rapportering.TestIdp;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

// A test OpenID Connect provider: authorization code + PKCE, RP-initiated sign-out, users and
// their groups from a JSON file (--konfig FIL, re-read on every request so the test set-up can
// add a client's redirect URI after the web front has its port). Prints "lytter: URL" when up.
var builder = WebApplication.CreateBuilder(args);
var konfigFil = builder.Configuration["konfig"] ?? throw new InvalidOperationException("--konfig FIL mangler");
var idp = new IdpKonfig(konfigFil);
builder.Services.AddSingleton(idp);
builder.Logging.ClearProviders();
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o => { o.Cookie.Name = "testidp"; o.LoginPath = "/login"; });
builder.Services.AddAuthorization();
builder.Services.AddOpenIddict().AddServer(o =>
{
    // Degraded mode: no client or token store; the handlers below check clients against the file.
    o.EnableDegradedMode();
    o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetEndSessionEndpointUris("connect/endsession");
    o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
    o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
    o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
    o.UseAspNetCore().DisableTransportSecurityRequirement().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough();
    o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(ctx =>
    {
        var k = idp.Klient(ctx.ClientId);
        if (k is null) ctx.Reject(Errors.InvalidClient, "ukendt klient");
        else if (!k.Retur.Contains(ctx.RedirectUri)) ctx.Reject(Errors.InvalidRequest, "ukendt redirect_uri");
        return default;
    }));
    o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(ctx =>
    {
        var k = idp.Klient(ctx.ClientId);
        if (k is null || k.Hemmelighed != ctx.ClientSecret) ctx.Reject(Errors.InvalidClient, "forkert klient eller hemmelighed");
        return default;
    }));
    o.AddEventHandler<ValidateEndSessionRequestContext>(b => b.UseInlineHandler(ctx =>
    {
        if (ctx.PostLogoutRedirectUri is { } u && !idp.Laes().Klienter.Any(k => k.EfterLogUd.Contains(u)))
            ctx.Reject(Errors.InvalidRequest, "ukendt post_logout_redirect_uri");
        return default;
    }));
});

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/login", (HttpContext ctx, string? ReturnUrl) => Results.Content(
    "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Test-IdP</title></head><body><main><h1>Kommunens login (test)</h1>"
    + "<form method=\"post\" action=\"/login\">"
    + $"<input type=\"hidden\" name=\"ReturnUrl\" value=\"{System.Net.WebUtility.HtmlEncode(ReturnUrl ?? "/")}\">"
    + "<label for=\"navn\">Brugernavn (IdP)</label><input id=\"navn\" name=\"navn\">"
    + "<label for=\"kode\">Adgangskode (IdP)</label><input id=\"kode\" name=\"kode\" type=\"password\">"
    + "<button type=\"submit\">Godkend</button></form></main></body></html>", "text/html; charset=utf-8"));

app.MapPost("/login", async (HttpContext ctx, IdpKonfig konfig) =>
{
    var form = await ctx.Request.ReadFormAsync();
    var bruger = konfig.Laes().Brugere.FirstOrDefault(b => b.Navn == form["navn"] && b.Adgangskode == form["kode"]);
    if (bruger is null) return Results.Content("forkert", "text/plain", statusCode: 401);
    await ctx.SignInAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, bruger.Navn)], "idp")));
    var retur = form["ReturnUrl"].ToString();
    return Results.Redirect(retur.StartsWith('/') && !retur.StartsWith("//") ? retur : "/");
});

app.MapMethods("connect/authorize", ["GET", "POST"], async (HttpContext ctx, IdpKonfig konfig) =>
{
    var request = ctx.GetOpenIddictServerRequest()!;
    var login = await ctx.AuthenticateAsync();
    var bruger = login.Succeeded ? konfig.Laes().Brugere.FirstOrDefault(b => b.Navn == login.Principal!.Identity!.Name) : null;
    if (bruger is null)
        return Results.Challenge(new AuthenticationProperties { RedirectUri = ctx.Request.PathBase + ctx.Request.Path + ctx.Request.QueryString });
    var id = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
    id.SetClaim(Claims.Subject, bruger.Navn).SetClaim(Claims.Name, bruger.Navn).SetClaim(Claims.PreferredUsername, bruger.Navn);
    id.SetClaims(konfig.Laes().GruppeClaim, [.. bruger.Grupper]);
    foreach (var (type, vaerdi) in bruger.Claims) id.SetClaim(type, vaerdi);
    id.SetScopes(request.GetScopes());
    // Everything goes into the id_token: the web front reads groups from it, as from Entra ID.
    id.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
    return Results.SignIn(new ClaimsPrincipal(id), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
});

app.MapMethods("connect/endsession", ["GET", "POST"], async (HttpContext ctx) =>
{
    await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
});

await app.StartAsync();
Console.WriteLine("lytter: " + app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
await app.WaitForShutdownAsync();

namespace Rapportering.TestIdp
{
    public sealed record Klient(string Id, string Hemmelighed, string[] Retur, string[] EfterLogUd);
    public sealed record Bruger(string Navn, string Adgangskode, string[] Grupper, Dictionary<string, string> Claims);
    public sealed record Indhold(Klient[] Klienter, Bruger[] Brugere, string GruppeClaim = "groups");

    /// <summary>The provider's clients and users, re-read from the file on each use (it is tiny).</summary>
    public sealed class IdpKonfig(string fil)
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
        public Indhold Laes() => JsonSerializer.Deserialize<Indhold>(File.ReadAllText(fil), Json)!;
        public Klient? Klient(string? id) => Laes().Klienter.FirstOrDefault(k => k.Id == id);
    }
}
