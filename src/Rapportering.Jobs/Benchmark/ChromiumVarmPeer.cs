using System.Diagnostics;
using Microsoft.Playwright;

namespace Rapportering.Benchmark;

/// <summary>
/// The warm peer: one headless Chromium kept open and one page reused through Playwright, as a
/// report server that keeps its browser does (Grafana's renderer, Superset's worker pool). The
/// browser starts once before the first report; each report is a page load of the same HTML
/// file and a print to PDF. Peak memory is the summed RSS of every process this process started
/// (Playwright's driver and Chromium's tree), polled every ~20 ms while a report prints.
/// </summary>
public sealed class ChromiumVarmPeer : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _side;

    private ChromiumVarmPeer(IPlaywright playwright, IBrowser browser, IPage side)
    {
        _playwright = playwright;
        _browser = browser;
        _side = side;
    }

    public static async Task<ChromiumVarmPeer> StartAsync(string chromium)
    {
        var pw = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await pw.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromium,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            }).ConfigureAwait(false);
            return new ChromiumVarmPeer(pw, browser, await browser.NewPageAsync().ConfigureAwait(false));
        }
        catch
        {
            pw.Dispose();
            throw;
        }
    }

    public string Version => _browser.Version;

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> on the open page; returns wall time and peak RSS of the tree.</summary>
    public async Task<(TimeSpan Tid, long PeakRss)> UdskrivAsync(string html, string pdf)
    {
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var maaler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, ChromiumPeer.TraeRss(Environment.ProcessId, medRod: false));
                try { await Task.Delay(20, stop.Token).ConfigureAwait(false); } catch (OperationCanceledException) { }
            }
        });
        var ur = Stopwatch.StartNew();
        await _side.GotoAsync(new Uri(Path.GetFullPath(html)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        // Tagged and with an outline, as the cold command line's print and our PDF: Playwright's default
        // is an untagged PDF (0,30 MB against 1,69 MB), which is less work than the one compared.
        await _side.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, Tagged = true, Outline = true }).ConfigureAwait(false);
        var tid = ur.Elapsed;
        await stop.CancelAsync().ConfigureAwait(false);
        await maaler.ConfigureAwait(false);
        return (tid, peak);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}
