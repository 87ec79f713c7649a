namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>Space around an element (points). Top and bottom are added on every page the element spans.</summary>
internal sealed class Padding(Element inner, float left = 0, float top = 0, float right = 0, float bottom = 0) : Element
{
    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var inside = new Size(available.Width - left - right, available.Height - top - bottom);
        if (inside.Height < 0 || inside.Width <= 0) return SpacePlan.Wrap("no room inside padding");
        var plan = inner.Measure(ctx, inside);
        return plan.Draws ? plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom } : plan;
    }

    public override void Draw(LayoutContext ctx, Rect area) =>
        inner.Draw(ctx, new Rect(area.Left + left, area.Top + top, area.Right - right, area.Bottom - bottom));
}
