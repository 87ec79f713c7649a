using System.Diagnostics;
using System.Net;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// `rapportering serve` as the operator starts it: a real process on loopback with a config
/// file, answering /health and the sign-in page, keeping the archive closed, and stopping
/// cleanly on SIGTERM.
/// </summary>
public sealed class ServeProcesTests : IDisposable
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("rap-serve-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_mappe, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Serve_svarer_paa_health_og_log_ind_og_stopper_paent()
    {
        var port = LedigPort.Naeste();
        var config = Path.Combine(_mappe, "drift.json");
        File.WriteAllText(config, $$"""
            {
              "Jobs": { "Storage": "inmemory", "PollingSekunder": 1 },
              "Arkiv": { "Rod": "{{Path.Combine(_mappe, "arkiv").Replace("\\", "/")}}" },
              "Levering": { "LogFil": "{{Path.Combine(_mappe, "levering.db").Replace("\\", "/")}}" }
            }
            """);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "rapportering.dll"), "serve", "--config", config, "--urls", $"http://127.0.0.1:{port}" })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var ud = p.StandardOutput.ReadToEndAsync();
        var fejl = p.StandardError.ReadToEndAsync();
        try
        {
            using var klient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? health = null;
            for (var i = 0; i < 120 && health is null; i++)
            {
                try { health = await klient.GetAsync("/health"); }
                catch (HttpRequestException) { await Task.Delay(250); }
                if (p.HasExited) Assert.Fail($"serve stoppede: {await fejl}");
            }
            Assert.NotNull(health);
            Assert.Equal(HttpStatusCode.OK, health!.StatusCode);
            Assert.Equal("ok", await health.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/log-ind")).StatusCode);
            // Anonymous: the archive and the dashboard send you to sign in, nothing else.
            var arkiv = await klient.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, arkiv.StatusCode);
            Assert.Contains("/log-ind", arkiv.Headers.Location!.ToString());
            Assert.NotEqual(HttpStatusCode.OK, (await klient.GetAsync("/hangfire")).StatusCode);
        }
        finally
        {
            if (!p.HasExited)
            {
                // SIGTERM, as a service manager stops it.
                Process.Start("kill", ["-TERM", p.Id.ToString()])!.WaitForExit();
                if (!p.WaitForExit(20_000)) p.Kill(true);
            }
        }
        Assert.Equal(0, p.ExitCode);
        Assert.DoesNotContain("Unhandled exception", await fejl + await ud);
    }
}
