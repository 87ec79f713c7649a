namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>A row cell: a fixed width in points, or (when Fixed is null) a share of what is left.</summary>
internal sealed record RowItem(Element Element, float? Fixed = null, float Relative = 1);

/// <summary>Elements side by side (a bullet and its text, a contents line). A row never breaks across pages.</summary>
internal sealed class Row(IEnumerable<RowItem> items, float gap = 0) : Element
{
    private readonly List<RowItem> _items = [.. items];

    private float _widthsFor = float.NaN;
    private float[] _widths = [];

    /// <summary>The items' widths in a row <paramref name="available"/> wide (kept for the last width: measuring and drawing ask for the same).</summary>
    internal float[] Widths(float available)
    {
        if (available == _widthsFor) return _widths;
        double fixedSum = 0, relSum = 0; // summed as Enumerable.Sum sums floats, in double
        foreach (var i in _items)
        {
            fixedSum += i.Fixed ?? 0;
            if (i.Fixed is null) relSum += i.Relative;
        }
        var rest = Math.Max(0, available - ((float)fixedSum + gap * (_items.Count - 1)));
        var widths = new float[_items.Count];
        for (var k = 0; k < widths.Length; k++)
            widths[k] = _items[k].Fixed ?? ((float)relSum > 0 ? rest * _items[k].Relative / (float)relSum : 0);
        (_widthsFor, _widths) = (available, widths);
        return widths;
    }

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        var widths = Widths(available.Width);
        var height = 0f;
        for (var i = 0; i < _items.Count; i++)
        {
            var plan = _items[i].Element.Measure(ctx, new Size(widths[i], available.Height));
            if (plan.IsWrap || plan.Type == SpacePlanType.PartialRender) return SpacePlan.Wrap("row does not fit");
            height = Math.Max(height, plan.Height);
        }
        return SpacePlan.Full(available.Width, height);
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        var widths = Widths(area.Width);
        var x = area.Left;
        for (var i = 0; i < _items.Count; i++)
        {
            var plan = _items[i].Element.Measure(ctx, new Size(widths[i], area.Height));
            if (plan.Draws) _items[i].Element.Draw(ctx, new Rect(x, area.Top, x + widths[i], area.Top + plan.Height));
            x += widths[i] + gap;
        }
    }
}
