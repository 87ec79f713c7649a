using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Report;

/// <summary>
/// Everything the composer needs for one kommune and cut date. The figures are already computed
/// (the JSON export); the composer only selects, formats and arranges them.
/// </summary>
/// <param name="Figurer">The figures export: observations and data-quality findings.</param>
/// <param name="LogoSti">Absolute path to the kommune's logo (PNG or SVG), or null.</param>
/// <param name="DataPr">The date the data was extracted ("data pr.").</param>
/// <param name="Tekster">The report's words, see <see cref="RapportTekster.Laes"/>.</param>
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
    /// <summary>Public figures beside the kommune (sections 3 and 4); empty when none are loaded.</summary>
    public IReadOnlyList<Sammenligninger.OffentligSammenligning> Offentlige { get; init; } = [];
}

public static class RapportInputFabrik
{
    /// <summary>
    /// The usual way to build the input: kommune code, cut date and price year from the export,
    /// the logo resolved through the template folders (own folder first) to an absolute path,
    /// and the texts layered the same way.
    /// </summary>
    public static RapportInput Fra(FigurEksport eksport, string kommunenavn, KommuneSkabelon skabelon,
        Skabeloner skabeloner, DateOnly dataPr, DateTimeOffset oprettet)
    {
        var logo = skabelon.Branding.Logo is { Length: > 0 } l ? skabeloner.Find(l) : null;
        return new RapportInput(eksport, eksport.Kommune, kommunenavn, skabelon,
            logo is null ? null : Path.GetFullPath(logo), dataPr, Skaeringsdato.Parse(eksport.Skaeringsdato),
            RapportTekster.Laes(skabeloner), oprettet);
    }
}
