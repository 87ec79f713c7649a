namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Reads the configuration: appsettings.json beside the program, then an optional --config file,
/// then RAPPORTERING__* environment variables (e.g. RAPPORTERING__Jobs__Storage=postgres),
/// then the command's own options.
/// </summary>
public static class JobKonfiguration
{
    /// <summary>The prefix of the environment variables read (RAPPORTERING__Jobs__Storage=postgres).</summary>
    public const string MiljoePrefiks = "RAPPORTERING__";

    public static IConfigurationBuilder Lag(IConfigurationBuilder b, string? configFil, IReadOnlyDictionary<string, string?>? tilvalg)
    {
        b.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        if (configFil is not null)
        {
            if (!File.Exists(configFil)) throw new BrugerFejl($"konfigurationsfilen '{configFil}' findes ikke");
            b.AddJsonFile(Path.GetFullPath(configFil), optional: false, reloadOnChange: false);
        }
        b.AddEnvironmentVariables(MiljoePrefiks);
        if (tilvalg is not null) b.AddInMemoryCollection(tilvalg);
        return b;
    }

    public static RapporteringIndstillinger Indstillinger(IConfiguration c, string? configFil = null)
    {
        try
        {
            var ind = c.Get<RapporteringIndstillinger>() ?? new RapporteringIndstillinger();
            ArrayErstatning.Erstat(ind, c);
            _ = ind.Levering.Politik; // a bad policy is a configuration error now, not in the middle of a delivery
            return configFil is null ? ind : ind with { KonfigFil = Path.GetFullPath(configFil) };
        }
        catch (InvalidOperationException e)
        {
            // The binder's message is English ("Failed to convert configuration value at 'Jobs:Workers'
            // to type 'System.Int32'."); the key it names is what the operator needs.
            var noegle = System.Text.RegularExpressions.Regex.Match(e.Message, "at '([^']+)'");
            throw new BrugerFejl(noegle.Success
                ? $"ugyldig konfiguration: værdien af {noegle.Groups[1].Value} har en forkert type"
                : "ugyldig konfiguration: en værdi har en forkert type");
        }
    }

    /// <summary>--provider/--connection (as in generate) override Data:*.</summary>
    internal static Dictionary<string, string?> DataTilvalg(Argumenter a)
    {
        var d = new Dictionary<string, string?>();
        if (a.Valgfri("provider") is { } p) d["Data:Provider"] = p;
        if (a.Valgfri("connection") is { } c) d["Data:Forbindelse"] = c;
        return d;
    }
}
