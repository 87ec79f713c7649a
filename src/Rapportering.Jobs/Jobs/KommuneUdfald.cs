namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The outcome of one kommune job, stored by Hangfire as the job's result.
/// Status: "leveret" (a new version went out), "uaendret" (same content as the latest version:
/// only missing deliveries were made up), "tilbageholdt" (the completeness gate said no).
/// Sendt: mails accepted in this job (people, not the folder drop); Gentaget: of those, mails sent
/// again after an earlier send stopped in the unknown window; Uafklaret: mails left to the operator.
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

    public string? Navn { get; init; }
    public IReadOnlyList<string> Gentaget { get; init; } = [];
    /// <summary>True when the folder drop was written in this job.</summary>
    public bool MappeLagt { get; init; }
}
