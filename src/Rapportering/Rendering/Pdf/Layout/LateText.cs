namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// One line whose text is known only when the document ends: a page number in the contents,
/// "Side 3 af 17". It takes one line of its style where it stands, and its text is written into
/// that page when the last page is done (<see cref="PassInfo"/> has then learned the numbers).
/// Its slot must hold the text on one line (page numbers in fixed slots), so pages break as if
/// the text had been known. An empty text draws nothing.
/// </summary>
internal sealed class LateText(Func<string> text, TextStyle style, TextAlign align = TextAlign.Left) : Element
{
    private bool _done;

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        if (_done) return SpacePlan.Empty;
        return available.Height + 0.01f < style.LinePitch ? SpacePlan.Wrap("no room for one line") : SpacePlan.Full(available.Width, style.LinePitch);
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        if (ctx.Canvas.Draws)
        {
            var fonts = ctx.Fonts;
            // As a paragraph draws its line, a trailing space included.
            ctx.Canvas.LateText(() =>
            {
                var line = text();
                return (line.Length == 0 ? "" : line + " ", Paragraph.LineLeft(fonts, style, align, area, line));
            }, fonts, style, area.Top + Paragraph.Baseline(ctx, style));
        }
        _done = true;
        ctx.MarkContent();
    }
}
