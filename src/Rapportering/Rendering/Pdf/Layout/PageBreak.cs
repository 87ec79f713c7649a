namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>Ends the page here. At the top of a page (nothing drawn yet) it does nothing, so no blank pages.</summary>
internal sealed class PageBreak : Element
{
    private bool _done;

    public override SpacePlan Measure(LayoutContext ctx, Size available) =>
        _done || !ctx.PageHasContent ? SpacePlan.Empty : SpacePlan.Partial(available.Width, 0);

    public override void Draw(LayoutContext ctx, Rect area) => _done = true;
}
