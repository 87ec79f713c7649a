using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Rapportering.Output;

/// <summary>
/// Temp files and staging folders carry their writer's mark (process id @ machine), so the next
/// start can remove what a killed writer left at once — and never what a live writer, here or on
/// another server sharing the folder, is still writing. Unmarked or foreign leftovers go after an hour.
/// </summary>
public static partial class Efterladenskaber
{
    private static readonly TimeSpan Graense = TimeSpan.FromHours(1);

    /// <summary>This process's mark: "&lt;pid&gt;@&lt;machine&gt;" (machine reduced to letters, digits, '-' and '_').</summary>
    public static string Maerke { get; } = $"{Environment.ProcessId}@{Maskine}";

    /// <summary>The machine name reduced to letters, digits, '-' and '_' (safe in file names and Hangfire server ids).</summary>
    public static string Maskine => new(Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    /// <summary>True when the entry was left by a writer that is gone (or is older than an hour).</summary>
    public static bool ErForladt(string navn, DateTime skabtUtc)
    {
        if (DateTime.UtcNow - skabtUtc > Graense) return true;
        var m = MaerkeMoenster().Match(navn);
        if (!m.Success || !string.Equals(m.Groups[2].Value, Maskine, StringComparison.OrdinalIgnoreCase)) return false;
        var pid = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return pid != Environment.ProcessId && !Lever(pid);
    }

    /// <summary>Removes the temp files (".…tmp") a killed writer left anywhere below <paramref name="mappe"/>; returns how many.</summary>
    public static int RydTempFiler(string mappe)
    {
        if (!Directory.Exists(mappe)) return 0;
        var n = 0;
        foreach (var f in Directory.EnumerateFiles(mappe, ".*.tmp", SearchOption.AllDirectories))
        {
            try
            {
                if (ErForladt(Path.GetFileName(f), File.GetCreationTimeUtc(f))) { File.Delete(f); n++; }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return n;
    }

    private static bool Lever(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(\d+)@([A-Za-z0-9_-]+)")]
    private static partial Regex MaerkeMoenster();
}
