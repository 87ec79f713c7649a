using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A table that breaks between rows and repeats its header on every page it spans.
/// Column widths come from the content: each column gets its natural width; spare room goes
/// to the first (label) column; when too wide, columns shrink toward their longest word and wrap.
/// </summary>
internal sealed class Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> rows, TableStyle style) : Element
{
    private int _nextRow;
    private float _laidOutWidth = -1;
    private float[] _widths = [];
    private float _headerHeight;
    private float[] _rowHeights = [];

    public int NextRow => _nextRow;

    internal float[] ColumnWidths(LayoutContext ctx, float available)
    {
        Layout(ctx, available);
        return _widths;
    }

    private void Layout(LayoutContext ctx, float width)
    {
        if (width == _laidOutWidth) return;
        _laidOutWidth = width;
        var natural = new float[columns.Count];
        var minimum = new float[columns.Count];
        var body = new float[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var texts = rows.Select(r => (c < r.Count ? r[c].Text : "", Bold: c < r.Count && r[c].Bold))
                .Prepend((columns[c].Header, Bold: true)).ToList();
            natural[c] = texts.Max(t => ctx.Fonts.MeasureWidth(t.Item1, t.Bold ? style.Header : style.Body)) + 2 * style.PadX;
            minimum[c] = texts.Max(t => t.Item1.Split(' ').Max(w => ctx.Fonts.MeasureWidth(w, t.Bold ? style.Header : style.Body))) + 2 * style.PadX;
            // Body cells are numbers and dates: they must not wrap ("10" over "6" reads as two numbers).
            body[c] = rows.Select(r => c < r.Count ? ctx.Fonts.MeasureWidth(r[c].Text, r[c].Bold ? style.Body.WithBold() : style.Body) : 0)
                .DefaultIfEmpty(0).Max() + 2 * style.PadX;
        }
        _widths = Distribute(natural, minimum, width, body);
        _headerHeight = RowHeight(ctx, columns.Select(c => new TableCell(c.Header, true)).ToList(), header: true);
        _rowHeights = [.. rows.Select(r => RowHeight(ctx, r, header: false))];
    }

    /// <summary>Pure: the width of each column for a table <paramref name="width"/> wide.</summary>
    internal static float[] Distribute(float[] natural, float[] minimum, float width, float[]? hard = null)
    {
        var widths = (float[])natural.Clone();
        var sum = widths.Sum();
        if (sum <= width)
        {
            widths[0] += width - sum;
            return widths;
        }
        var slack = natural.Zip(minimum, (n, m) => Math.Max(0, n - m)).ToArray();
        var slackSum = slack.Sum();
        var excess = sum - width;
        if (slackSum >= excess)
        {
            for (var i = 0; i < widths.Length; i++) widths[i] -= excess * slack[i] / slackSum;
            return widths;
        }
        var minSum = minimum.Sum();
        // Too narrow even for whole words: keep body cells whole and let only headers break.
        if (hard is not null && hard.Sum() <= width)
        {
            var h = hard;
            var rest = minimum.Zip(h, (m, x) => Math.Max(0, m - x)).ToArray();
            var restSum = rest.Sum();
            var spare = width - h.Sum();
            return [.. h.Select((x, i) => x + (restSum > 0 ? spare * rest[i] / restSum : spare / h.Length))];
        }
        return [.. minimum.Select(m => m * width / minSum)];
    }

    private float RowHeight(LayoutContext ctx, IReadOnlyList<TableCell> cells, bool header)
    {
        var lines = 1;
        for (var c = 0; c < columns.Count && c < cells.Count; c++)
        {
            var text = new Paragraph(cells[c].Text, CellStyle(cells[c], header));
            lines = Math.Max(lines, text.Lines(ctx, _widths[c] - 2 * style.PadX).Count);
        }
        return lines * (header ? style.Header : style.Body).LinePitch + 2 * style.PadY;
    }

    private TextStyle CellStyle(TableCell cell, bool header) => header ? style.Header : cell.Bold ? style.Body.WithBold() : style.Body;

    /// <summary>How many rows from the cursor fit below the header in <paramref name="height"/>.</summary>
    private int RowsThatFit(float height)
    {
        var used = _headerHeight;
        var n = 0;
        while (_nextRow + n < rows.Count && used + _rowHeights[_nextRow + n] <= height + 0.01f)
        {
            used += _rowHeights[_nextRow + n];
            n++;
        }
        return n;
    }

    public override SpacePlan Measure(LayoutContext ctx, SKSize available)
    {
        Layout(ctx, available.Width);
        if (_nextRow >= rows.Count && (rows.Count > 0 || _nextRow > 0)) return SpacePlan.Empty;
        if (_headerHeight > available.Height + 0.01f) return SpacePlan.Wrap("no room for the table header");
        var n = RowsThatFit(available.Height);
        if (n == 0 && rows.Count > 0) return SpacePlan.Wrap("no room for header and one row");
        var height = _headerHeight + _rowHeights.Skip(_nextRow).Take(n).Sum();
        return _nextRow + n >= rows.Count ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(LayoutContext ctx, SKRect area)
    {
        Layout(ctx, area.Width);
        var canvas = ctx.Canvas;
        using var fill = new SKPaint { IsAntialias = true };
        fill.Color = style.HeaderBackground;
        canvas.DrawRect(new SKRect(area.Left, area.Top, area.Right, area.Top + _headerHeight), fill);
        DrawCells(ctx, columns.Select(c => new TableCell(c.Header, true)).ToList(), area.Left, area.Top, _headerHeight, header: true);

        var y = area.Top + _headerHeight;
        var n = RowsThatFit(area.Height);
        for (var i = 0; i < n; i++)
        {
            var r = _nextRow + i;
            if (r % 2 == 1)
            {
                fill.Color = style.ZebraBackground;
                canvas.DrawRect(new SKRect(area.Left, y, area.Right, y + _rowHeights[r]), fill);
            }
            DrawCells(ctx, rows[r], area.Left, y, _rowHeights[r], header: false);
            y += _rowHeights[r];
        }
        fill.Color = style.RuleColor;
        canvas.DrawRect(new SKRect(area.Left, y - 0.75f, area.Right, y), fill);
        _nextRow += n;
        if (rows.Count == 0) _nextRow = 1; // header-only table is done
        ctx.MarkContent();
    }

    private void DrawCells(LayoutContext ctx, IReadOnlyList<TableCell> cells, float left, float top, float height, bool header)
    {
        var x = left;
        for (var c = 0; c < columns.Count; c++)
        {
            if (c < cells.Count && cells[c].Text.Length > 0)
            {
                var text = new Paragraph(cells[c].Text, CellStyle(cells[c], header), columns[c].Align);
                text.Draw(ctx, new SKRect(x + style.PadX, top + style.PadY, x + _widths[c] - style.PadX, top + height - style.PadY + 0.02f));
            }
            x += _widths[c];
        }
    }
}
