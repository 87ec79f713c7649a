using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A table that breaks between rows and repeats its header on every page it spans.
/// Column widths come from the content: each column gets its natural width; spare room goes
/// to the first (label) column; when too wide, columns shrink toward their longest word and wrap.
/// Headers wrap only at spaces: a word wider than its column gets a smaller font instead of
/// being cut. Adjacent columns with the same Group share a header cell above their own.
/// Tagged as THead (TH cells with scope, a group header spanning its columns) and TBody rows
/// (the first cell a row header); a table over several pages stays one Table, and the header
/// repeated on later pages is an artifact.
/// </summary>
internal sealed class Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> rows, TableStyle style) : Element
{
    private int _nextRow;
    private float _laidOutWidth = -1;
    private float[] _widths = [];
    private float _headerHeight;
    private float _groupBand;
    private float[] _rowHeights = [];
    private TextStyle[] _headerStyles = [];
    private List<(int First, int Count, string Text, TextStyle Style)> _groups = [];

    /// <summary>The smallest a header font shrinks to so that a long word fits its column.</summary>
    private const float MinHeaderSize = 5.5f;
    /// <summary>Rows a breaking table shows at least on its first page (when not at the top).</summary>
    private const int MinRowsAtStart = 3;

    public int NextRow => _nextRow;

    internal float[] ColumnWidths(LayoutContext ctx, float available)
    {
        Layout(ctx, available);
        return _widths;
    }

    /// <summary>The header font of each column after shrinking (for tests).</summary>
    internal TextStyle[] HeaderStyles(LayoutContext ctx, float available)
    {
        Layout(ctx, available);
        return _headerStyles;
    }

    internal float HeaderHeight(LayoutContext ctx, float available)
    {
        Layout(ctx, available);
        return _headerHeight;
    }

    private void Layout(LayoutContext ctx, float width)
    {
        if (width == _laidOutWidth) return;
        _laidOutWidth = width;
        var natural = new float[columns.Count];
        var minimum = new float[columns.Count];
        var body = new float[columns.Count];
        var header = ctx.Fonts.Measure(style.Header);
        var plain = ctx.Fonts.Measure(style.Body);
        var bold = ctx.Fonts.Measure(BodyBold);
        for (var c = 0; c < columns.Count; c++)
        {
            // A bold body cell is measured in the header's face here, as a header cell is.
            var head = HeaderText(c);
            float widest = header.Width(head), widestWord = WidestWord(header, head), widestBody = 0;
            var tekstkolonne = false;
            foreach (var r in rows)
            {
                var (text, isBold) = c < r.Count ? (r[c].Text, r[c].Bold) : ("", false);
                var m = isBold ? header : plain;
                widest = Math.Max(widest, m.Width(text));
                widestWord = Math.Max(widestWord, WidestWord(m, text));
                widestBody = Math.Max(widestBody, c < r.Count ? (isBold ? bold : plain).Width(text) : 0);
                tekstkolonne |= c < r.Count && text.Length > KortCelle;
            }
            // +Slack: a word measured to exactly the column width must not be broken by rounding.
            natural[c] = widest + 2 * style.PadX + Slack;
            minimum[c] = widestWord + 2 * style.PadX + Slack;
            // Short body cells are numbers and dates: they must not wrap ("10" over "6" reads as two
            // numbers). A column of running text (a finding's description) wraps at words.
            body[c] = tekstkolonne ? 0 : widestBody + 2 * style.PadX + Slack;
        }
        // Shrinking stops at whole body cells; below that only headers give (smaller font).
        for (var c = 0; c < columns.Count; c++) minimum[c] = Math.Max(minimum[c], body[c]);
        // A group's name spans its columns: they share the room its longest word needs.
        foreach (var g in Groups())
        {
            var word = WidestWord(header, g.Text) + 2 * style.PadX;
            for (var c = g.First; c < g.First + g.Count; c++)
            {
                natural[c] = Math.Max(natural[c], word / g.Count);
                minimum[c] = Math.Max(minimum[c], word / g.Count);
            }
        }
        _widths = Distribute(natural, minimum, width, body);
        _headerStyles = [.. columns.Select((_, c) => FitWords(ctx, HeaderText(c), _widths[c] - 2 * style.PadX))];
        _groups = Groups().Select(g => (g.First, g.Count, g.Text,
            FitWords(ctx, g.Text, _widths.Skip(g.First).Take(g.Count).Sum() - 2 * style.PadX))).ToList();
        LayoutHeader(ctx);
        _rowHeights = [.. rows.Select(r => RowHeight(ctx, r))];
    }

