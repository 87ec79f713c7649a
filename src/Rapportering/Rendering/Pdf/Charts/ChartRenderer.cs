using PdfSharp.Drawing;
using Rapportering.Figures;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// Draws a <see cref="Diagram"/> as vectors with XGraphics, from the chart specification only:
/// the y axis (range, ticks) and the series colours come from the report step
/// (<see cref="Diagram.Akse"/>, <see cref="Diagram.Farver"/>). Categories are evenly spaced
/// slots with the short labels that fit; a missing value is a gap. Preliminary categories get
/// a "*" on the axis and lighter bars with a dashed outline (dotted line segments and open
/// markers for lines), and a legend entry.
/// </summary>
internal static class ChartRenderer
{
    private static readonly XColor Ink = XColor.FromArgb(0x33, 0x33, 0x33);
    private static readonly XColor GridLine = XColor.FromArgb(0xDD, 0xDD, 0xDD);
    private static readonly TextStyle TickStyle = new(8, Color: Ink);
    private static readonly TextStyle AxisTitleStyle = new(8.5f, Color: Ink);
    private const float TickFontSize = 8;

    public static bool HarForeloebige(Diagram d) => d.Serier.Any(s => s.Foreloebig?.Any(f => f) == true);

    /// <summary>"1.234,5": da-DK with at most two decimals, as on every axis in the report.</summary>
    public static string FormatTick(double v) => Math.Abs(v) < 1e-9 ? "0" : Formatering.MedMinus(v.ToString("#,##0.##", Formatering.Dansk));

    /// <summary>The plot area inside <paramref name="area"/>: room for the axis title, tick labels and category labels.</summary>
    internal static Rect PlotArea(Diagram d, Rect area, FontSet fonts)
    {
        var tickWidth = d.Akse.Ticks.Select(t => fonts.MeasureWidth(FormatTick(t), TickStyle)).DefaultIfEmpty(0).Max();
        var left = area.Left + AxisTitleStyle.LinePitch + 4 + tickWidth + 5;
        return new Rect(left, area.Top + 8, area.Right - 8, area.Bottom - TickStyle.LinePitch - 6);
    }

    public static void Draw(XGraphics g, Rect area, Diagram d, FontSet fonts)
    {
        var plot = PlotArea(d, area, fonts);
        var akse = d.Akse;
        var n = Math.Max(1, d.Kategorier.Count);
        var slot = plot.Width / n;
        double Y(double v) => plot.Bottom - (v - akse.Min) / (akse.Max - akse.Min) * plot.Height;
        double X(int i) => plot.Left + slot * (i + 0.5);

        var tickFont = fonts.Font(TickStyle);
        var ink = new XSolidBrush(Ink);
        foreach (var t in akse.Ticks)
        {
            var y = Y(t);
            g.DrawLine(new XPen(GridLine, 0.6), plot.Left, y, plot.Right, y);
            var label = FormatTick(t);
            g.DrawString(label, tickFont, ink, plot.Left - 5 - fonts.MeasureWidth(label, TickStyle), y + TickFontSize * 0.35);
        }
        // The y axis title, turned to read bottom-up, centred on the plot's height.
        var state = g.Save();
        var titleX = area.Left + AxisTitleStyle.Size;
        g.RotateAtTransform(-90, new XPoint(titleX, plot.MidY));
        g.DrawString(d.YAkse, fonts.Font(AxisTitleStyle), ink, titleX - fonts.MeasureWidth(d.YAkse, AxisTitleStyle) / 2, plot.MidY);
        g.Restore(state);

        switch (d.Type)
        {
            case DiagramType.Linje: Lines(g, d, X, Y); break;
            default: Bars(g, d, X, Y, slot, stacked: d.Type == DiagramType.StabledeSoejler); break;
        }

        var axisPen = new XPen(Ink, 0.8);
        g.DrawLine(axisPen, plot.Left, plot.Top, plot.Left, plot.Bottom);
        g.DrawLine(axisPen, plot.Left, Y(Math.Max(akse.Min, 0)), plot.Right, Y(Math.Max(akse.Min, 0)));
        var labels = Akseetiketter(d);
        foreach (var i in VisteEtiketter(labels, plot.Width, fonts, d.KategorierPrAar))
            g.DrawString(labels[i], tickFont, ink, X(i) - fonts.MeasureWidth(labels[i], TickStyle) / 2, plot.Bottom + 4 + TickFontSize);
    }

