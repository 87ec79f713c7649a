using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// The legend under a chart, drawn with the page fonts: one swatch per series in the chart's
/// colours and marker shapes, plus the report step's "Forventet regnskab" when preliminary values are shown. Items flow
/// onto more lines when they do not fit one.
/// </summary>
internal sealed class ChartLegend(Diagram diagram, TextStyle style) : Element
{
    private const float Swatch = 18;
    private const float ItemGap = 14;
    private static readonly PdfColor Graa = PdfColor.Rgb(0x77, 0x77, 0x77);

    private sealed record Item(string Label, PdfColor Color, int Index, bool Foreloebig);

    private List<Item> Items()
    {
        var items = diagram.Serier.Select((s, i) => new Item(s.Navn, Markoerer.Farve(diagram.Farver[i % diagram.Farver.Count]), i, false)).ToList();
        if (ChartRenderer.HarForeloebige(diagram) && diagram.Foreloebigtekst is { } foreloebig) items.Add(new Item(foreloebig, Graa, -1, true));
        return items;
    }

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

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var h = Lines(ctx, available.Width).Count * style.LinePitch;
        return available.Height + 0.01f < h ? SpacePlan.Wrap("legend does not fit") : SpacePlan.Full(available.Width, h);
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        ctx.MarkContent();
        if (!ctx.Canvas.Draws) return;
        var g = ctx.Canvas;
        var y = area.Top;
        foreach (var line in Lines(ctx, area.Width))
        {
            var total = line.Sum(i => i.Width) + ItemGap * (line.Count - 1);
            var x = area.MidX - total / 2;
            var mid = y + style.LinePitch / 2;
            foreach (var (item, w) in line)
            {
                DrawSwatch(g, new Rect(x, mid - 4, x + Swatch, mid + 4), item);
                ctx.Canvas.Text(item.Label, ctx.Fonts, style, x + Swatch + 4, mid + style.Size * 0.35f);
                x += w + ItemGap;
            }
            y += style.LinePitch;
        }
    }

    private void DrawSwatch(Canvas g, Rect r, Item item)
    {
        if (diagram.Type == DiagramType.Linje)
        {
            var pen = item.Foreloebig ? new Pen(item.Color, 1.5, ChartRenderer.Dotted) : new Pen(item.Color, 2);
            g.Line(r.Left, r.MidY, r.Right, r.MidY, pen);
            Markoerer.Tegn(g, item.Foreloebig ? Markoer.AabenCirkel : Markoerer.For(item.Index), r.MidX, r.MidY, item.Color);
            return;
        }
        g.Fill(r, item.Foreloebig ? Markoerer.Lysere(item.Color) : item.Color);
        var outline = item.Foreloebig ? new Pen(item.Color, 1.2, Pen.Dashed) : ChartRenderer.Outline;
        g.StrokeRect(r.Left, r.Top, r.Width, r.Height, outline);
    }
}
