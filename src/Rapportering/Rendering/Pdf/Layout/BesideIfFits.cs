namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Two one-line texts side by side (the second right-aligned, its baseline on the first's) when
/// both fit the width with a gap; else one below the other. A definition's name and its id and
/// unit take one line instead of two wherever they can.
/// </summary>
internal sealed class BesideIfFits(Paragraph left, Paragraph right, float gap = 12) : Element
{
    private Element? _chosen;
    private float _width = -1;

    private Element Chosen(LayoutContext ctx, float width)
    {
        if (_chosen is not null && width == _width) return _chosen;
        _width = width;
        var w = ctx.Fonts.MeasureWidth(right.Text, right.Style);
        var fits = ctx.Fonts.MeasureWidth(left.Text, left.Style) + gap + w <= width;
        var drop = Paragraph.Baseline(ctx, left.Style) - Paragraph.Baseline(ctx, right.Style);
        _chosen = fits
            ? new Row([new RowItem(left), new RowItem(new Padding(right, top: Math.Max(0, drop)), Fixed: w + 1)], gap)
            : new Column([left, right], 1);
        return _chosen;
    }

    public override SpacePlan Measure(LayoutContext ctx, Size available) => Chosen(ctx, available.Width).Measure(ctx, available);

    public override void Draw(LayoutContext ctx, Rect area) => Chosen(ctx, area.Width).Draw(ctx, area);
}
