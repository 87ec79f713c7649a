using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// The drawing surface of one page and the document's structure tree. In the counting pass
/// there is no page (<see cref="Draws"/> false) and every call does nothing. Content is drawn
/// inside a structure element opened with <see cref="Begin"/>; rules, bands and fills are
/// drawn through <see cref="Decorate"/>, which marks them as artifacts outside the structure.
/// </summary>
internal sealed class Canvas
{
    private readonly PdfDocument? _document;
    private readonly StructureBuilder? _tags;
    private readonly Bookmarks? _bookmarks;

    private Canvas(PdfDocument? document, XGraphics? gfx, PdfPage? page, Bookmarks? bookmarks)
    {
        _document = document;
        Gfx = gfx;
        Page = page;
        _bookmarks = bookmarks;
        _tags = document is null ? null : UAManager.ForDocument(document).StructureBuilder;
    }

    /// <summary>The counting pass: draws nothing.</summary>
    public static readonly Canvas None = new(null, null, null, null);

    public static Canvas ForPage(PdfDocument document, PdfPage page, Bookmarks bookmarks) =>
        new(document, XGraphics.FromPdfPage(page), page, bookmarks);

    /// <summary>The outline being built, across pages: a level 2 bookmark goes under the last level 1.</summary>
    internal sealed class Bookmarks
    {
        public PdfOutline? LastTop;
    }

    public XGraphics? Gfx { get; }
    public PdfPage? Page { get; }
    public bool Draws => Gfx is not null;

    /// <summary>Ends the open marked content and writes the page.</summary>
    public void Finish()
    {
        _tags?.EndMarkedContentsWithId();
        Gfx?.Dispose();
    }

    // ---- structure ----

    /// <summary>Opens a structure element ("P", "H1", "Table", "TR", "TH", "L", "LI", "Caption" ...).</summary>
    public void Begin(string tag) => _tags?.BeginBlockLevelElement(tag);

    public void End() => _tags?.End();

    /// <summary>A figure with its alternative text; what is drawn until <see cref="End"/> belongs to it.</summary>
    public void BeginFigure(string alt, Rect box) => _tags?.BeginElement(PdfIllustrationElementTag.Figure, alt, PdfBox(box));

    /// <summary>A link to a named destination; its annotation is part of the Link element.</summary>
    public void BeginLink(string destination, Rect box, string alt)
    {
        if (_tags is null) return;
        var link = PdfLinkAnnotation.CreateDocumentLink(new PdfRectangle(PdfBox(box)), destination);
        link.Elements.SetInteger("/F", 4); // print flag, required by PDF/UA for visible annotations
        _tags.BeginElement(link, alt);
    }

    /// <summary>A header cell's scope ("Column" or "Row") and spans.</summary>
    public void HeaderCell(string scope, int colSpan = 1, int rowSpan = 1)
    {
        if (_tags is null) return;
        var attrs = _tags.CurrentStructureElement.TableAttributes;
        attrs.Elements.SetName("/Scope", "/" + scope);
        if (colSpan > 1) _tags.SetColSpan(colSpan);
        if (rowSpan > 1) _tags.SetRowSpan(rowSpan);
    }

    /// <summary>Draws decoration (rules, bands, backgrounds, a repeated table header) as an artifact.</summary>
    public void Decorate(Action<XGraphics> draw)
    {
        if (Gfx is null) return;
        _tags?.BeginArtifact();
        draw(Gfx);
        _tags?.End();
    }

    /// <summary>Content that is not part of the document's structure (running header and footer).</summary>
    public void BeginArtifact() => _tags?.BeginArtifact();

    // ---- navigation ----

    public void Destination(string id, float x, float y)
    {
        if (_document is null) return;
        _document.AddNamedDestination(id, _document.PageCount, PdfNamedDestinationParameters.CreatePosition(R(x), R(Page!.Height.Point - y), null));
    }

    /// <summary>A bookmark to the current page: level 1 for a section, 2 under the last section.</summary>
    public void Outline(string title, int level)
    {
        if (_document is null || Page is null || _bookmarks is null) return;
        if (level <= 1 || _bookmarks.LastTop is null) _bookmarks.LastTop = _document.Outlines.Add(title, Page, true);
        else _bookmarks.LastTop.Outlines.Add(title, Page, false);
    }

    // ---- drawing ----

    public void Text(string text, FontSet fonts, TextStyle style, float x, float baseline)
    {
        if (Gfx is null || text.Length == 0) return;
        Gfx.DrawString(text, fonts.Font(style), Brush(style.Farve), x, baseline);
    }

    private readonly Dictionary<XColor, XSolidBrush> _brushes = [];

    private XSolidBrush Brush(XColor c)
    {
        if (!_brushes.TryGetValue(c, out var b)) _brushes[c] = b = new XSolidBrush(c);
        return b;
    }

    public static void Fill(XGraphics g, Rect r, XColor color) => g.DrawRectangle(new XSolidBrush(color), r.X);

    /// <summary>PDF user space (origin bottom left) for annotations and bounding boxes, to 1/100 pt:
    /// a float written at full precision ("712.2900390625") would read like a CPR number.</summary>
    private XRect PdfBox(Rect r) => new(R(r.Left), R(Page!.Height.Point - r.Bottom), R(r.Width), R(r.Height));

    private static double R(double v) => Math.Round(v, 2);
}
