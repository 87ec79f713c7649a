using System.Globalization;
using ScottPlot;
using SkiaSharp;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Figures;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// Draws a <see cref="Diagram"/> with ScottPlot as vectors straight onto the page canvas.
/// Categories (cut dates, years) are evenly spaced positions 0..n-1 with the Diagram's labels;
/// a missing value is a gap. Preliminary categories get a "*" on the axis and lighter bars with
/// a dashed outline (dotted line segments and open markers for lines), and a legend entry.
/// </summary>
internal static class ChartRenderer
{
    private static readonly CultureInfo Da = Figures.Formatering.Dansk;
    private static readonly Color Ink = Color.FromHex("#333333");
    private static readonly Color GridLine = Color.FromHex("#DDDDDD");

    public const string ForeloebigTekst = "* Foreløbig (forventet regnskab)";

    public static bool HarForeloebige(Diagram d) => d.Serier.Any(s => s.Foreloebig?.Any(f => f) == true);

    public static void Draw(SKCanvas canvas, SKRect area, Diagram d, FontSet fonts)
    {
        ChartFonts.Register(fonts);
        var plot = new Plot();
        plot.Font.Set(fonts.FamilyName);
        Style(plot, d, area.Width - 70, fonts);
        switch (d.Type)
        {
            case DiagramType.Linje: AddLines(plot, d); break;
            case DiagramType.GrupperedeSoejler: AddBars(plot, d, stacked: false); break;
            case DiagramType.StabledeSoejler: AddBars(plot, d, stacked: true); break;
        }
        SetLimits(plot, d);
        plot.Render(canvas, new PixelRect(area.Left, area.Right, area.Bottom, area.Top));
    }

    /// <summary>"1.234,5": da-DK with at most two decimals, as on every axis in the report.</summary>
    public static string FormatTick(double v) => Math.Abs(v) < 1e-9 ? "0" : Formatering.MedMinus(v.ToString("#,##0.##", Da));

    private static void Style(Plot plot, Diagram d, float dataWidth, FontSet fonts)
    {
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Color(Ink);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickFontSize;
        plot.Axes.Left.Label.Text = d.YAkse;
        plot.Axes.Left.Label.FontSize = 8.5f;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = FormatTick, TargetTickCount = 5 };
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        var ticks = Akseetiketter(d);
        var vis = VisteEtiketter(ticks, dataWidth, fonts, d.KategorierPrAar);
        plot.Axes.Bottom.SetTicks([.. vis.Select(i => (double)i)], [.. vis.Select(i => ticks[i])]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.HideLegend(); // the legend is drawn under the chart by ChartLegend, with the page fonts
    }

    /// <summary>The short axis labels, preliminary ones ending in "*" (added when the label lacks it).</summary>
    internal static string[] Akseetiketter(Diagram d) =>
        d.Akseetiketter.Select((k, i) => Foreloebig(d, i) && !k.EndsWith('*') ? k + "*" : k).ToArray();

    /// <summary>The labels that fit without overlap (see <see cref="Rendering.Akseetiketter"/>).</summary>
    internal static IReadOnlyList<int> VisteEtiketter(IReadOnlyList<string> etiketter, float dataWidth, FontSet fonts, int prAar)
    {
        if (etiketter.Count == 0) return [];
        using var font = new SKFont(fonts.Regular, TickFontSize);
        return Rendering.Akseetiketter.Viste(etiketter, etiketter.Max(e => font.MeasureText(e)), dataWidth / etiketter.Count, prAar);
    }

    private const float TickFontSize = 8;

    internal static bool Foreloebig(Diagram d, int category) =>
        d.Serier.Any(s => s.Foreloebig is { } f && category < f.Count && f[category]);

    internal static bool Foreloebig(DiagramSerie s, int category) =>
        s.Foreloebig is { } f && category < f.Count && f[category];