    /// <summary>The short axis labels, preliminary ones ending in "*" (added when the label lacks it).</summary>
    internal static string[] Akseetiketter(Diagram d) =>
        d.Akseetiketter.Select((k, i) => Foreloebig(d, i) && !k.EndsWith('*') ? k + "*" : k).ToArray();

    /// <summary>The labels that fit without overlap (see <see cref="Rendering.Akseetiketter"/>).</summary>
    internal static IReadOnlyList<int> VisteEtiketter(IReadOnlyList<string> etiketter, float dataWidth, FontSet fonts, int prAar)
    {
        if (etiketter.Count == 0) return [];
        return Rendering.Akseetiketter.Viste(etiketter, etiketter.Max(e => fonts.MeasureWidth(e, TickStyle)), dataWidth / etiketter.Count, prAar);
    }

    internal static bool Foreloebig(Diagram d, int category) =>
        d.Serier.Any(s => s.Foreloebig is { } f && category < f.Count && f[category]);

    internal static bool Foreloebig(DiagramSerie s, int category) =>
        s.Foreloebig is { } f && category < f.Count && f[category];

    private static void Lines(XGraphics g, Diagram d, Func<int, double> x, Func<double, double> y)
    {
        for (var si = 0; si < d.Serier.Count; si++)
        {
            var serie = d.Serier[si];
            var farve = Markoerer.Farve(d.Farver[si % d.Farver.Count]);
            var solid = new XPen(farve, 2) { LineJoin = XLineJoin.Round };
            var dotted = new XPen(farve, 1.5) { DashPattern = [1, 1.4], LineCap = XLineCap.Round };
            // A line between neighbours that both have a value; dotted into a preliminary one.
            for (var i = 1; i < serie.Vaerdier.Count; i++)
                if (serie.Vaerdier[i - 1] is { } a && serie.Vaerdier[i] is { } b)
                    g.DrawLine(Foreloebig(serie, i) ? dotted : solid, x(i - 1), y(a), x(i), y(b));
            for (var i = 0; i < serie.Vaerdier.Count; i++)
                if (serie.Vaerdier[i] is { } v)
                    Markoerer.Tegn(g, Foreloebig(serie, i) ? Markoer.AabenCirkel : Markoerer.For(si), x(i), y(v), farve);
        }
    }

    private static void Bars(XGraphics g, Diagram d, Func<int, double> x, Func<double, double> y, float slot, bool stacked)
    {
        var n = d.Serier.Count;
        const double groupWidth = 0.8;
        var barWidth = (stacked ? 0.6 : groupWidth / Math.Max(1, n)) * slot;
        var baseline = new double[d.Kategorier.Count];
        var outline = new XPen(XColor.FromArgb(153, 0x33, 0x33, 0x33), 0.5);
        for (var si = 0; si < n; si++)
        {
            var serie = d.Serier[si];
            var farve = Markoerer.Farve(d.Farver[si % d.Farver.Count]);
            for (var i = 0; i < d.Kategorier.Count && i < serie.Vaerdier.Count; i++)
            {
                if (serie.Vaerdier[i] is not { } v) continue;
                var prelim = Foreloebig(serie, i);
                var left = stacked ? x(i) - barWidth / 2 : x(i) - groupWidth * slot / 2 + barWidth * si + barWidth * 0.04;
                var width = stacked ? barWidth : barWidth * 0.92;
                var (lo, hi) = stacked ? (baseline[i], baseline[i] + v) : (Math.Min(0, v), Math.Max(0, v));
                if (stacked) baseline[i] += v;
                var rect = new XRect(left, y(hi), width, Math.Max(0, y(lo) - y(hi)));
                g.DrawRectangle(new XSolidBrush(prelim ? Markoerer.Lysere(farve) : farve), rect);
                if (prelim) g.DrawRectangle(new XPen(farve, 1.2) { DashStyle = XDashStyle.Dash }, rect);
                else if (stacked) g.DrawRectangle(outline, rect);
            }
        }
    }
}