    /// <summary>A grouped column's own header reads as a label under the group: "antal" → "Antal".</summary>
    private string HeaderText(int c)
    {
        var h = columns[c].Header;
        return columns[c].Group is null || h.Length == 0 ? h : char.ToUpper(h[0], Figures.Formatering.Dansk) + h[1..];
    }

    /// <summary>Runs of adjacent columns with the same group name.</summary>
    private IEnumerable<(int First, int Count, string Text)> Groups()
    {
        for (var c = 0; c < columns.Count;)
        {
            var g = columns[c].Group;
            var n = 1;
            while (g is not null && c + n < columns.Count && columns[c + n].Group == g) n++;
            if (g is not null) yield return (c, n, g);
            c += n;
        }
    }

    /// <summary>The header style, shrunk until the longest word fits <paramref name="width"/>.</summary>
    private TextStyle FitWords(LayoutContext ctx, string text, float width)
    {
        var s = style.Header;
        if (text.AsSpan().Trim(' ').IsEmpty) return s; // no words
        while (s.Size > MinHeaderSize && WidestWord(ctx.Fonts.Measure(s), text) > width)
            s = s.WithSize(Math.Max(MinHeaderSize, s.Size - 0.25f));
        return s;
    }

    /// <summary>The widest of the words (split at spaces) of <paramref name="text"/>; 0 when it has none.</summary>
    private static float WidestWord(TextMeasure m, string text)
    {
        long widest = 0, word = 0;
        foreach (var ch in text)
        {
            if (ch == ' ')
            {
                widest = Math.Max(widest, word);
                word = 0;
            }
            else word += m.Units(ch);
        }
        return m.Width(Math.Max(widest, word));
    }

    private float TextHeight(LayoutContext ctx, string text, TextStyle s, float width) =>
        ctx.Wrap(text, s, width).Count * s.LinePitch;

