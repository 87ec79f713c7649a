using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;

namespace Rapportering.Jobs.Web;

/// <summary>
/// What every response gets, error pages included: the security headers (set as the response
/// starts, so an exception page or status page has them too), HSTS over HTTPS, no caching, and
/// a plain Danish page instead of an empty 500. Forwarded headers only from configured proxies.
/// </summary>
internal static class Sikkerhed
{
    public static void BrugVideresendteHoveder(WebApplication app, WebIndstillinger ind)
    {
        if (ind.Proxyer.Length == 0) return;
        var o = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        // The defaults trust loopback; only what is configured is trusted.
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var p in ind.Proxyer)
        {
            if (p.Contains('/') && System.Net.IPNetwork.TryParse(p, out var net)) o.KnownIPNetworks.Add(net);
            else if (IPAddress.TryParse(p, out var ip)) o.KnownProxies.Add(ip);
            else throw new InvalidOperationException("Rapportering:Web:Proxyer: en post er hverken en IP-adresse eller et netværk (a.b.c.d/nn)");
        }
        app.UseForwardedHeaders(o);
    }

    public static void BrugHoveder(WebApplication app)
    {
        app.Use((ctx, next) =>
        {
            ctx.Response.OnStarting(() =>
            {
                var h = ctx.Response.Headers;
                h.XContentTypeOptions = "nosniff";
                h["Referrer-Policy"] = "same-origin";
                h.XFrameOptions = "DENY";
                // Every page is someone's: no shared or browser cache keeps a report or a page.
                h.CacheControl = "private, no-store";
                h.Remove("Expires");
                h.Pragma = "no-cache";
                // Hangfire's dashboard brings its own scripts; everything else gets the strict policy.
                if (h.ContentSecurityPolicy.Count == 0 && !ctx.Request.Path.StartsWithSegments("/hangfire")) h.ContentSecurityPolicy = Side.CspFor(ctx);
                if (ctx.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000";
                return Task.CompletedTask;
            });
            return next(ctx);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // The framework's own log line carries the exception text, which may quote input.
            SuppressDiagnosticsCallback = _ => true,
            ExceptionHandler = async ctx =>
            {
                var fejl = ctx.Features.Get<IExceptionHandlerFeature>();
                ctx.RequestServices.GetRequiredService<ILogger<WebApplication>>()
                    .LogError("Uventet fejl ({Fejl}) i {Rute}\n{Stak}", fejl?.Error.GetType().FullName, (fejl?.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "?", fejl?.Error.StackTrace);
                ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await SkrivFejlside(ctx.Response, t => t.Uventet);
            },
        });
    }

    /// <summary>A plain page (no frame: it must work whatever failed) with one sentence of <see cref="WebTekster.Fejl"/>.</summary>
    public static Task SkrivFejlside(HttpResponse r, Func<WebTekster.FejlOrd, string> tekst)
    {
        var t = r.HttpContext.RequestServices.GetRequiredService<WebTekster>().Fejl;
        r.ContentType = "text/html; charset=utf-8";
        return r.WriteAsync($"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{Side.Ord(t.Sidetitel, ("status", r.StatusCode.ToString(CultureInfo.InvariantCulture)))}</title></head>"
            + $"<body><main><h1>{Side.E(tekst(t))}</h1><p><a href=\"/\">{Side.E(t.TilForsiden)}</a></p></main></body></html>", Encoding.UTF8);
    }
}
