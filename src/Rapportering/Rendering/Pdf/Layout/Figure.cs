namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>A figure in the structure: what its content draws is hidden behind the alternative text
/// a screen reader reads instead. Never breaks (a chart and its legend are one picture).</summary>
internal sealed class Figure(string alt, Element inner) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var plan = inner.Measure(ctx, available);
        return plan.Type == SpacePlanType.PartialRender ? SpacePlan.Wrap("a figure does not break") : plan;
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        ctx.Canvas.BeginFigure(alt, area);
        inner.Draw(ctx, area);
        ctx.Canvas.End();
    }
}
