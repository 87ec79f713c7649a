namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// One element of the structure tree: its tag, parent and kids in reading order (elements,
/// marked content on a page, a link's annotation), its alternative text and the attributes
/// a table header cell or a figure carries. Written when the document ends, when every kid is known.
/// </summary>
internal sealed class StructElem(string tag, StructElem? parent, int number)
{
    public string Tag { get; } = tag;
    public StructElem? Parent { get; } = parent;
    public int Number { get; } = number;
    public List<Kid> Kids { get; } = new(2);

    /// <summary>The page of its first marked content (an index into the pages), or -1.</summary>
    public int Page { get; set; } = -1;

    public string? Alt { get; set; }
    public string? Scope { get; set; }
    public int ColSpan { get; set; } = 1;
    public int RowSpan { get; set; } = 1;
    public (double L, double B, double R, double T)? BBox { get; set; }
}

/// <summary>A kid of an element, without boxing: a child element, marked content <paramref name="Mcid"/> on
/// page <paramref name="Page"/>, or (with <paramref name="Annotation"/> &gt; 0) a link's annotation on that page.</summary>
internal readonly record struct Kid(StructElem? Element, int Page, int Mcid, int Annotation = 0);
