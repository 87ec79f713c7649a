using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>One kommune's export in the comparison, with the name users know it by.</summary>
public sealed record SammenligningKommune(FigurEksport Eksport, string Navn);

/// <summary>
/// What the consultants' comparison workbook is made from: every kommune's export, the kommune
/// in focus and its reference kommuner (from its template). <see cref="Dannet"/> is passed in.
/// </summary>
public sealed record SammenligningInput(
    IReadOnlyList<SammenligningKommune> Kommuner,
    int FokusKommune,
    IReadOnlyList<int> Referencekommuner,
    DateTimeOffset Dannet)
{
    /// <summary>The words of the marks' footnotes (rapport/tekster.json).</summary>
    public RapportTekster Tekster { get; init; } = RapportTekster.Indbyggede();

    /// <summary>Focus and reference kommuner as the kommune's template names them.</summary>
    public static SammenligningInput Fra(KommuneSkabelon skabelon, IReadOnlyList<SammenligningKommune> kommuner, DateTimeOffset dannet) =>
        new(kommuner, skabelon.Kode, skabelon.Referencekommuner, dannet);

    public Rolle RolleFor(int kommune) =>
        kommune == FokusKommune ? Rolle.Kommune
        : Referencekommuner.Contains(kommune) ? Rolle.Referencekommune
        : Rolle.Oevrig;
}

/// <summary>A kommune's part in the comparison.</summary>
public enum Rolle { Kommune, Referencekommune, Oevrig }
