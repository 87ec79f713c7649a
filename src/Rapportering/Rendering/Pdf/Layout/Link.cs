using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>Makes its content a clickable link to a named destination (<see cref="Anchor"/>).</summary>
internal sealed class Link(string targetId, Element inner) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, SKSize available) => inner.Measure(ctx, available);

    public override void Draw(LayoutContext ctx, SKRect area)
    {
        inner.Draw(ctx, area);
        ctx.Canvas.DrawLinkDestinationAnnotation(area, targetId);
    }
}
