using Rapportering.Jobs.Jobs;
using Rapportering.Jobs.Web;

namespace Rapportering.Jobs;

/// <summary>`rapportering serve [--config FIL] [--urls URL]`: web front + Hangfire server with the recurring tertial job.</summary>
internal static class ServeKommando
{
    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args, ["config", "urls", "provider", "connection"]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        JobKonfiguration.Lag(builder.Configuration, a.Valgfri("config"), JobKonfiguration.DataTilvalg(a));
        if (a.Valgfri("urls") is { } urls) builder.WebHost.UseUrls(urls);
        var ind = JobKonfiguration.Indstillinger(builder.Configuration, a.Valgfri("config"));
        JobStorageFabrik.Kontroller(ind.Jobs);
        builder.Services.AddRapporteringJobs(ind).AddHangfireDashboardTjenester();
        builder.AddWebFront();
        var app = builder.Build();
        app.MapWebFront();
        app.Run();
        return Cli.Ok;
    }
}
