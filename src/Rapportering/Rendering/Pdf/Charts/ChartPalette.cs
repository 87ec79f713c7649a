using ScottPlot;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// Colours that survive colour blindness and greyscale print. Series (lines, grouped bars) use
/// the Okabe–Ito colours in an order whose neighbours differ in lightness, plus a marker shape
/// per series (line patterns are kept for marking preliminary values). Stacked bars show ordered parts (the indsatstrappe), so they
/// use a dark-to-light ramp of one blue: order reads from lightness alone.
/// </summary>
internal static class ChartPalette
{
    private static readonly Color[] Series =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#000000"), // black
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
    ];

    private static readonly Color[] Ramp =
    [
        Color.FromHex("#08306B"),
        Color.FromHex("#2171B5"),
        Color.FromHex("#6BAED6"),
        Color.FromHex("#BDD7E7"),
        Color.FromHex("#EFF3FF"),
    ];

    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp,
        MarkerShape.FilledDiamond, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.FilledTriangleDown,
    ];

    public static Color SeriesColor(int i) => Series[i % Series.Length];

    public static MarkerShape Marker(int i) => Markers[i % Markers.Length];

    /// <summary>Ramp colour for part <paramref name="i"/> of <paramref name="n"/> stacked parts, darkest first.</summary>
    public static Color RampColor(int i, int n)
    {
        if (n <= 1) return Ramp[1];
        if (n > Ramp.Length) return SeriesColor(i);
        var step = (Ramp.Length - 1) / (double)(n - 1);
        return Ramp[(int)Math.Round(i * step)];
    }

    /// <summary>The same hue mixed with white: how preliminary values are filled.</summary>
    public static Color Lighter(Color c, double amount = 0.6) =>
        new((byte)(c.R + (255 - c.R) * amount), (byte)(c.G + (255 - c.G) * amount), (byte)(c.B + (255 - c.B) * amount));
}
