namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Wrapped text in one style. Breaks between lines across pages, but never leaves a single
/// first line alone at the bottom of a page (orphan).
/// </summary>
internal sealed class Paragraph(string text, TextStyle style, TextAlign align = TextAlign.Left) : Element
{
    private int _nextLine;
    private float _wrappedWidth = -1;
    private IReadOnlyList<string> _lines = [];

    public string Text { get; } = text;
    public TextStyle Style { get; } = style;

    internal IReadOnlyList<string> Lines(LayoutContext ctx, float width)
    {
        if (width != _wrappedWidth)
        {
            _lines = ctx.Wrap(Text, Style, width);
            _wrappedWidth = width;
        }
        return _lines;
    }

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var lines = Lines(ctx, available.Width);
        var remaining = lines.Count - _nextLine;
        if (remaining <= 0) return SpacePlan.Empty;
        var fit = (int)Math.Floor((available.Height + 0.01f) / Style.LinePitch);
        if (fit <= 0) return SpacePlan.Wrap("no room for one line");
        if (fit >= remaining) return SpacePlan.Full(available.Width, remaining * Style.LinePitch);
        if (_nextLine == 0 && fit < 2) return SpacePlan.Wrap("orphan line");
        return SpacePlan.Partial(available.Width, fit * Style.LinePitch);
    }

    /// <summary>The baseline below a line's top: the glyph box (ascent..descent) centred in the line pitch.</summary>
    internal static float Baseline(LayoutContext ctx, TextStyle style)
    {
        var (ascent, descent) = ctx.Fonts.Metrics(style);
        return (style.LinePitch - (ascent + descent)) / 2 + ascent;
    }

    /// <summary>Where a line starts in <paramref name="area"/> by its alignment.</summary>
    internal static float LineLeft(FontSet fonts, TextStyle style, TextAlign align, Rect area, string line) => align switch
    {
        TextAlign.Right => area.Right - fonts.MeasureWidth(line, style),
        TextAlign.Center => area.MidX - fonts.MeasureWidth(line, style) / 2,
        _ => area.Left,
    };

    public override void Draw(LayoutContext ctx, Rect area)
    {
        var lines = Lines(ctx, area.Width);
        var baseline = Baseline(ctx, Style);
        var y = area.Top;
        while (_nextLine < lines.Count && y + Style.LinePitch <= area.Bottom + 0.01f)
        {
            var line = lines[_nextLine++];
            if (ctx.Canvas.Draws && line.Length > 0)
                // A trailing space keeps words apart when a reader joins wrapped lines ("for udsatte", not "forudsatte").
                ctx.Canvas.Text(line + " ", ctx.Fonts, Style, LineLeft(ctx.Fonts, Style, align, area, line), y + baseline);
            y += Style.LinePitch;
        }
        ctx.MarkContent();
    }
}
