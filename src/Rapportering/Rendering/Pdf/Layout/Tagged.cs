namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Puts its content in one structure element ("P", "H1", "L", "LI", "Table", ...). Content that
/// flows over pages stays one element: it is opened where drawing starts and closed on the page
/// where the content finishes.
/// </summary>
internal sealed class Tagged(string tag, Element inner) : Element
{
    private bool _open;

    public string Tag => tag;

    public override SpacePlan Measure(LayoutContext ctx, Size available) => inner.Measure(ctx, available);

    public override void Draw(LayoutContext ctx, Rect area)
    {
        var finishes = inner.Measure(ctx, area.Size).Finishes;
        if (!_open)
        {
            ctx.Canvas.Begin(tag);
            _open = true;
        }
        inner.Draw(ctx, area);
        if (finishes) ctx.Canvas.End();
    }
}
