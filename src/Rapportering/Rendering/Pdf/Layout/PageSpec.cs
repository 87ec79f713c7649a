namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A run of pages with the same frame: size, margins, optional header/footer (built per page,
/// so they can say "Side X af Y"), an optional full-bleed background, and the flowing content.
/// Numbered runs count toward "Side X af Y"; the cover is an unnumbered run.
/// </summary>
internal sealed record PageSpec(
    Element Content,
    Size Size,
    float MarginLeft,
    float MarginTop,
    float MarginRight,
    float MarginBottom,
    bool Numbered = true,
    Func<PageInfo, Element>? Header = null,
    Func<PageInfo, Element>? Footer = null,
    float HeaderGap = 14,
    Action<Canvas, Rect, PageInfo>? Background = null)
{
    /// <summary>A4 portrait in points.</summary>
    public static readonly Size A4 = new(595.28f, 841.89f);
}
