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

    public static IReadOnlyList<int> Viste(IReadOnlyList<string> etiketter, double bredesteEtiket, double afstand)
    {
        var n = etiketter.Count;
        if (n == 0) return [];
        var k = afstand <= 0 ? n : Math.Max(1, (int)Math.Ceiling((bredesteEtiket + Mellemrum) / afstand));
        if (k > 1 && etiketter.All(ErSkaeringsdato)) k = (k + 2) / 3 * 3;
        var vis = new List<int>();
        for (var i = n - 1; i >= 0; i -= k) vis.Add(i);
        vis.Reverse();
        return vis;
    }

    private static bool ErSkaeringsdato(string e) =>
        e.StartsWith("jan. ", StringComparison.Ordinal) || e.StartsWith("maj ", StringComparison.Ordinal) || e.StartsWith("sep. ", StringComparison.Ordinal);
}
