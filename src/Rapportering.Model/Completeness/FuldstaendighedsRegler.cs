namespace Rapportering.Completeness;

/// <summary>
/// What "complete for the period" means before a kommune's report may be delivered.
/// Configurable (appsettings "Fuldstaendighed"); null switches a rule off.
/// </summary>
public sealed record FuldstaendighedsRegler
{
    /// <summary>A population date on or before the cut date and at most this many months older (DOMAIN.md: 12).</summary>
    public int? BefolkningMaxAlderMaaneder { get; init; } = 12;

    /// <summary>At least one registration (measure start or end, decided examination) after the previous cut date.</summary>
    public bool KraevRegistreringerSidenForrige { get; init; } = true;

    /// <summary>
    /// Last year's final accounts are required from this month of the cut date's year on (31 May and
    /// 30 September: the year before; 31 January: two years before, since accounts close in spring).
    /// </summary>
    public int? RegnskabFraMaaned { get; init; } = 5;

    /// <summary>Every year of the base periods needs final accounts (the merudgifter depend on them).</summary>
    public bool KraevBasisperioder { get; init; } = true;

    /// <summary>A price and wage index for every accounts year present and for the price year.</summary>
    public bool KraevPlIndeks { get; init; } = true;

    /// <summary>
    /// The most rows of one view (of the kommune's rows in it) the contract checks may leave out,
    /// in pct.; more, and the figures rest on too little of the data. Copies counted once and
    /// other kommuner's rows do not count: nothing of this kommune's is lost by them.
    /// </summary>
    public decimal? MaksUdeladtPct { get; init; } = 1m;

    /// <summary>
    /// Rules whose rows do not count towards <see cref="MaksUdeladtPct"/>: an account row no
    /// kontoplan rule covers is a gap in the kommune's mapping (fixed in its template, listed
    /// with its amount), not a dirty extract.
    /// </summary>
    public IReadOnlyList<string> UdenforAndel { get; init; } = ["ukendt_funktion"];

    /// <summary>The population date a cut date uses must hold every age 0–17 (a missing age makes every per-1000 figure too low).</summary>
    public bool KraevFuldBefolkning { get; init; } = true;

    public static readonly FuldstaendighedsRegler Standard = new();
}
