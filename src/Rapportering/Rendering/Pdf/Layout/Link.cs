namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>Makes its content a clickable link to a named destination (<see cref="Anchor"/>), tagged as a Link with its text as alternative.</summary>
internal sealed class Link(string targetId, string alt, Element inner) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available) => inner.Measure(ctx, available);

    public override void Draw(LayoutContext ctx, Rect area)
    {
        ctx.Canvas.BeginLink(targetId, area, alt);
        inner.Draw(ctx, area);
        ctx.Canvas.End();
    }
}
