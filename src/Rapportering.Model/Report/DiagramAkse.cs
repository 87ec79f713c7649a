namespace Rapportering.Report;

/// <summary>
/// A chart's y axis: from <paramref name="Min"/> to <paramref name="Max"/>, grid lines and labels
/// at <paramref name="Ticks"/>. Decided once in the report step so the PDF, the HTML SVG and the
/// workbook chart draw the same scale.
/// </summary>
public sealed record DiagramAkse(double Min, double Max, IReadOnlyList<double> Ticks)
{
    /// <summary>Head room above the highest value (or stacked total), so the top mark is not cut.</summary>
    private const double Luft = 0.08;

    /// <summary>
    /// Zero or the lowest value at the bottom; the highest value (the highest stacked total for
    /// stacked bars) plus 8 % at the top; about five ticks at 1, 2, 2,5 or 5 × 10ⁿ.
    /// </summary>
    public static DiagramAkse For(Diagram d)
    {
        var vaerdier = d.Serier.SelectMany(s => s.Vaerdier).OfType<double>().ToList();
        var top = d.Type == DiagramType.StabledeSoejler
            ? Enumerable.Range(0, d.Kategorier.Count).Select(i => d.Serier.Sum(s => i < s.Vaerdier.Count ? s.Vaerdier[i] ?? 0 : 0)).DefaultIfEmpty(1).Max()
            : vaerdier.DefaultIfEmpty(1).Max();
        var bund = Math.Min(0, vaerdier.DefaultIfEmpty(0).Min());
        if (top <= bund) top = bund + 1;
        var max = top + (top - bund) * Luft;
        var trin = PaenTrin((max - bund) / 5);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(bund / trin - 1e-9) * trin; t <= max + 1e-9; t += trin)
            ticks.Add(Math.Round(t, 10) + 0.0); // + 0.0: never "−0"
        return new DiagramAkse(bund, max, ticks);
    }

    /// <summary>The nearest of 1, 2, 2,5, 5 × 10ⁿ at or above <paramref name="raa"/>.</summary>
    internal static double PaenTrin(double raa)
    {
        if (raa <= 0 || double.IsNaN(raa)) return 1;
        var tier = Math.Pow(10, Math.Floor(Math.Log10(raa)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * tier >= raa - 1e-12) return m * tier;
        return 10 * tier;
    }
}
