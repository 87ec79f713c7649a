using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// What the kommune workbook is made from: the figures export plus the words around it.
/// <see cref="Dannet"/> is passed in (never the wall clock) so the same input gives the same file.
/// </summary>
public sealed record WorkbookInput(
    FigurEksport Eksport,
    string KommuneNavn,
    Skaeringsdato Skaeringsdato,
    DateOnly DataPr,
    DateTimeOffset Dannet)
{
    /// <summary>The words of the marks' footnotes (rapport/tekster.json), the kommune's own first.</summary>
    public RapportTekster Tekster { get; init; } = RapportTekster.Indbyggede();
}
