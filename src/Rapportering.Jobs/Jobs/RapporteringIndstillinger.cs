using Rapportering.Completeness;
using Rapportering.Delivery;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The configuration of `serve` and `run` (appsettings.json, a --config file, RAPPORTERING__*
/// environment variables). Section names are the property names. A configured array replaces
/// its default whole (<see cref="JobKonfiguration.Indstillinger"/>; the binder alone would append).
/// </summary>
public sealed record RapporteringIndstillinger
{
    public JobIndstillinger Jobs { get; init; } = new();
    public DataIndstillinger Data { get; init; } = new();
    /// <summary>Kommune codes to report on; empty means every kommune in rap_kommune.</summary>
    public int[] Kommuner { get; init; } = [];
    public ArkivIndstillinger Arkiv { get; init; } = new();
    /// <summary>A folder laid out like templates/ that wins over the built-in one (as --templates).</summary>
    public string? Skabeloner { get; init; }
    public LeveringIndstillinger Levering { get; init; } = new();
    public SmtpIndstillinger Smtp { get; init; } = new();
    public OperatoerIndstillinger Operatoer { get; init; } = new();
    public FuldstaendighedsRegler Fuldstaendighed { get; init; } = new();
    public KontrolIndstillinger Kontrol { get; init; } = new();
    /// <summary>The absolute path of the --config file, set by the program (not configuration): notices print it.</summary>
    public string? KonfigFil { get; init; }
}

public sealed record JobIndstillinger
{
    /// <summary>inmemory (default), postgres or sqlserver.</summary>
    public string Storage { get; init; } = "inmemory";
    public string? Forbindelse { get; init; }
    /// <summary>The tertial run: 06:00 on the 15th of February, June and October.</summary>
    public string Cron { get; init; } = "0 6 15 2,6,10 *";
    public string Tidszone { get; init; } = "Europe/Copenhagen";
    public int Arbejdere { get; init; } = 2;
    /// <summary>Attempts after the first failure before the operator is told.</summary>
    public int Forsoeg { get; init; } = 3;
    public int[] PauseSekunder { get; init; } = [60, 300, 1800];
    public double PollingSekunder { get; init; } = 15;
    /// <summary>Name of the recurring job; null/empty = no recurring job (run only).</summary>
    public string? TilbagevendendeId { get; init; } = "tertial";
}

public sealed record DataIndstillinger
{
    public string Provider { get; init; } = "sqlite";
    public string Forbindelse { get; init; } = "Data Source=rapportering.db";
}

public sealed record ArkivIndstillinger
{
    public string Rod { get; init; } = "arkiv";
    /// <summary>Base URL of the archive in the web front; the mail links to the workbook below it.</summary>
    public string? Url { get; init; } = "http://localhost:5000/arkiv";
}

public sealed record LeveringIndstillinger
{
    /// <summary>A folder that receives every new version (folder drop); null = none.</summary>
    public string? Mappe { get; init; }
    /// <summary>SQLite file of the delivery log when jobs run in memory; default levering.db beside the archive.</summary>
    public string? LogFil { get; init; }
    /// <summary>
    /// A mail whose data was being transmitted when its sender stopped (no reply seen): "gentag"
    /// sends it again with the same Message-ID (default: a lost report is worse than a repeated
    /// one), "spoerg" leaves it to the operator (at most once). Either way the run reports it.
    /// </summary>
    public string Uvished { get; init; } = "gentag";

    [System.Text.Json.Serialization.JsonIgnore]
    public UvishedsPolitik Politik => Uvished.Trim().ToLowerInvariant() switch
    {
        "gentag" => UvishedsPolitik.Gentag,
        "spoerg" or "spørg" => UvishedsPolitik.Spoerg,
        _ => throw new BrugerFejl($"ugyldig Levering:Uvished '{Uvished}' (brug gentag eller spoerg)"),
    };
}

public sealed record OperatoerIndstillinger
{
    public string[] Modtagere { get; init; } = [];
}

public sealed record KontrolIndstillinger
{
    /// <summary>Headings every PDF must contain (text search after extraction, whitespace ignored):
    /// the report's sections as the PDF prints them. A kommune template that renames a section must set this too.</summary>
    public string[] PdfOverskrifter { get; init; } =
        ["Resumé", "1 Forebyggende indsatser", "2 Hjemmebaserede foranstaltninger", "3 Anbringelser", "4 Økonomi", "5 Trivsel og fravær", "Bilag"];
}
