using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>A named destination at the top of its content (a section heading); records its page for the contents.</summary>
internal sealed class Anchor(string id, Element inner) : Element
{
    private bool _placed;

    public override SpacePlan Measure(LayoutContext ctx, SKSize available) => inner.Measure(ctx, available);

    public override void Draw(LayoutContext ctx, SKRect area)
    {
        if (!_placed)
        {
            ctx.Canvas.DrawNamedDestinationAnnotation(new SKPoint(area.Left, area.Top), id);
            ctx.RecordAnchor(id);
            _placed = true;
        }
        inner.Draw(ctx, area);
    }
}
