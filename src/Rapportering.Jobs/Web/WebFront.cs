namespace Rapportering.Jobs.Web;

/// <summary>
/// The web front of `rapportering serve` (archive, HTML reports, comparison, sign-in).
/// Registered by the serve command; filled in by the web front's own files.
/// </summary>
public static class WebFront
{
    public static WebApplicationBuilder AddWebFront(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapWebFront(this WebApplication app) => app;
}
