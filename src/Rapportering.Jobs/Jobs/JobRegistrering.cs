using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rapportering.Archive;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Wires the jobs into a host: `serve` (web) and `run` (console) use the same registration.
/// The server, storage and filters are this host's own instances (not Hangfire's globals), so two hosts in one process do not share them.
/// </summary>
public static class JobRegistrering
{
    public static IServiceCollection AddRapporteringJobs(this IServiceCollection s, RapporteringIndstillinger ind, bool medServer = true)
    {
        s.AddSingleton(ind);
        s.TryAddSingleton(TimeProvider.System);
        // Fewer workers than cores: a kommune's formats use the cores the workers leave free.
        s.TryAddSingleton<IRapportBygger>(_ => new RapportPipeline(formaterSamtidigt: ind.Jobs.Arbejdere < Environment.ProcessorCount));
        s.TryAddSingleton<IKommuneInputKilde, ViewInputKilde>();
        s.AddSingleton(sp => new Arkiv(ind.Arkiv.Rod, sp.GetRequiredService<TimeProvider>()));
        s.AddSingleton(sp => JobStorageFabrik.Leveringslog(ind, sp.GetRequiredService<TimeProvider>()));
        s.AddSingleton(new TertialPlan(ind.Jobs.Cron, ind.Jobs.Tidszone));
        s.AddSingleton<OperatoerBesked>();
        s.AddSingleton<GenoptagneJob>();
        s.AddTransient<KommuneJob>();
        s.AddTransient<BatchJobs>();

        s.AddSingleton(_ => JobStorageFabrik.Opret(ind.Jobs));
        s.AddSingleton<IJobFilterProvider>(sp => new JobFilterCollection
        {
            new AutomaticRetryAttribute { Attempts = ind.Jobs.Forsoeg, DelaysInSeconds = [.. ind.Jobs.PauseSekunder] },
            new ContinuationsSupportAttribute(),
            new StatisticsHistoryAttribute(),
            new SidsteForsoegFilter(sp.GetRequiredService<OperatoerBesked>(), ind),
        });
        s.TryAddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>()));
        s.AddSingleton<IRecurringJobManager>(sp =>
        {
            var tid = sp.GetRequiredService<TimeProvider>();
            return new RecurringJobManager(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>(),
                new DefaultTimeZoneResolver(), () => tid.GetUtcNow().UtcDateTime);
        });
        // Serializer settings are process-wide in Hangfire and the same for every host: set once.
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        if (medServer)
        {
            s.AddHostedService<HangfireServerVaert>();
            s.AddHostedService<JobOpstart>();
        }
        return s;
    }

    /// <summary>For the web host: Hangfire's AddHangfire (the dashboard needs it, and it logs through the host).</summary>
    public static IServiceCollection AddHangfireDashboardTjenester(this IServiceCollection s) =>
        s.AddHangfire((sp, c) => c.UseStorage(sp.GetRequiredService<JobStorage>()));
}
