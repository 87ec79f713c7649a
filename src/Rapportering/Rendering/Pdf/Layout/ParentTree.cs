using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Keeps PDFsharp's parent tree short while pages are drawn. Its structure builder looks up the
/// current page's entry by walking the whole /Nums array of the parent tree (twice, with LINQ)
/// for every marked content, so the cost grew with every page and link already written. The
/// entries of a finished page are never looked up again: they are set aside when the page ends
/// and put back, in the order they were written, before the document is saved, so the parent
/// tree written is the one PDFsharp built.
/// </summary>
internal sealed class ParentTree(PdfDocument document)
{
    private readonly List<PdfItem> _done = [];

    private PdfArray? Nums =>
        (UAManager.ForDocument(document).StructureTreeRoot.Elements.GetDictionary("/ParentTree") as PdfNumberTreeNode)
            ?.Elements.GetArray("/Nums");

    /// <summary>After a page: its entries (and its links') leave the array the builder searches.</summary>
    public void SetAside()
    {
        if (Nums is not { } nums) return;
        for (var i = 0; i < nums.Elements.Count; i++) _done.Add(nums.Elements[i]);
        nums.Elements.Clear();
    }

    /// <summary>After the last page: every entry back, the oldest first.</summary>
    public void Restore()
    {
        if (Nums is not { } nums || _done.Count == 0) return;
        var rest = Enumerable.Range(0, nums.Elements.Count).Select(i => nums.Elements[i]).ToList();
        nums.Elements.Clear();
        foreach (var item in _done.Concat(rest)) nums.Elements.Add(item);
        _done.Clear();
    }
}
