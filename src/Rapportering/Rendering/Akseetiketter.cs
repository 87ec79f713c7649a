namespace Rapportering.Rendering;

/// <summary>
/// Which category labels a chart axis shows so that none overlap (PDF and HTML charts alike):
/// every k-th, counted back from the last (the report's own period), with k the smallest step at
/// which the widest label plus a gap fits the spacing. For cut dates (three a year) k becomes a
/// multiple of 3 once labels must be dropped, so every label shown is the same month
/// ("sep. 17", "sep. 18", ...).
/// </summary>
internal static class Akseetiketter
{
    public const double Mellemrum = 6;

    /// <param name="prAar">Categories per year (3 for cut dates, from the chart specification): labels are then dropped in whole years.</param>
    public static IReadOnlyList<int> Viste(IReadOnlyList<string> etiketter, double bredesteEtiket, double afstand, int prAar = 0)
    {
        var n = etiketter.Count;
        if (n == 0) return [];
        var k = afstand <= 0 ? n : Math.Max(1, (int)Math.Ceiling((bredesteEtiket + Mellemrum) / afstand));
        if (k > 1 && prAar > 1) k = (k + prAar - 1) / prAar * prAar;
        var vis = new List<int>();
        for (var i = n - 1; i >= 0; i -= k) vis.Add(i);
        vis.Reverse();
        return vis;
    }

}
