using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>The chart's drawing, a fixed height; drawn as content of its <see cref="Figure"/>.</summary>
internal sealed class ChartElement(Diagram diagram, float height) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available) =>
        available.Height + 0.01f < height ? SpacePlan.Wrap($"chart needs {height:0} pt") : SpacePlan.Full(available.Width, height);

    public override void Draw(LayoutContext ctx, Rect area)
    {
        ctx.MarkContent();
        if (!ctx.Canvas.Draws) return;
        ChartRenderer.Draw(ctx.Canvas, new Rect(area.Left, area.Top, area.Right, area.Top + height), diagram, ctx.Fonts);
    }
}
