using System.Diagnostics;

namespace Rapportering.Benchmark;

/// <summary>
/// The peer a user would otherwise pick: headless Chromium printing a report's HTML to PDF,
/// one process per report as a report server (Grafana, Superset) does. Peak memory is the
/// summed RSS of the process tree, polled from /proc every ~20 ms (shared pages count once per
/// process, so it overstates a little).
/// </summary>
public sealed class ChromiumPeer(string chromium)
{
    public static bool Findes(string chromium) => File.Exists(chromium);

    public string Version()
    {
        try
        {
            var (ud, _) = Koer(["--version"], TimeSpan.FromSeconds(30));
            return ud.Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "ukendt";
        }
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; returns wall time and peak RSS of the tree.</summary>
    public (TimeSpan Tid, long PeakRss) Udskriv(string html, string pdf)
    {
        var profil = Directory.CreateTempSubdirectory("rapportering-chromium-");
        try
        {
            var ur = Stopwatch.StartNew();
            using var p = Start(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                $"--user-data-dir={profil.FullName}", $"--print-to-pdf={pdf}", "--no-pdf-header-footer",
                // Chromium tags a printed PDF by default; the outline is asked for, as our PDF has one.
                "--generate-pdf-document-outline",
                new Uri(Path.GetFullPath(html)).AbsoluteUri,
            ]);
            long peak = 0;
            while (!p.WaitForExit(20))
                peak = Math.Max(peak, TraeRss(p.Id));
            var tid = ur.Elapsed;
            if (p.ExitCode != 0 || !File.Exists(pdf))
                throw new InvalidOperationException($"chromium sluttede med kode {p.ExitCode} uden {Path.GetFileName(pdf)}");
            return (tid, peak);
        }
        finally
        {
            try { profil.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private Process Start(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi) ?? throw new InvalidOperationException("kunne ikke starte chromium");
        // Drain its chatter so a full pipe never blocks it.
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private (string Ud, int Kode) Koer(IEnumerable<string> args, TimeSpan max)
    {
        var psi = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("kunne ikke starte chromium");
        var ud = p.StandardOutput.ReadToEnd();
        p.WaitForExit(max);
        return (ud, p.ExitCode);
    }

    /// <summary>Summed VmRSS (bytes) of <paramref name="rod"/> (unless not <paramref name="medRod"/>) and all its descendants.</summary>
    internal static long TraeRss(int rod, bool medRod = true)
    {
        var foraeldre = new Dictionary<int, int>();
        foreach (var mappe in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(mappe), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(mappe, "stat"));
                // Fields after the ")" of the command name: state, ppid, ...
                var efter = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                foraeldre[pid] = int.Parse(efter[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
            }
        }
        var trae = new HashSet<int> { rod };
        bool vokset;
        do
        {
            vokset = false;
            foreach (var (pid, ppid) in foraeldre)
                if (trae.Contains(ppid) && trae.Add(pid)) vokset = true;
        } while (vokset);

        long sum = 0;
        foreach (var pid in trae) if (medRod || pid != rod) sum += Rss(pid);
        return sum;
    }

    private static long Rss(int pid)
    {
        try
        {
            foreach (var linje in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!linje.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
                var kb = linje[6..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return 0;
    }
}
