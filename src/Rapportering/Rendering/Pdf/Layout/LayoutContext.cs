namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// What elements see while a page is laid out: the canvas, the fonts, the page number and
/// where the named anchors landed. One context per pass; the canvas changes per page.
/// </summary>
internal sealed class LayoutContext(FontSet fonts, bool writesOutput = true)
{
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);

    public FontSet Fonts { get; } = fonts;

    /// <summary>False in the counting pass: costly drawings (charts) may skip painting, sizes are fixed anyway.</summary>
    public bool WritesOutput { get; } = writesOutput;
    public Canvas Canvas { get; internal set; } = Canvas.None;
    public PageInfo Page { get; internal set; } = new(0, null);

    /// <summary>Height of the content frame of an empty page (below header, above footer); unbounded until a page sets it.</summary>
    public float PageContentHeight { get; internal set; } = float.PositiveInfinity;

    private bool _drawn;
    private int _pending;

    /// <summary>
    /// True once something is drawn on the current page, or, while measuring, once a column has
    /// placed something above the element being measured. A page break at the top of a page is
    /// skipped; measuring and drawing must see the same answer, hence the pending count.
    /// </summary>
    public bool PageHasContent => _drawn || _pending > 0;

    /// <summary>Anchor id → displayed page number (or physical page when unnumbered).</summary>
    public IReadOnlyDictionary<string, int> Anchors => _anchors;

    internal void StartPage(Canvas canvas, PageInfo page)
    {
        Canvas = canvas;
        Page = page;
        _drawn = false;
        _pending = 0;
    }

    public void MarkContent() => _drawn = true;

    internal void AddPending() => _pending++;

    internal void RemovePending(int n) => _pending -= n;

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/> in <paramref name="style"/>'s face:
    /// the same text in the same face and width wraps the same in both passes and every report,
    /// so the font set keeps it.</summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, float width) => Fonts.Wrap(text, style, width);

    public void RecordAnchor(string id) => _anchors.TryAdd(id, Page.Number ?? Page.Physical);
}

/// <summary>Physical page (1-based, cover included); Number counts numbered pages only.</summary>
internal readonly record struct PageInfo(int Physical, int? Number);
