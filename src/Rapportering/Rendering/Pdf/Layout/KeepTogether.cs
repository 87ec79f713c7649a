namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>Draws its content whole on one page or moves it to the next (a chart with its title and footnote).</summary>
internal sealed class KeepTogether(Element inner) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var plan = inner.Measure(ctx, available);
        return plan.Type == SpacePlanType.PartialRender && ctx.PageHasContent
            ? SpacePlan.Wrap("kept together; moves to the next page")
            : plan;
    }

    public override void Draw(LayoutContext ctx, Rect area) => inner.Draw(ctx, area);
}
