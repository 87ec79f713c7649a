namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// A native chart (lines, grouped or stacked columns, as the report's chart) over a block of cells
/// on one sheet: categories down one column, one series per column. Rows and columns are 1-based
/// like Excel's. The cached values let Excel draw the chart before it recalculates; the cell
/// references make it follow the data. Kategoritekster: text categories (school years) instead
/// of the numeric ones.
/// </summary>
internal sealed record Linjediagram(
    string Ark,
    string Titel,
    string AkseTitel,
    int OverskriftRaekke,
    int ForsteRaekke,
    int SidsteRaekke,
    int KategoriKolonne,
    IReadOnlyList<int> SerieKolonner,
    IReadOnlyList<string> Serienavne,
    IReadOnlyList<double> Kategorier,
    string KategoriFormat,
    IReadOnlyList<IReadOnlyList<double?>> Vaerdier,
    string VaerdiFormat,
    Placering Placering,
    Report.DiagramType Type = Report.DiagramType.Linje,
    IReadOnlyList<string>? Kategoritekster = null)
{
    /// <summary>Series colours (#RRGGBB) from the chart specification (<see cref="Report.Diagram.Farver"/>); null: the palette's fallback.</summary>
    public IReadOnlyList<string>? Farver { get; init; }

    /// <summary>The y axis from the chart specification (<see cref="Report.Diagram.Akse"/>); null: Excel's own scale.</summary>
    public Report.DiagramAkse? Akse { get; init; }
}

/// <summary>Where a chart sits: from the top-left corner of one cell to another (0-based, as in DrawingML).</summary>
internal sealed record Placering(int FraKolonne, int FraRaekke, int TilKolonne, int TilRaekke);