    private static void AddLines(Plot plot, Diagram d)
    {
        for (var si = 0; si < d.Serier.Count; si++)
        {
            var serie = d.Serier[si];
            var color = ChartPalette.SeriesColor(si);
            var marker = ChartPalette.Marker(si);
            // Contiguous runs of values; a gap (null) breaks the line.
            var run = new List<int>();
            for (var i = 0; i <= serie.Vaerdier.Count; i++)
            {
                if (i < serie.Vaerdier.Count && serie.Vaerdier[i] is not null)
                {
                    run.Add(i);
                    continue;
                }
                if (run.Count > 0) AddRun(plot, serie, run, color, marker);
                run = [];
            }
        }
    }

    private static void AddRun(Plot plot, DiagramSerie serie, List<int> run, Color color, MarkerShape marker)
    {
        // Final part solid; from the last final point on through preliminary points dotted.
        var final = run.Where(i => !Foreloebig(serie, i)).ToList();
        var prelim = run.Where(i => Foreloebig(serie, i)).ToList();
        if (final.Count > 0)
        {
            var sc = plot.Add.Scatter(final.Select(i => (double)i).ToArray(), final.Select(i => serie.Vaerdier[i]!.Value).ToArray(), color);
            sc.LineWidth = 2;
            sc.MarkerShape = marker;
            sc.MarkerSize = 6;
        }
        if (prelim.Count > 0)
        {
            var idx = (final.Count > 0 ? [final[^1]] : new List<int>()).Concat(prelim).ToList();
            var sc = plot.Add.Scatter(idx.Select(i => (double)i).ToArray(), idx.Select(i => serie.Vaerdier[i]!.Value).ToArray(), color);
            sc.LineWidth = 1.5f;
            sc.LinePattern = LinePattern.Dotted;
            sc.MarkerShape = MarkerShape.OpenCircle;
            sc.MarkerSize = 6;
        }
    }

    private static void AddBars(Plot plot, Diagram d, bool stacked)
    {
        var n = d.Serier.Count;
        var groupWidth = 0.8;
        var barWidth = stacked ? 0.6 : groupWidth / Math.Max(1, n);
        var baseline = new double[d.Kategorier.Count];
        for (var si = 0; si < n; si++)
        {
            var serie = d.Serier[si];
            var color = stacked ? ChartPalette.RampColor(si, n) : ChartPalette.SeriesColor(si);
            var bars = new List<Bar>();
            for (var i = 0; i < d.Kategorier.Count && i < serie.Vaerdier.Count; i++)
            {
                if (serie.Vaerdier[i] is not { } v) continue;
                var prelim = Foreloebig(serie, i);
                var position = stacked ? i : i - groupWidth / 2 + barWidth * (si + 0.5);
                var bar = new Bar
                {
                    Position = position,
                    ValueBase = stacked ? baseline[i] : 0,
                    Value = stacked ? baseline[i] + v : v,
                    Size = barWidth * (stacked ? 1 : 0.92),
                    FillColor = prelim ? ChartPalette.Lighter(color) : color,
                    LineColor = prelim ? color : Color.FromHex("#333333").WithAlpha(stacked ? 0.6 : 0.0),
                    LineWidth = prelim ? 1.2f : stacked ? 0.5f : 0,
                    LinePattern = prelim ? LinePattern.Dashed : LinePattern.Solid,
                };
                if (stacked) baseline[i] += v;
                bars.Add(bar);
            }
            plot.Add.Bars(bars);
        }
    }

    private static void SetLimits(Plot plot, Diagram d)
    {
        var values = d.Serier.SelectMany(s => s.Vaerdier).OfType<double>().ToList();
        double top;
        if (d.Type == DiagramType.StabledeSoejler)
            top = Enumerable.Range(0, d.Kategorier.Count)
                .Select(i => d.Serier.Sum(s => i < s.Vaerdier.Count ? s.Vaerdier[i] ?? 0 : 0)).DefaultIfEmpty(1).Max();
        else
            top = values.DefaultIfEmpty(1).Max();
        var bottom = Math.Min(0, values.DefaultIfEmpty(0).Min());
        if (top <= bottom) top = bottom + 1;
        plot.Axes.SetLimitsY(bottom, top + (top - bottom) * 0.08);
        plot.Axes.SetLimitsX(-0.6, d.Kategorier.Count - 0.4);
    }
}
