using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Authentication.Cookies;
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
///   Rapportering:Web:Brugere      users and roles, see <see cref="Brugere"/>
/// Hangfire storage is the serve command's business; the dashboard is mapped when a
/// <see cref="JobStorage"/> is registered.
/// </summary>
public static class WebFront
{
    /// <summary>Builds the whole web app (used by serve and by the tests). <paramref name="tilpas"/> adds config, Hangfire, URLs.</summary>
    public static WebApplication Byg(string[] args, Action<WebApplicationBuilder>? tilpas = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        tilpas?.Invoke(builder);
        builder.AddWebFront();
        var app = builder.Build();
        app.MapWebFront();
        return app;
    }

    public static WebApplicationBuilder AddWebFront(this WebApplicationBuilder builder)
    {
        var konfig = builder.Configuration;
        var s = builder.Services;
        s.AddSingleton(_ => Brugere.FraKonfiguration(konfig));
        // The same Arkiv the jobs write with; in `serve` the jobs' instance (Arkiv:Rod) is already
        // registered and kept, so the web reads exactly what the jobs write. The web only reads.
        s.TryAddSingleton(sp => new Arkiv(konfig["Rapportering:Arkiv:Rod"] ?? konfig["Arkiv:Rod"] ?? "arkiv", sp.GetRequiredService<TimeProvider>()));
        s.AddSingleton(_ => Skabeloner.Standard((konfig["Rapportering:Skabeloner"] ?? konfig["Skabeloner"]) is { Length: > 0 } egen ? egen : null));
        s.AddSingleton<KommuneNavne>();
        s.TryAddSingleton(TimeProvider.System);
        s.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rapportering.af";
            o.FormFieldName = "__af";
        });
        s.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "rapportering.login";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/log-ind";
            o.LogoutPath = "/log-ud";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in user without the right role gets a plain 403, not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        s.AddAuthorizationBuilder()
            // Everything needs a signed-in user unless an endpoint says AllowAnonymous.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roller.SammenligningPolitik, p => p.RequireRole(Roller.Konsulent, Roller.Operatoer))
            .AddPolicy(Roller.OperatoerPolitik, p => p.RequireRole(Roller.Operatoer));
        return builder;
    }

    public static WebApplication MapWebFront(this WebApplication app)
    {
        app.UseStatusCodePages(async ctx =>
        {
            var r = ctx.HttpContext.Response;
            var tekst = r.StatusCode switch
            {
                403 => "Du har ikke adgang til denne side.",
                404 => "Siden findes ikke, eller du har ikke adgang til den.",
                _ => "Forespørgslen kunne ikke gennemføres.",
            };
            r.ContentType = "text/html; charset=utf-8";
            await r.WriteAsync($"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{r.StatusCode} – Rapportering</title></head>"
                + $"<body><main><h1>{Side.E(tekst)}</h1><p><a href=\"/\">Til forsiden</a></p></main></body></html>", Encoding.UTF8);
        });
        app.Use((ctx, next) =>
        {
            ctx.Response.Headers.XContentTypeOptions = "nosniff";
            ctx.Response.Headers["Referrer-Policy"] = "same-origin";
            ctx.Response.Headers.XFrameOptions = "DENY";
            return next(ctx);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        if (app.Services.GetService<JobStorage>() is not null)
            app.UseHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new OperatoerDashboardFilter()],
                DashboardTitle = "Rapportering – jobs",
                AppPath = "/",
            });

        app.MapGet("/health", () => Results.Text("ok", "text/plain")).AllowAnonymous();
        LogIndEndpoints.Map(app);
        ArkivEndpoints.Map(app);
        SammenligningEndpoints.Map(app);
        return app;
    }
}
