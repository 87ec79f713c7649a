using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Report;

/// <summary>
/// Everything the composer needs for one kommune and cut date. The figures are already computed
/// (the JSON export) and the templates already read: the composer only selects, formats and
/// arranges them, and touches no file.
/// </summary>
/// <param name="Figurer">The figures export: observations and data-quality findings.</param>
/// <param name="LogoSti">Absolute path to the kommune's logo (PNG or SVG), or null.</param>
/// <param name="DataPr">The date the data was extracted ("data pr.").</param>
/// <param name="Tekster">The report's words, loaded at the edge (<see cref="RapportTekster.Laes"/>).</param>
/// <param name="Oprettet">Creation time, injected so the same input gives the same document.</param>
public sealed record RapportInput(
    FigurEksport Figurer,
    int KommuneKode,
    string Kommunenavn,
    KommuneSkabelon Skabelon,
    string? LogoSti,
    DateOnly DataPr,
    Skaeringsdato Skaeringsdato,
    RapportTekster Tekster,
    DateTimeOffset Oprettet)
{
    /// <summary>The logo's bytes, read at the edge; null when the template names none or it is no picture we embed.</summary>
    public Logo? Logo { get; init; }

    /// <summary>Public figures beside the kommune (sections 3 and 4); empty when none are loaded.</summary>
    public IReadOnlyList<Sammenligninger.OffentligSammenligning> Offentlige { get; init; } = [];
}
