using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A fixed-height box drawn by a callback: a chart, a rule, a coloured band, a spacer
/// (null callback). Width is the available width, or Width when given.
/// </summary>
internal sealed class Drawing(float height, Action<SKCanvas, SKRect>? paint = null, float? width = null) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, SKSize available) =>
        available.Height + 0.01f < height
            ? SpacePlan.Wrap($"needs {height:0} pt, {available.Height:0} pt left")
            : SpacePlan.Full(width ?? available.Width, height);

    public override void Draw(LayoutContext ctx, SKRect area)
    {
        ctx.MarkContent();
        if (paint is null || !ctx.WritesOutput) return;
        var box = new SKRect(area.Left, area.Top, area.Left + (width ?? area.Width), area.Top + height);
        ctx.Canvas.Save();
        paint(ctx.Canvas, box);
        ctx.Canvas.Restore();
    }

    public static Drawing Spacer(float height) => new(height);

    public static Drawing Rule(SKColor color, float thickness = 0.75f, float spaceAbove = 0) =>
        new(spaceAbove + thickness, (c, r) =>
        {
            using var p = new SKPaint { Color = color, IsAntialias = true };
            c.DrawRect(new SKRect(r.Left, r.Top + spaceAbove, r.Right, r.Bottom), p);
        });
}
