using SkiaSharp;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// The legend under a chart, drawn with the page fonts: one swatch per series in the chart's
/// colours and marker shapes, plus "Forventet regnskab" when preliminary values are shown. Items flow
/// onto more lines when they do not fit one.
/// </summary>
internal sealed class ChartLegend(Diagram diagram, TextStyle style) : Element
{
    private const float Swatch = 18;
    private const float ItemGap = 14;

    private sealed record Item(string Label, SKColor Color, int Index, bool Foreloebig);

    private List<Item> Items()
    {
        var n = diagram.Serier.Count;
        var items = diagram.Serier.Select((s, i) => new Item(s.Navn,
            ToSk(diagram.Type == DiagramType.StabledeSoejler ? ChartPalette.RampColor(i, n) : ChartPalette.SeriesColor(i)), i, false)).ToList();
        if (ChartRenderer.HarForeloebige(diagram)) items.Add(new Item("Forventet regnskab", new SKColor(0x77, 0x77, 0x77), -1, true));
        return items;
    }

    private static SKColor ToSk(ScottPlot.Color c) => new(c.R, c.G, c.B);

    private List<List<(Item Item, float Width)>> Lines(LayoutContext ctx, float width)
    {
        var lines = new List<List<(Item, float)>> { new() };
        var x = 0f;
        foreach (var item in Items())
        {
            var w = Swatch + 4 + ctx.Fonts.MeasureWidth(item.Label, style);
            if (x > 0 && x + w > width)
            {
                lines.Add([]);
                x = 0;
            }
            lines[^1].Add((item, w));
            x += w + ItemGap;
        }
        return lines;
    }

    public override SpacePlan Measure(LayoutContext ctx, SKSize available)
    {
        var h = Lines(ctx, available.Width).Count * style.LinePitch;
        return available.Height + 0.01f < h ? SpacePlan.Wrap("legend does not fit") : SpacePlan.Full(available.Width, h);
    }

    public override void Draw(LayoutContext ctx, SKRect area)
    {
        var font = ctx.Fonts.Font(style);
        using var text = new SKPaint { Color = style.Farve, IsAntialias = true };
        var y = area.Top;
        foreach (var line in Lines(ctx, area.Width))
        {
            var total = line.Sum(i => i.Width) + ItemGap * (line.Count - 1);
            var x = area.MidX - total / 2;
            var mid = y + style.LinePitch / 2;
            foreach (var (item, w) in line)
            {
                DrawSwatch(ctx.Canvas, new SKRect(x, mid - 4, x + Swatch, mid + 4), item);
                ctx.Canvas.DrawText(item.Label, x + Swatch + 4, mid + style.Size * 0.35f, SKTextAlign.Left, font, text);
                x += w + ItemGap;
            }
            y += style.LinePitch;
        }
        ctx.MarkContent();
    }

    private void DrawSwatch(SKCanvas canvas, SKRect r, Item item)
    {
        using var p = new SKPaint { IsAntialias = true, Color = item.Color };
        var line = diagram.Type == DiagramType.Linje;
        if (line)
        {
            p.Style = SKPaintStyle.Stroke;
            p.StrokeWidth = item.Foreloebig ? 1.5f : 2;
            if (item.Foreloebig) p.PathEffect = SKPathEffect.CreateDash([1.5f, 2f], 0);
            canvas.DrawLine(r.Left, r.MidY, r.Right, r.MidY, p);
            p.PathEffect = null;
            DrawMarker(canvas, new SKPoint(r.MidX, r.MidY), item, p);
            return;
        }
        p.Style = SKPaintStyle.Fill;
        p.Color = item.Foreloebig ? PdfTema.Bland(item.Color, SKColors.White, 0.6f) : item.Color;
        canvas.DrawRect(r, p);
        p.Style = SKPaintStyle.Stroke;
        p.StrokeWidth = item.Foreloebig ? 1.2f : 0.5f;
        p.Color = item.Foreloebig ? item.Color : new SKColor(0x33, 0x33, 0x33, 0x99);
        if (item.Foreloebig) p.PathEffect = SKPathEffect.CreateDash([3f, 2f], 0);
        canvas.DrawRect(r, p);
    }

    private static void DrawMarker(SKCanvas canvas, SKPoint c, Item item, SKPaint p)
    {
        const float s = 3.2f;
        if (item.Foreloebig)
        {
            p.Style = SKPaintStyle.Stroke;
            p.StrokeWidth = 1;
            canvas.DrawCircle(c, s, p);
            return;
        }
        p.Style = SKPaintStyle.Fill;
        switch (ChartPalette.Marker(item.Index))
        {
            case ScottPlot.MarkerShape.FilledSquare: canvas.DrawRect(c.X - s, c.Y - s, 2 * s, 2 * s, p); return;
            case ScottPlot.MarkerShape.FilledTriangleUp: Poly(canvas, p, [new(c.X, c.Y - s), new(c.X + s, c.Y + s), new(c.X - s, c.Y + s)]); break;
            case ScottPlot.MarkerShape.FilledTriangleDown: Poly(canvas, p, [new(c.X, c.Y + s), new(c.X + s, c.Y - s), new(c.X - s, c.Y - s)]); break;
            case ScottPlot.MarkerShape.FilledDiamond: Poly(canvas, p, [new(c.X, c.Y - s), new(c.X + s, c.Y), new(c.X, c.Y + s), new(c.X - s, c.Y)]); break;
            case ScottPlot.MarkerShape.OpenCircle or ScottPlot.MarkerShape.OpenSquare:
                p.Style = SKPaintStyle.Stroke;
                canvas.DrawCircle(c, s, p);
                return;
            default: canvas.DrawCircle(c, s, p); return;
        }
    }

    private static void Poly(SKCanvas canvas, SKPaint paint, SKPoint[] points)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(points[0]);
        foreach (var pt in points.Skip(1)) builder.LineTo(pt);
        builder.Close();
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }
}
