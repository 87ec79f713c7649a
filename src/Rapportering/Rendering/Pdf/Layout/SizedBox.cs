namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>Content at the top of a box of a fixed height (e.g. text placed inside a cover band). Never breaks.</summary>
internal sealed class SizedBox(Element inner, float height) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        if (available.Height + 0.01f < height) return SpacePlan.Wrap("sized box does not fit");
        var plan = inner.Measure(ctx, new Size(available.Width, height));
        return plan.Type == SpacePlanType.FullRender || plan.Type == SpacePlanType.Empty
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Wrap("content is higher than its box");
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        var plan = inner.Measure(ctx, new Size(area.Width, height));
        if (plan.Draws) inner.Draw(ctx, new Rect(area.Left, area.Top, area.Right, area.Top + plan.Height));
    }
}
