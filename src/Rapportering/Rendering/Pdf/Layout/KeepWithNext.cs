namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A heading and what follows: the heading goes on a page only if at least the start of the
/// next element fits below it, so a heading never ends a page alone.
/// </summary>
internal sealed class KeepWithNext(Element first, Element next, float spacing) : Element
{
    private bool _firstDone;

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        if (_firstDone) return next.Measure(ctx, available);
        var head = first.Measure(ctx, available);
        if (head.IsWrap || head.Type == SpacePlanType.PartialRender) return SpacePlan.Wrap("heading does not fit");
        var room = new Size(available.Width, available.Height - head.Height - spacing);
        var body = room.Height < 0 ? SpacePlan.Wrap("no room below heading") : next.Measure(ctx, room);
        return body.Type switch
        {
            SpacePlanType.Wrap => SpacePlan.Wrap("no room below heading for what follows"),
            SpacePlanType.Empty => head,
            SpacePlanType.FullRender => SpacePlan.Full(available.Width, head.Height + spacing + body.Height),
            _ => SpacePlan.Partial(available.Width, head.Height + spacing + body.Height),
        };
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        if (_firstDone)
        {
            next.Draw(ctx, area);
            return;
        }
        var head = first.Measure(ctx, area.Size);
        first.Draw(ctx, new Rect(area.Left, area.Top, area.Right, area.Top + head.Height));
        _firstDone = true;
        var top = area.Top + head.Height + spacing;
        if (area.Bottom - top > 0.01f) next.Draw(ctx, new Rect(area.Left, top, area.Right, area.Bottom));
    }
}
