namespace Rapportering.Jobs.Jobs;

/// <summary>
/// A `rapportering` command as a notice prints it: this very program by absolute path and an
/// absolute --config, so it runs as printed from any folder and reaches the same archive, log and
/// mail server as the run that printed it.
/// </summary>
public static class Kommandolinje
{
    public static string Byg(string? configFil, params string[] argumenter)
    {
        var dele = new List<string>(Program());
        dele.AddRange(argumenter);
        if (configFil is not null) dele.AddRange(["--config", Path.GetFullPath(configFil)]);
        return string.Join(' ', dele.Select(Citer));
    }

    /// <summary>`dotnet /…/rapportering.dll` when run through the dotnet host, else the executable itself.</summary>
    private static IEnumerable<string> Program()
    {
        var proces = Environment.ProcessPath;
        var dll = Path.Combine(AppContext.BaseDirectory, "rapportering.dll");
        if (proces is not null && Path.GetFileNameWithoutExtension(proces) == "dotnet" && File.Exists(dll)) return [proces, dll];
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "rapportering.exe" : "rapportering");
        return [File.Exists(exe) ? exe : "rapportering"];
    }

    /// <summary>POSIX shell quoting, only where needed.</summary>
    private static string Citer(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || "/._-:@=,+".Contains(c)) ? s : "'" + s.Replace("'", "'\\''") + "'";
}
