using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Figures;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// Draws a <see cref="Diagram"/> as vectors on the page's <see cref="Canvas"/>, from the chart specification only:
/// the y axis (range, ticks) and the series colours come from the report step
/// (<see cref="Diagram.Akse"/>, <see cref="Diagram.Farver"/>). Categories are evenly spaced
/// slots with the short labels that fit; a missing value is a gap. Preliminary categories get
/// a "*" on the axis and lighter bars with a dashed outline (dotted line segments and open
/// markers for lines), and a legend entry.
/// </summary>
internal static class ChartRenderer
{
    private static readonly PdfColor Ink = PdfColor.Rgb(0x33, 0x33, 0x33);
    private static readonly Pen GridLine = new(PdfColor.Rgb(0xDD, 0xDD, 0xDD), 0.6);
    private static readonly Pen Axis = new(Ink, 0.8);

    /// <summary>The outline of a stacked bar and a legend swatch.</summary>
    internal static readonly Pen Outline = new(PdfColor.Argb(153, 0x33, 0x33, 0x33), 0.5);

    /// <summary>Dots one width long, 1,4 widths apart: a line into a preliminary value.</summary>
    internal static readonly double[] Dotted = [1, 1.4];
    private static readonly TextStyle TickStyle = new(8, Color: Ink);
    private static readonly TextStyle AxisTitleStyle = new(8.5f, Color: Ink);
    private const float TickFontSize = 8;

    public static bool HarForeloebige(Diagram d) => d.Serier.Any(s => s.Foreloebig?.Any(f => f) == true);

    /// <summary>"1.234,5": da-DK with at most two decimals, as on every axis in the report.</summary>
    public static string FormatTick(double v) => Math.Abs(v) < 1e-9 ? "0" : Formatering.MedMinus(v.ToString("#,##0.##", Formatering.Dansk));

    /// <summary>The plot area inside <paramref name="area"/>: room for the axis title, tick labels and category labels.</summary>
    internal static Rect PlotArea(DiagramAkse akse, Rect area, FontSet fonts)
    {
        var tickWidth = 0f;
        foreach (var t in akse.Ticks) tickWidth = Math.Max(tickWidth, fonts.MeasureWidth(FormatTick(t), TickStyle));
        var left = area.Left + AxisTitleStyle.LinePitch + 4 + tickWidth + 5;
        return new Rect(left, area.Top + 8, area.Right - 8, area.Bottom - TickStyle.LinePitch - 6);
    }

    public static void Draw(Canvas g, Rect area, Diagram d, FontSet fonts)
    {
        var akse = d.Akse; // computed on each read: read once
        var plot = PlotArea(akse, area, fonts);
        var n = Math.Max(1, d.Kategorier.Count);
        var slot = plot.Width / n;
        double Y(double v) => plot.Bottom - (v - akse.Min) / (akse.Max - akse.Min) * plot.Height;
        double X(int i) => plot.Left + slot * (i + 0.5);

        foreach (var t in akse.Ticks)
        {
            var y = Y(t);
            g.Line(plot.Left, y, plot.Right, y, GridLine);
            var label = FormatTick(t);
            g.Text(label, fonts, TickStyle, plot.Left - 5 - fonts.MeasureWidth(label, TickStyle), (float)(y + TickFontSize * 0.35));
        }
        // The y axis title, turned to read bottom-up, centred on the plot's height.
        var titleX = area.Left + AxisTitleStyle.Size;
        g.TextUpwards(d.YAkse, fonts, AxisTitleStyle, titleX, plot.MidY + fonts.MeasureWidth(d.YAkse, AxisTitleStyle) / 2);

        switch (d.Type)
        {
            case DiagramType.Linje: Lines(g, d, X, Y); break;
            default: Bars(g, d, X, Y, slot, stacked: d.Type == DiagramType.StabledeSoejler); break;
        }

        g.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, Axis);
        g.Line(plot.Left, Y(Math.Max(akse.Min, 0)), plot.Right, Y(Math.Max(akse.Min, 0)), Axis);
        var labels = Akseetiketter(d);
        foreach (var i in VisteEtiketter(labels, plot.Width, fonts, d.KategorierPrAar))
            g.Text(labels[i], fonts, TickStyle, (float)(X(i) - fonts.MeasureWidth(labels[i], TickStyle) / 2), plot.Bottom + 4 + TickFontSize);
    }

    /// <summary>The short axis labels, preliminary ones ending in "*" (added when the label lacks it).</summary>
    internal static string[] Akseetiketter(Diagram d)
    {
        var labels = d.Akseetiketter.ToArray();
        foreach (var s in d.Serier)
            if (s.Foreloebig is { } f)
                for (var i = 0; i < labels.Length && i < f.Count; i++)
                    if (f[i] && !labels[i].EndsWith('*')) labels[i] += "*";
        return labels;
    }

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

    private static void Lines(Canvas g, Diagram d, Func<int, double> x, Func<double, double> y)
    {
        for (var si = 0; si < d.Serier.Count; si++)
        {
            var serie = d.Serier[si];
            var farve = Markoerer.Farve(d.Farver[si % d.Farver.Count]);
            var solid = new Pen(farve, 2, Join: LineJoin.Round);
            var dotted = new Pen(farve, 1.5, Dotted, LineCap.Round);
            // A line between neighbours that both have a value; dotted into a preliminary one.
            for (var i = 1; i < serie.Vaerdier.Count; i++)
                if (serie.Vaerdier[i - 1] is { } a && serie.Vaerdier[i] is { } b)
                    g.Line(x(i - 1), y(a), x(i), y(b), Foreloebig(serie, i) ? dotted : solid);
            for (var i = 0; i < serie.Vaerdier.Count; i++)
                if (serie.Vaerdier[i] is { } v)
                    Markoerer.Tegn(g, Foreloebig(serie, i) ? Markoer.AabenCirkel : Markoerer.For(si), x(i), y(v), farve);
        }
    }

    private static void Bars(Canvas g, Diagram d, Func<int, double> x, Func<double, double> y, float slot, bool stacked)
    {
        var n = d.Serier.Count;
        const double groupWidth = 0.8;
        var barWidth = (stacked ? 0.6 : groupWidth / Math.Max(1, n)) * slot;
        var baseline = new double[d.Kategorier.Count];
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
                var (top, h) = (y(hi), Math.Max(0, y(lo) - y(hi)));
                g.FillRect(left, top, width, h, prelim ? Markoerer.Lysere(farve) : farve);
                if (prelim) g.StrokeRect(left, top, width, h, new Pen(farve, 1.2, Pen.Dashed));
                else if (stacked) g.StrokeRect(left, top, width, h, Outline);
            }
        }
    }
}
