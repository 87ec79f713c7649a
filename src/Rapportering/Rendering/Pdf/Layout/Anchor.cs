namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A named destination at the top of its content (a section heading); records its page for the
/// contents and, with an <paramref name="outline"/> title, adds a bookmark (level 1 or 2).
/// </summary>
internal sealed class Anchor(string id, Element inner, string? outline = null, int level = 1) : Element
{
    private bool _placed;

    public override SpacePlan Measure(LayoutContext ctx, Size available) => inner.Measure(ctx, available);

    public override void Draw(LayoutContext ctx, Rect area)
    {
        if (!_placed)
        {
            ctx.Canvas.Destination(id, area.Left, area.Top);
            if (outline is not null) ctx.Canvas.Outline(outline, level, area.Left, area.Top);
            ctx.RecordAnchor(id);
            _placed = true;
        }
        inner.Draw(ctx, area);
    }
}
