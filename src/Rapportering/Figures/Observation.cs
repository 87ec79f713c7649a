namespace Rapportering.Figures;

/// <summary>
/// One tidy row of the figures export (DESIGN.md, "The figures export"). Full precision:
/// rounding is presentation. A suppressed row has Undertrykt = true and null Vaerdi/Taeller.
/// Periode is a cut date ("2017-01-31"), an accounting year ("2015") or a school year ("2016/17").
/// </summary>
public sealed record Observation(
    string Noegletal,
    string? Opdeling,
    string Periode,
    decimal? Vaerdi,
    decimal? Taeller,
    decimal? Naevner,
    bool Undertrykt = false,
    bool Foreloebig = false);

/// <summary>
/// A data-quality finding: a rule that rows broke, how many, and what it means; where known the
/// view and column, and what was done with the rows. Never a value from a row.
/// </summary>
public sealed record DatakvalitetFund(string Regel, int Antal, string Beskrivelse)
{
    public string? View { get; init; }
    public string? Kolonne { get; init; }
    public Rapportering.Input.Kontrakt.Behandling Behandling { get; init; } = Rapportering.Input.Kontrakt.Behandling.Udeladt;
}

/// <summary>Everything computed for one kommune and cut date: the content of the JSON export.</summary>
public sealed record FigurEksport(
    int Kommune,
    string Skaeringsdato,
    int Prisaar,
    IReadOnlyList<Observation> Observationer,
    IReadOnlyList<DatakvalitetFund> Datakvalitet);
