using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The Hangfire server as a hosted service, built from this host's own storage, filters and DI
/// activator (no Hangfire globals), so hosts started one after another in one process stay apart.
/// </summary>
internal sealed class HangfireServerVaert(RapporteringIndstillinger ind, JobStorage storage, IJobFilterProvider filtre, IServiceScopeFactory scopes) : IHostedService
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken ct)
    {
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = Math.Max(1, ind.Jobs.Arbejdere),
            SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(0.1, ind.Jobs.PollingSekunder)),
            FilterProvider = filtre,
            Activator = new AspNetCoreJobActivator(scopes),
            ServerName = $"{Rapportering.Output.Efterladenskaber.Maskine}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}",
        }, storage);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        if (_server is { } s)
        {
            s.SendStop();
            s.WaitForShutdown(TimeSpan.FromSeconds(10));
            s.Dispose();
        }
        return Task.CompletedTask;
    }
}
