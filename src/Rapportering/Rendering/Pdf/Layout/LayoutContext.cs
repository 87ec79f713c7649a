using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// What elements see while a page is laid out: the canvas, the fonts, the page number and
/// where the named anchors landed. One context per pass; the canvas changes per page.
/// </summary>
internal sealed class LayoutContext(FontSet fonts)
{
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);

    public FontSet Fonts { get; } = fonts;
    public SKCanvas Canvas { get; internal set; } = null!;
    public PageInfo Page { get; internal set; } = new(0, null, null);

    /// <summary>True once a visible element has been drawn on the current page (a page break at the top of a page is skipped).</summary>
    public bool PageHasContent { get; private set; }

    /// <summary>Anchor id → displayed page number (or physical page when unnumbered).</summary>
    public IReadOnlyDictionary<string, int> Anchors => _anchors;

    internal void StartPage(SKCanvas canvas, PageInfo page)
    {
        Canvas = canvas;
        Page = page;
        PageHasContent = false;
    }

    public void MarkContent() => PageHasContent = true;

    public void RecordAnchor(string id) => _anchors.TryAdd(id, Page.Number ?? Page.Physical);
}

/// <summary>Physical page (1-based, cover included); Number and Total count numbered pages only.</summary>
internal readonly record struct PageInfo(int Physical, int? Number, int? Total);
