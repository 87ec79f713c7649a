namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The outcome of one kommune job, stored by Hangfire as the job's result.
/// Status: "leveret" (a new version went out), "uaendret" (same content as the latest version:
/// only missing deliveries were made up), "tilbageholdt" (the completeness gate said no).
/// </summary>
public sealed record KommuneUdfald(
    int Kommune,
    string Skaeringsdato,
    string Status,
    int? Version,
    IReadOnlyList<string> Mangler,
    IReadOnlyList<string> Sendt,
    IReadOnlyList<string> Uafklaret)
{
    public const string Leveret = "leveret";
    public const string Uaendret = "uaendret";
    public const string Tilbageholdt = "tilbageholdt";
}
