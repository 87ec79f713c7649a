namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Like <see cref="KeepTogether"/>, but only for content that fits on one empty page (a heading
/// with its intro and first chart). Longer content flows from where it is, as its own parts
/// allow, instead of leaving a gap and splitting on the next page anyway.
/// </summary>
internal sealed class KeepTogetherIfFits(Element inner) : Element
{
    private bool _started;

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var plan = inner.Measure(ctx, available);
        if (_started || plan.Type != SpacePlanType.PartialRender || !ctx.PageHasContent) return plan;
        return FitsOnEmptyPage(ctx, available.Width) ? SpacePlan.Wrap("kept together; moves to the next page") : plan;
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        _started = true;
        inner.Draw(ctx, area);
    }

    private bool FitsOnEmptyPage(LayoutContext ctx, float width) =>
        inner.Measure(ctx, new Size(width, ctx.PageContentHeight)).Type == SpacePlanType.FullRender;
}
