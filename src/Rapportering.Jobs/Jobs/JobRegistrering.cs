using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rapportering.Archive;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Wires the jobs into a host: `serve` (web) and `run` (console) use the same registration.
/// Hangfire's own AddHangfire/AddHangfireServer are used, but storage and filters come from DI
/// instances (not Hangfire's globals), so two hosts in one process do not share them.
/// </summary>
public static class JobRegistrering
{
    public static IServiceCollection AddRapporteringJobs(this IServiceCollection s, RapporteringIndstillinger ind, bool medServer = true)
    {
        s.AddSingleton(ind);
        s.TryAddSingleton(TimeProvider.System);
        s.TryAddSingleton<IRapportBygger, IkkeKlarBygger>();
        s.TryAddSingleton<IKommuneInputKilde, IkkeKlarInputKilde>();
        s.AddSingleton(sp => new Arkiv(ind.Arkiv.Rod, sp.GetRequiredService<TimeProvider>()));
        s.AddSingleton(sp => JobStorageFabrik.Leveringslog(ind, sp.GetRequiredService<TimeProvider>()));
        s.AddSingleton(new TertialPlan(ind.Jobs.Cron, ind.Jobs.Tidszone));
        s.AddSingleton<OperatoerBesked>();
        s.AddTransient<KommuneJob>();
        s.AddTransient<BatchJobs>();

        s.AddSingleton(_ => JobStorageFabrik.Opret(ind.Jobs));
        s.AddSingleton<IJobFilterProvider>(sp => new JobFilterCollection
        {
            new AutomaticRetryAttribute { Attempts = ind.Jobs.Forsoeg, DelaysInSeconds = [.. ind.Jobs.PauseSekunder] },
            new ContinuationsSupportAttribute(),
            new StatisticsHistoryAttribute(),
            new SidsteForsoegFilter(sp.GetRequiredService<OperatoerBesked>()),
        });
        s.AddSingleton<IRecurringJobManager>(sp =>
        {
            var tid = sp.GetRequiredService<TimeProvider>();
            return new RecurringJobManager(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>(),
                new DefaultTimeZoneResolver(), () => tid.GetUtcNow().UtcDateTime);
        });
        s.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (medServer)
        {
            s.AddHangfireServer((sp, o) =>
            {
                o.WorkerCount = Math.Max(1, ind.Jobs.Arbejdere);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(0.1, ind.Jobs.PollingSekunder));
                o.FilterProvider = sp.GetRequiredService<IJobFilterProvider>();
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"[..Math.Min(60, Environment.MachineName.Length + 30)];
            });
            s.AddHostedService<JobOpstart>();
        }
        return s;
    }
}
