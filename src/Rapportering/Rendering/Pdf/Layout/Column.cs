namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Children one below the other, flowing across pages. The cursor is the index of the first
/// child not yet finished; spacing goes between children on the same page only.
/// </summary>
internal sealed class Column(IEnumerable<Element> children, float spacing = 0) : Element
{
    private readonly List<Element> _children = [.. children];
    private int _next;

    public IReadOnlyList<Element> Children => _children;

    public override SpacePlan Measure(LayoutContext ctx, Size available) => Plan(ctx, available, draw: null);

    public override void Draw(LayoutContext ctx, Rect area) => Plan(ctx, area.Size, draw: area);

    /// <summary>One walk for both measuring and drawing, so they cannot disagree.</summary>
    private SpacePlan Plan(LayoutContext ctx, Size available, Rect? draw)
    {
        var pending = 0;
        try
        {
            return Walk(ctx, available, draw, ref pending);
        }
        finally
        {
            ctx.RemovePending(pending);
        }
    }

    private SpacePlan Walk(LayoutContext ctx, Size available, Rect? draw, ref int pending)
    {
        var used = 0f;
        var drewAny = false;
        for (var i = _next; i < _children.Count; i++)
        {
            var gap = drewAny ? spacing : 0;
            var room = new Size(available.Width, available.Height - used - gap);
            if (room.Height < 0) return Stop(drewAny, available.Width, used, "column is full");
            var plan = _children[i].Measure(ctx, room);
            if (plan.Type == SpacePlanType.Empty)
            {
                if (draw is not null) _next = i + 1;
                continue;
            }
            if (plan.IsWrap) return Stop(drewAny, available.Width, used, plan.Reason);
            if (draw is { } area)
            {
                var top = area.Top + used + gap;
                _children[i].Draw(ctx, new Rect(area.Left, top, area.Right, top + plan.Height));
                if (plan.Finishes) _next = i + 1;
            }
            used += gap + plan.Height;
            drewAny = true;
            if (plan.Height > 0)
            {
                ctx.AddPending(); // what follows on this page is no longer at the top of the page
                pending++;
            }
            if (!plan.Finishes) return SpacePlan.Partial(available.Width, used);
        }
        return drewAny ? SpacePlan.Full(available.Width, used) : SpacePlan.Empty;
    }

    private static SpacePlan Stop(bool drewAny, float width, float used, string? reason) =>
        drewAny ? SpacePlan.Partial(width, used) : SpacePlan.Wrap(reason ?? "nothing fits");
}