    /// <summary>Header: a group band (group names) above the grouped columns' own headers;
    /// ungrouped headers take the whole height and sit at the bottom, beside the others.</summary>
    private void LayoutHeader(LayoutContext ctx)
    {
        _groupBand = _groups.Count == 0 ? 0 : _groups.Max(g =>
            TextHeight(ctx, g.Text, g.Style, _widths.Skip(g.First).Take(g.Count).Sum() - 2 * style.PadX)) + 2 * style.PadY;
        float grouped = 0, ungrouped = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            var h = TextHeight(ctx, HeaderText(c), _headerStyles[c], _widths[c] - 2 * style.PadX) + 2 * style.PadY;
            if (columns[c].Group is null) ungrouped = Math.Max(ungrouped, h);
            else grouped = Math.Max(grouped, h);
        }
        _headerHeight = Math.Max(ungrouped, _groupBand + grouped);
    }

    /// <summary>Pure: the width of each column for a table <paramref name="width"/> wide.</summary>
    private const float Slack = 1f;

    /// <summary>Cells up to this many characters (dates, numbers, short labels) never wrap.</summary>
    private const int KortCelle = 24;

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

    private float RowHeight(LayoutContext ctx, IReadOnlyList<TableCell> cells)
    {
        var lines = 1;
        for (var c = 0; c < columns.Count && c < cells.Count; c++)
            lines = Math.Max(lines, ctx.Wrap(cells[c].Text, CellStyle(cells[c]), _widths[c] - 2 * style.PadX).Count);
        return lines * style.Body.LinePitch + 2 * style.PadY;
    }

    private TextStyle BodyBold => _bodyBold ??= style.Body.WithBold();
    private TextStyle? _bodyBold;

    private TextStyle CellStyle(TableCell cell) => cell.Bold ? BodyBold : style.Body;

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

    public override SpacePlan Measure(LayoutContext ctx, Size available)
    {
        Layout(ctx, available.Width);
        if (_nextRow >= rows.Count && (rows.Count > 0 || _nextRow > 0)) return SpacePlan.Empty;
        if (_headerHeight > available.Height + 0.01f) return SpacePlan.Wrap("no room for the table header");
        var n = RowsThatFit(available.Height);
        if (n == 0 && rows.Count > 0) return SpacePlan.Wrap("no room for header and one row");
        // A table that must break does not start with a header and a row or two at a page's foot.
        if (_nextRow == 0 && n < rows.Count && n < MinRowsAtStart && ctx.PageHasContent) return SpacePlan.Wrap("too few rows before the break");
        var height = _headerHeight + _rowHeights.Skip(_nextRow).Take(n).Sum();
        return _nextRow + n >= rows.Count ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(LayoutContext ctx, Rect area)
    {
        Layout(ctx, area.Width);
        var canvas = ctx.Canvas;
        var first = _nextRow == 0;
        canvas.Decorate(c => c.Fill(new Rect(area.Left, area.Top, area.Right, area.Top + _headerHeight), style.HeaderBackground));
        if (first)
        {
            canvas.Begin("THead");
            DrawHeader(ctx, area.Left, area.Top, tag: true);
            canvas.End();
            if (rows.Count > 0) canvas.Begin("TBody");
        }
        else
        {
            canvas.BeginArtifact();
            DrawHeader(ctx, area.Left, area.Top, tag: false);
            canvas.End();
        }

        var y = area.Top + _headerHeight;
        var n = RowsThatFit(area.Height);
        for (var i = 0; i < n; i++)
        {
            var r = _nextRow + i;
            if (r % 2 == 1)
            {
                var band = new Rect(area.Left, y, area.Right, y + _rowHeights[r]);
                canvas.Decorate(c => c.Fill(band, style.ZebraBackground));
            }
            canvas.Begin("TR");
            DrawCells(ctx, rows[r], area.Left, y, _rowHeights[r]);
            canvas.End();
            y += _rowHeights[r];
        }
        var rule = new Rect(area.Left, y - 0.75f, area.Right, y);
        canvas.Decorate(c => c.Fill(rule, style.RuleColor));
        _nextRow += n;
        if (rows.Count > 0 && _nextRow >= rows.Count) canvas.End(); // TBody
        if (rows.Count == 0) _nextRow = 1; // header-only table is done
        ctx.MarkContent();
    }

    /// <summary>The header: one row, or with groups a row of group names (ungrouped headers span
    /// both rows) and a row of the grouped columns' own headers. Tagged only on the first page.</summary>
    private void DrawHeader(LayoutContext ctx, float left, float top, bool tag)
    {
        var x = new float[columns.Count + 1];
        x[0] = left;
        for (var c = 0; c < columns.Count; c++) x[c + 1] = x[c] + _widths[c];
        var bottom = top + _headerHeight - style.PadY;
        var ruleColor = style.Header.Farve with { A = 150 };
        var canvas = ctx.Canvas;
        void Cell(Action draw, int colSpan = 1, int rowSpan = 1)
        {
            if (tag)
            {
                canvas.Begin("TH");
                canvas.HeaderCell("Column", colSpan, rowSpan);
            }
            draw();
            if (tag) canvas.End();
        }
        void Own(int c)
        {
            var text = HeaderText(c);
            if (text.Length == 0) return;
            var w = _widths[c] - 2 * style.PadX;
            var h = TextHeight(ctx, text, _headerStyles[c], w);
            new Paragraph(text, _headerStyles[c], columns[c].Align)
                .Draw(ctx, new Rect(x[c] + style.PadX, bottom - h, x[c + 1] - style.PadX, bottom + 0.02f));
        }
        if (tag) canvas.Begin("TR");
        for (var c = 0; c < columns.Count; c++)
        {
            var col = c;
            var g = _groups.FindIndex(gr => gr.First == col);
            if (columns[c].Group is null) Cell(() => Own(col), rowSpan: _groups.Count > 0 ? 2 : 1);
            else if (g >= 0)
            {
                var grp = _groups[g];
                var (l, r) = (x[grp.First] + style.PadX, x[grp.First + grp.Count] - style.PadX);
                Cell(() => new Paragraph(grp.Text, grp.Style, TextAlign.Center).Draw(ctx, new Rect(l, top + style.PadY, r, top + _groupBand)), colSpan: grp.Count);
                canvas.Decorate(c => c.Fill(new Rect(l, top + _groupBand - 0.5f, r, top + _groupBand), ruleColor));
            }
        }
        if (tag) canvas.End();
        if (_groups.Count == 0) return;
        if (tag) canvas.Begin("TR");
        for (var c = 0; c < columns.Count; c++)
        {
            var col = c;
            if (columns[c].Group is not null) Cell(() => Own(col));
        }
        if (tag) canvas.End();
    }

    private void DrawCells(LayoutContext ctx, IReadOnlyList<TableCell> cells, float left, float top, float height)
    {
        var x = left;
        for (var c = 0; c < columns.Count; c++)
        {
            var header = c == 0;
            ctx.Canvas.Begin(header ? "TH" : "TD");
            if (header) ctx.Canvas.HeaderCell("Row");
            if (c < cells.Count && cells[c].Text.Length > 0)
            {
                var text = new Paragraph(cells[c].Text, CellStyle(cells[c]), columns[c].Align);
                text.Draw(ctx, new Rect(x + style.PadX, top + style.PadY, x + _widths[c] - style.PadX, top + height - style.PadY + 0.02f));
            }
            ctx.Canvas.End();
            x += _widths[c];
        }
    }
}
