using Hangfire;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rapportering.Archive;
using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The web front of `rapportering serve`: sign-in, the report archive, HTML reports, the
/// reference-kommune comparison and (for operators) the Hangfire dashboard.
/// Configuration:
///   Rapportering:Arkiv:Rod        the archive folder when no jobs are registered (else Arkiv:Rod, else "arkiv");
///                                 with the jobs (serve) the web reads the jobs' own Arkiv
///   Rapportering:Skabeloner       optional own templates folder (else the jobs' Skabeloner)
///   Udveksling:*                  the exchange of figures exports: <see cref="UdvekslingIndstillinger"/>
///   Rapportering:Web:Brugere      local users and roles, see <see cref="Brugere"/>
///   Rapportering:Web:*            sessions, throttling, proxies, single sign-on: <see cref="WebIndstillinger"/>
/// Hangfire storage is the serve command's business; the dashboard is mapped when a
/// <see cref="JobStorage"/> is registered.
/// </summary>
public static class WebFront
{
    /// <summary>Builds the whole web app (used by serve and by the tests). <paramref name="tilpas"/> adds config, Hangfire, URLs;
    /// <paramref name="ekstra"/> maps more endpoints behind the same middleware (the tests' failing page).</summary>
    public static WebApplication Byg(string[] args, Action<WebApplicationBuilder>? tilpas = null, Action<WebApplication>? ekstra = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        tilpas?.Invoke(builder);
        builder.AddWebFront();
        var app = builder.Build();
        app.MapWebFront();
        ekstra?.Invoke(app);
        return app;
    }

    public static WebApplicationBuilder AddWebFront(this WebApplicationBuilder builder)
    {
        var konfig = builder.Configuration;
        var s = builder.Services;
        var ind = WebIndstillinger.Laes(konfig);
        s.AddSingleton(ind);
        s.AddSingleton(_ => Brugere.FraKonfiguration(konfig));
        // The same Arkiv the jobs write with; in `serve` the jobs' instance (Arkiv:Rod) is already
        // registered and kept, so the web reads exactly what the jobs write. The web only reads.
        var arkivRod = konfig["Rapportering:Arkiv:Rod"] ?? konfig["Arkiv:Rod"] ?? "arkiv";
        s.TryAddSingleton(sp => new Arkiv(arkivRod, sp.GetRequiredService<TimeProvider>()));
        var skabeloner = Skabeloner.Standard((konfig["Rapportering:Skabeloner"] ?? konfig["Skabeloner"]) is { Length: > 0 } egen ? egen : null);
        s.AddSingleton(skabeloner);
        // The words, read here once (the comparison page uses the same): a missing or blank web word stops the start with one line, not a request.
        var tekster = RapportTekster.Laes(skabeloner);
        s.AddSingleton(tekster);
        s.AddSingleton(new WebTekster(tekster));
        s.AddSingleton<KommuneNavne>();
        var udveksling = UdvekslingIndstillinger.Laes(konfig);
        s.AddSingleton(udveksling);
        var konfigFiler = UdvekslingsNoegler.JsonFiler(konfig);
        s.AddSingleton(sp => new UdvekslingsNoegler(konfigFiler, udveksling.Noegler, sp.GetRequiredService<ILogger<UdvekslingsNoegler>>()));
        var modtagetRod = udveksling.Arkiv is { Length: > 0 } m ? m : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(arkivRod))!, "modtaget");
        s.AddSingleton(sp => new ModtagneEksporter(new Arkiv(modtagetRod, sp.GetRequiredService<TimeProvider>())));
        s.AddSingleton<SammenligningKilde>();
        s.AddHostedService<UdvekslingTjeneste>();
        s.TryAddSingleton(TimeProvider.System);
        var sessionsFil = ind.SessionsFil ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(arkivRod))!, "sessioner.db");
        s.AddSingleton(sp => new Sessioner(sessionsFil, TimeSpan.FromHours(ind.MaksSessionTimer), sp.GetRequiredService<TimeProvider>()));
        s.AddSingleton(sp => new LogIndSpaerring(ind.Spaerring, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LogIndSpaerring>>()));
        var sso = ind.Oidc is { Aktiv: true } o ? new GruppeKortlaegning(o) : null;
        s.AddSingleton(sp => new SessionKontrol(sp.GetRequiredService<Brugere>(), sp.GetRequiredService<Sessioner>(), sp.GetRequiredService<ILogger<SessionKontrol>>(), sso));
        if (ind.NoeglerMappe is { Length: > 0 } noegler)
            s.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(noegler)).SetApplicationName("Rapportering");
        s.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rapportering.af";
            o.FormFieldName = "__af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        var auth = s.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "rapportering.login";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/log-ind";
            o.LogoutPath = "/log-ud";
            o.ExpireTimeSpan = TimeSpan.FromHours(ind.SessionTimer);
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = ctx => ctx.HttpContext.RequestServices.GetRequiredService<SessionKontrol>().VedLogInd(ctx);
            o.Events.OnValidatePrincipal = ctx => ctx.HttpContext.RequestServices.GetRequiredService<SessionKontrol>().Kontroller(ctx);
            // A relative redirect: the Host header never makes it into a Location.
            o.Events.OnRedirectToLogin = ctx =>
            {
                var her = ctx.Request.PathBase + ctx.Request.Path + ctx.Request.QueryString;
                ctx.Response.Redirect("/log-ind?ReturnUrl=" + Uri.EscapeDataString(her.ToString()));
                return Task.CompletedTask;
            };
            // A signed-in user without the right role gets a plain 403, not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        if (ind.Oidc is { Aktiv: true } oidc) Sso.Tilfoej(auth, oidc, sso!);
        s.AddAuthorizationBuilder()
            // Everything needs a signed-in user unless an endpoint says AllowAnonymous.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roller.SammenligningPolitik, p => p.RequireRole(Roller.Konsulent, Roller.Operatoer))
            .AddPolicy(Roller.OperatoerPolitik, p => p.RequireRole(Roller.Operatoer));
        return builder;
    }

    public static WebApplication MapWebFront(this WebApplication app)
    {
        Sikkerhed.BrugVideresendteHoveder(app, app.Services.GetRequiredService<WebIndstillinger>());
        Sikkerhed.BrugHoveder(app);
        app.UseStatusCodePages(ctx =>
        {
            var r = ctx.HttpContext.Response;
            return Sikkerhed.SkrivFejlside(r, t => r.StatusCode switch
            {
                403 => t.IngenAdgang,
                404 => t.FindesIkke,
                405 => t.Metode,
                _ => t.Andet,
            });
        });
        app.UseAuthentication();
        app.UseAuthorization();
        if (app.Services.GetService<JobStorage>() is not null)
            app.UseHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new OperatoerDashboardFilter()],
                DashboardTitle = app.Services.GetRequiredService<WebTekster>().Ramme.JobsTitel,
                AppPath = "/",
            });

        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], () => Results.Text("ok", "text/plain")).AllowAnonymous();
        LogIndEndpoints.Map(app);
        ArkivEndpoints.Map(app);
        SammenligningEndpoints.Map(app);
        UdvekslingEndpoints.Map(app);
        return app;
    }
}
