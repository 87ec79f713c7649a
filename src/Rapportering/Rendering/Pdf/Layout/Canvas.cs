using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// The drawing surface of one page and the document's structure tree, over our own
/// <see cref="TaggedPdfWriter"/>. In the counting pass there is no page (<see cref="Draws"/>
/// false) and every call does nothing. Content is drawn inside a structure element opened with
/// <see cref="Begin"/>; rules, bands and fills are drawn through <see cref="Decorate"/>, which
/// marks them as artifacts outside the structure. Coordinates are the layout's: points, y downwards.
/// </summary>
internal sealed class Canvas
{
    private readonly TaggedPdfWriter? _pdf;

    private Canvas(TaggedPdfWriter? pdf) => _pdf = pdf;

    /// <summary>The counting pass: draws nothing.</summary>
    public static readonly Canvas None = new(null);

    /// <summary>Starts a page of <paramref name="size"/> in <paramref name="pdf"/>; <see cref="Finish"/> ends it.</summary>
    public static Canvas ForPage(TaggedPdfWriter pdf, Size size)
    {
        pdf.BeginPage(size.Width, size.Height);
        return new Canvas(pdf);
    }

    public bool Draws => _pdf is not null;

    /// <summary>Ends the open marked content and writes the page.</summary>
    public void Finish() => _pdf?.EndPage();

    // ---- structure ----

    /// <summary>Opens a structure element ("P", "H1", "Table", "TR", "TH", "L", "LI", "Caption" ...).</summary>
    public void Begin(string tag) => _pdf?.Begin(tag);

    public void End() => _pdf?.End();

    /// <summary>A figure with its alternative text and bounding box; what is drawn until <see cref="End"/> belongs to it.</summary>
    public void BeginFigure(string alt, Rect box)
    {
        if (_pdf is null) return;
        _pdf.Begin("Figure");
        _pdf.SetAlt(alt);
        _pdf.SetBBox(R(box.Left), R(box.Top), R(box.Right), R(box.Bottom));
    }

    /// <summary>A link to a named destination; its annotation is part of the Link element.</summary>
    public void BeginLink(string destination, Rect box, string alt)
    {
        if (_pdf is null) return;
        _pdf.Begin("Link");
        _pdf.SetAlt(alt);
        _pdf.Link(destination, R(box.Left), R(box.Top), R(box.Right), R(box.Bottom), alt);
    }

    /// <summary>A header cell's scope ("Column" or "Row") and spans.</summary>
    public void HeaderCell(string scope, int colSpan = 1, int rowSpan = 1) => _pdf?.SetHeaderCell(scope, colSpan, rowSpan);

    /// <summary>Draws decoration (rules, bands, backgrounds, a repeated table header) as an artifact.</summary>
    public void Decorate(Action<Canvas> draw)
    {
        if (_pdf is null) return;
        _pdf.BeginArtifact();
        draw(this);
        _pdf.End();
    }

    /// <summary>Content that is not part of the document's structure (running header and footer).</summary>
    public void BeginArtifact() => _pdf?.BeginArtifact();

    // ---- navigation ----

    public void Destination(string id, float x, float y) => _pdf?.Destination(id, R(x), R(y));

    /// <summary>A bookmark to (x, y) on the current page: level 1 for a section, 2 under the last section.</summary>
    public void Outline(string title, int level, float x, float y) => _pdf?.Outline(title, level, R(x), R(y));

    // ---- drawing ----

    private ContentStream? Marked()
    {
        if (_pdf is null) return null;
        _pdf.Mark();
        return _pdf.Content;
    }

    public void Text(string text, FontSet fonts, TextStyle style, float x, float baseline)
    {
        if (_pdf is null || text.Length == 0) return;
        Marked()!.Text(text, fonts.Face(style), style.Size, style.Farve, x, baseline);
    }

    /// <summary>A line whose text and start are known when the document ends (<see cref="LateText"/>), on this baseline.</summary>
    public void LateText(Func<(string Text, float Left)> line, FontSet fonts, TextStyle style, float baseline)
    {
        if (_pdf is null) return;
        Marked()!.LateText(line, fonts.Face(style), style.Size, style.Farve, baseline);
    }

    /// <summary>Text turned a quarter to read bottom-up, starting at (x, y) (a y axis title).</summary>
    public void TextUpwards(string text, FontSet fonts, TextStyle style, float x, float y)
    {
        if (_pdf is null || text.Length == 0) return;
        Marked()!.Text(text, fonts.Face(style), style.Size, style.Farve, x, y, upwards: true);
    }

    public void Fill(Rect r, PdfColor color) => Marked()?.FillRect(r.Left, r.Top, r.Width, r.Height, color);

    public void FillRect(double left, double top, double width, double height, PdfColor color) => Marked()?.FillRect(left, top, width, height, color);

    public void StrokeRect(double left, double top, double width, double height, Pen pen) => Marked()?.StrokeRect(left, top, width, height, pen);

    public void FillRoundedRect(Rect r, float radius, PdfColor color) => Marked()?.FillRoundedRect(r.Left, r.Top, r.Width, r.Height, radius, radius, color);

    public void Line(double x1, double y1, double x2, double y2, Pen pen) => Marked()?.Line(x1, y1, x2, y2, pen);

    public void FillPolygon(ReadOnlySpan<(double X, double Y)> points, PdfColor color)
    {
        if (_pdf is null) return;
        Marked()!.FillPolygon(points, color);
    }

    public void FillEllipse(double cx, double cy, double r, PdfColor color) => Marked()?.FillEllipse(cx, cy, r, r, color);

    public void StrokeEllipse(double cx, double cy, double r, Pen pen) => Marked()?.StrokeEllipse(cx, cy, r, r, pen);

    /// <summary>Vector paths in their own units, scaled by <paramref name="scale"/> from (left, top).</summary>
    public void Paths(IReadOnlyList<VectorPath> paths, double left, double top, double scale) => Marked()?.Paths(paths, left, top, scale);

    public void Image(PdfImage image, double left, double top, double width, double height)
    {
        if (_pdf is null) return;
        var content = Marked()!;
        content.Image(_pdf.ImageName(image), left, top, width, height);
    }

    /// <summary>To 1/100 pt: a float written at full precision ("712.2900390625") would read like a CPR number.</summary>
    private static float R(float v) => MathF.Round(v, 2);
}
