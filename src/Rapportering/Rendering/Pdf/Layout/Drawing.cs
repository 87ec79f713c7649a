using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A fixed-height box drawn by a callback: a rule, a coloured band, a spacer (null callback).
/// Width is the available width, or Width when given. What it draws is decoration (an
/// artifact); a chart is a <see cref="Charts.ChartElement"/>, which is tagged as a figure.
/// </summary>
internal sealed class Drawing(float height, Action<Canvas, Rect>? paint = null, float? width = null) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available) =>
        available.Height + 0.01f < height
            ? SpacePlan.Wrap($"needs {height:0} pt, {available.Height:0} pt left")
            : SpacePlan.Full(width ?? available.Width, height);

    public override void Draw(LayoutContext ctx, Rect area)
    {
        ctx.MarkContent();
        if (paint is null) return;
        var box = new Rect(area.Left, area.Top, area.Left + (width ?? area.Width), area.Top + height);
        ctx.Canvas.Decorate(c => paint(c, box));
    }

    public static Drawing Spacer(float height) => new(height);

    public static Drawing Rule(PdfColor color, float thickness = 0.75f, float spaceAbove = 0) =>
        new(spaceAbove + thickness, (c, r) => c.Fill(new Rect(r.Left, r.Top + spaceAbove, r.Right, r.Bottom), color));
}
