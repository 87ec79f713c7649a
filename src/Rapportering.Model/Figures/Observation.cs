using Rapportering.Domain;

namespace Rapportering.Figures;

/// <summary>
/// One tidy row of the figures export (DESIGN.md, "The figures export"). Full precision:
/// rounding is presentation. A suppressed row has Undertrykt = true and null Vaerdi/Taeller.
/// The figure id, the opdeling (null: the total) and the period are typed; their text is the wire form.
/// </summary>
public sealed record Observation(
    FigurId Noegletal,
    Opdeling? Opdeling,
    Periode Periode,
    decimal? Vaerdi,
    decimal? Taeller,
    decimal? Naevner,
    bool Undertrykt = false,
    bool Foreloebig = false)
{
    /// <summary>From the wire form (id, opdeling, period "2017-01-31", "2015", "2016/17"): for the export's reader and hand-written fixtures.</summary>
    public Observation(string noegletal, string? opdeling, string periode, decimal? vaerdi, decimal? taeller, decimal? naevner,
        bool Undertrykt = false, bool Foreloebig = false)
        : this(new FigurId(noegletal), Domain.Opdeling.Fra(opdeling), Periode.Parse(periode), vaerdi, taeller, naevner, Undertrykt, Foreloebig)
    {
    }
}

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

/// <summary>Everything computed for one kommune and cut date: the content of the JSON export.
/// The cut date is typed; its wire form is <see cref="Domain.Skaeringsdato.Iso"/> ("2017-09-30").</summary>
public sealed record FigurEksport(
    int Kommune,
    Skaeringsdato Skaeringsdato,
    int Prisaar,
    IReadOnlyList<Observation> Observationer,
    IReadOnlyList<DatakvalitetFund> Datakvalitet)
{
    /// <summary>From the wire form ("2017-09-30"): for the export's reader and hand-written fixtures. Not a cut date: a <see cref="FormatException"/>.</summary>
    public FigurEksport(int kommune, string skaeringsdato, int prisaar, IReadOnlyList<Observation> observationer, IReadOnlyList<DatakvalitetFund> datakvalitet)
        : this(kommune, Domain.Skaeringsdato.Parse(skaeringsdato), prisaar, observationer, datakvalitet)
    {
    }
}
