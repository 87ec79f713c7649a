using System.Globalization;

namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// Writes a tagged PDF (PDF/UA-1) page by page straight into a byte buffer: each page's
/// content stream is deflated and written when the page ends (a page with late text,
/// <see cref="ContentStream.LateText"/>, when the document ends); the structure tree, parent
/// tree, outline, named destinations, shared resources, metadata and catalog when the document
/// ends. Marked content is opened lazily: the first drawing inside a structure element opens a
/// sequence with the page's next MCID, drawing inside an artifact opens an /Artifact sequence,
/// and a change of either closes the open one, so sequences never nest or cross pages.
/// </summary>
internal sealed class TaggedPdfWriter : IDisposable
{
    private readonly PdfFile _file;
    private readonly Resources _resources = new();
    private readonly int _pagesObj, _resourcesObj, _rootObj;
    private readonly List<int> _pages = [];
    private readonly List<StructElem> _elements = new(2048);
    private readonly List<(int Key, object Entry)> _parentTree = []; // a page's MCID owners or a link's element
    private readonly List<(string Id, int Page, double X, double Y)> _destinations = [];
    private readonly List<(string Title, int Level, int Page, double X, double Y)> _outline = [];
    private readonly Stack<StructElem?> _open = new(); // null: an artifact
    private readonly MemoryStream _deflated;
    private readonly StructElem _document;
    private int _nextKey;

    // the current page
    private int _pageObj;
    private float _width, _height;
    private List<StructElem> _owners = [];
    private readonly List<int> _annotations = [];
    private object? _marked; // the element whose sequence is open, Artifact, or null
    private static readonly object Artifact = new();

    public ContentStream Content { get; }

    public TaggedPdfWriter(ByteWriter output, MemoryStream scratch)
    {
        _file = new PdfFile(output);
        _deflated = scratch;
        Content = new ContentStream(_resources);
        _file.Header();
        _pagesObj = _file.Reserve();
        _resourcesObj = _file.Reserve();
        _rootObj = _file.Reserve();
        _document = NewElement("Document", null);
        _open.Push(_document);
    }

    private StructElem NewElement(string tag, StructElem? parent)
    {
        var e = new StructElem(tag, parent, _file.Reserve());
        parent?.Kids.Add(new Kid(e, -1, -1));
        _elements.Add(e);
        return e;
    }

    /// <summary>The page buffer goes back to the pool (the file's buffer belongs to the caller).</summary>
    public void Dispose() => Content.Dispose();

    public string ImageName(PdfImage image) => _resources.Image(image);

    public void BeginPage(float width, float height)
    {
        _pageObj = _file.Reserve();
        _pages.Add(_pageObj);
        (_width, _height) = (width, height);
        _owners = new List<StructElem>(256);
        _annotations.Clear();
        _marked = null;
        Content.StartPage(height);
    }

    public void EndPage()
    {
        Unmark();
        var key = _nextKey++;
        _parentTree.Add((key, _owners));
        var contents = _file.Reserve();
        if (Content.TakeLate() is { } late) _latePages.Add((contents, late));
        else WriteContent(contents);
        var o = _file.Begin(_pageObj).Ascii("<</Type/Page/Parent ");
        _file.Ref(_pagesObj).Ascii("/MediaBox[0 0 ").Num(_width).Space().Num(_height).Ascii("]/Resources ");
        _file.Ref(_resourcesObj).Ascii("/Contents ");
        _file.Ref(contents).Ascii("/StructParents ").Int(key).Ascii("/Tabs/S");
        if (_annotations.Count > 0)
        {
            o.Ascii("/Annots[");
            foreach (var a in _annotations)
            {
                _file.Ref(a).Space();
            }
            o.Ascii("]");
        }
        o.Ascii(">>");
        _file.End();
    }

    private void WriteContent(int number)
    {
        PdfFile.Deflate(Content.Out.Written, _deflated);
        _file.Stream(number, _deflated.GetBuffer().AsSpan(0, (int)_deflated.Length));
    }

    /// <summary>Pages with late text: their content is written when the document ends.</summary>
    private readonly List<(int Contents, LatePage Page)> _latePages = [];

    // ---- structure ----

    private StructElem? Current => _open.Peek();

    public void Begin(string tag) => _open.Push(NewElement(tag, Current ?? Nearest()));

    /// <summary>The innermost open element (an element begun inside an artifact still joins the tree).</summary>
    private StructElem Nearest()
    {
        foreach (var e in _open)
            if (e is not null) return e;
        return _document;
    }

    public void BeginArtifact() => _open.Push(null);

    public void End()
    {
        if (_open.Count > 1) _open.Pop();
    }

    public void SetAlt(string alt) => Nearest().Alt = alt;

    public void SetHeaderCell(string scope, int colSpan, int rowSpan)
    {
        var e = Nearest();
        (e.Scope, e.ColSpan, e.RowSpan) = (scope, colSpan, rowSpan);
    }

    public void SetBBox(float left, float top, float right, float bottom) =>
        Nearest().BBox = (left, _height - bottom, right, _height - top);

    /// <summary>Opens the marked-content sequence the next drawing belongs to, closing another one.</summary>
    public void Mark()
    {
        var want = Current is { } e ? e : Artifact;
        if (ReferenceEquals(want, _marked)) return;
        Unmark();
        if (want is StructElem elem)
        {
            var mcid = _owners.Count;
            _owners.Add(elem);
            var page = _pages.Count - 1;
            if (elem.Page < 0) elem.Page = page;
            elem.Kids.Add(new Kid(null, page, mcid));
            Content.BeginTagged(elem.Tag, mcid);
        }
        else Content.BeginArtifact();
        _marked = want;
    }

    private void Unmark()
    {
        if (_marked is null) return;
        Content.EndMarked();
        _marked = null;
    }

    // ---- navigation ----

    /// <summary>A link annotation over the box (layout coordinates) to a named destination, as a kid of the current element.</summary>
    public void Link(string destination, float left, float top, float right, float bottom, string alt)
    {
        var annot = _file.Reserve();
        var elem = Nearest();
        var page = _pages.Count - 1;
        if (elem.Page < 0) elem.Page = page;
        elem.Kids.Add(new Kid(null, page, -1, annot));
        var key = _nextKey++;
        _parentTree.Add((key, elem));
        _annotations.Add(annot);
        var o = _file.Begin(annot).Ascii("<</Type/Annot/Subtype/Link/Rect[").Num(left).Space().Num(_height - bottom).Space().Num(right).Space().Num(_height - top)
            .Ascii("]/Border[0 0 0]/F 4/Contents").Text(alt).Ascii("/Dest").Text(destination).Ascii("/StructParent ").Int(key).Ascii("/P ");
        _file.Ref(_pageObj).Ascii(">>");
        _file.End();
    }

    public void Destination(string id, float x, float y) => _destinations.Add((id, _pageObj, x, _height - y));

    public void Outline(string title, int level, float x, float y) => _outline.Add((title, level, _pageObj, x, _height - y));

    // ---- the end ----

    public void Finish(DocumentInfo info)
    {
        // Late lines first: they may draw glyphs of a subset font, which is written with the resources.
        foreach (var (contents, page) in _latePages)
        {
            Content.FinishLate(page);
            WriteContent(contents);
        }
        _latePages.Clear();
        var pages = _file.Begin(_pagesObj).Ascii("<</Type/Pages/Count ").Int(_pages.Count).Ascii("/Kids[");
        foreach (var p in _pages) _file.Ref(p).Space();
        pages.Ascii("]>>");
        _file.End();
        _resources.Write(_file, _resourcesObj);

        var parentTree = _file.Reserve();
        foreach (var e in _elements) WriteElement(e);
        WriteParentTree(parentTree);
        var o = _file.Begin(_rootObj).Ascii("<</Type/StructTreeRoot/K ");
        _file.Ref(_document.Number).Ascii("/ParentTree ");
        _file.Ref(parentTree).Ascii("/ParentTreeNextKey ").Int(_nextKey).Ascii(">>");
        _file.End();

        var outlines = WriteOutline();
        var names = WriteDestinations();
        var metadata = _file.Reserve();
        _file.Stream(metadata, info.Xmp, d => d.Ascii("/Type/Metadata/Subtype/XML"), deflated: false);
        var infoObj = WriteInfo(info);

        var catalog = _file.Reserve();
        o = _file.Begin(catalog).Ascii("<</Type/Catalog/Pages ");
        _file.Ref(_pagesObj).Ascii("/StructTreeRoot ");
        _file.Ref(_rootObj).Ascii("/MarkInfo<</Marked true>>/Lang").Text(info.Language)
            .Ascii("/ViewerPreferences<</DisplayDocTitle true>>/Metadata ");
        _file.Ref(metadata);
        if (outlines > 0)
        {
            o.Ascii("/Outlines ");
            _file.Ref(outlines).Ascii("/PageMode/UseOutlines");
        }
        if (names > 0)
        {
            o.Ascii("/Names<</Dests ");
            _file.Ref(names).Ascii(">>");
        }
        o.Ascii(">>");
        _file.End();
        _file.Finish(catalog, infoObj);
    }

    private void WriteElement(StructElem e)
    {
        var o = _file.Begin(e.Number).Ascii("<</Type/StructElem/S").Name(e.Tag).Ascii("/P ");
        _file.Ref(e.Parent?.Number ?? _rootObj);
        if (e.Page >= 0)
        {
            o.Ascii("/Pg ");
            _file.Ref(_pages[e.Page]);
        }
        if (e.Alt is { } alt) o.Ascii("/Alt").Text(alt);
        if (e.Scope is not null || e.ColSpan > 1 || e.RowSpan > 1)
        {
            o.Ascii("/A<</O/Table");
            if (e.Scope is { } scope) o.Ascii("/Scope").Name(scope);
            if (e.ColSpan > 1) o.Ascii("/ColSpan ").Int(e.ColSpan);
            if (e.RowSpan > 1) o.Ascii("/RowSpan ").Int(e.RowSpan);
            o.Ascii(">>");
        }
        else if (e.BBox is { } b)
            o.Ascii("/A<</O/Layout/Placement/Block/BBox[").Num(b.L).Space().Num(b.B).Space().Num(b.R).Space().Num(b.T).Ascii("]>>");
        o.Ascii("/K[");
        foreach (var kid in e.Kids)
        {
            if (kid.Element is { } child) _file.Ref(child.Number).Space();
            else if (kid.Annotation > 0)
            {
                o.Ascii("<</Type/OBJR/Pg ");
                _file.Ref(_pages[kid.Page]).Ascii("/Obj ");
                _file.Ref(kid.Annotation).Ascii(">> ");
            }
            else if (kid.Page == e.Page) o.Int(kid.Mcid).Space();
            else
            {
                o.Ascii("<</Type/MCR/Pg ");
                _file.Ref(_pages[kid.Page]).Ascii("/MCID ").Int(kid.Mcid).Ascii(">> ");
            }
        }
        o.Ascii("]>>");
        _file.End();
    }

    private void WriteParentTree(int number)
    {
        var o = _file.Begin(number).Ascii("<</Nums[");
        foreach (var (key, entry) in _parentTree)
        {
            o.Int(key).Space();
            if (entry is StructElem e) _file.Ref(e.Number).Space();
            else
            {
                o.Byte((byte)'[');
                foreach (var owner in (List<StructElem>)entry) _file.Ref(owner.Number).Space();
                o.Ascii("] ");
            }
        }
        o.Ascii("]>>");
        _file.End();
    }

    /// <summary>The bookmarks: level 1 items at the top, a level 2 item under the last level 1 item.</summary>
    private int WriteOutline()
    {
        if (_outline.Count == 0) return 0;
        var root = _file.Reserve();
        var tops = new List<(int Index, int Obj, List<(int Index, int Obj)> Children)>();
        for (var i = 0; i < _outline.Count; i++)
        {
            if (_outline[i].Level <= 1 || tops.Count == 0) tops.Add((i, _file.Reserve(), []));
            else tops[^1].Children.Add((i, _file.Reserve()));
        }
        var total = tops.Count + tops.Sum(t => t.Children.Count);
        var o = _file.Begin(root).Ascii("<</Type/Outlines/First ");
        _file.Ref(tops[0].Obj).Ascii("/Last ");
        _file.Ref(tops[^1].Obj).Ascii("/Count ").Int(total).Ascii(">>");
        _file.End();
        for (var t = 0; t < tops.Count; t++)
        {
            var kids = tops[t].Children;
            Item(tops[t].Index, tops[t].Obj, root, t > 0 ? tops[t - 1].Obj : 0, t + 1 < tops.Count ? tops[t + 1].Obj : 0,
                kids.Count > 0 ? kids[0].Obj : 0, kids.Count > 0 ? kids[^1].Obj : 0, kids.Count);
            for (var c = 0; c < kids.Count; c++)
                Item(kids[c].Index, kids[c].Obj, tops[t].Obj, c > 0 ? kids[c - 1].Obj : 0, c + 1 < kids.Count ? kids[c + 1].Obj : 0, 0, 0, 0);
        }
        return root;

        void Item(int index, int obj, int parent, int prev, int next, int first, int last, int count)
        {
            var (title, _, page, x, y) = _outline[index];
            var w = _file.Begin(obj).Ascii("<</Title").Text(title).Ascii("/Parent ");
            _file.Ref(parent);
            if (prev > 0) { w.Ascii("/Prev "); _file.Ref(prev); }
            if (next > 0) { w.Ascii("/Next "); _file.Ref(next); }
            if (first > 0)
            {
                w.Ascii("/First ");
                _file.Ref(first).Ascii("/Last ");
                _file.Ref(last).Ascii("/Count ").Int(count);
            }
            w.Ascii("/Dest[");
            _file.Ref(page).Ascii("/XYZ ").Num(x).Space().Num(y).Ascii(" 0]>>");
            _file.End();
        }
    }

    /// <summary>The named destinations as one name tree leaf, sorted by name (the ids are ASCII).</summary>
    private int WriteDestinations()
    {
        if (_destinations.Count == 0) return 0;
        var number = _file.Reserve();
        var o = _file.Begin(number).Ascii("<</Names[");
        foreach (var (id, page, x, y) in _destinations.DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            o.Text(id).Byte((byte)'[');
            _file.Ref(page).Ascii("/XYZ ").Num(x).Space().Num(y).Ascii(" 0]");
        }
        o.Ascii("]>>");
        _file.End();
        return number;
    }

    private int WriteInfo(DocumentInfo info)
    {
        var number = _file.Reserve();
        var date = "D:" + info.Created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        _file.Begin(number).Ascii("<</Title").Text(info.Title).Ascii("/Author").Text(info.Author).Ascii("/Subject").Text(info.Subject)
            .Ascii("/Keywords").Text(info.Keywords).Ascii("/Creator").Text(info.Creator).Ascii("/Producer").Text(info.Creator)
            .Ascii("/CreationDate").Text(date).Ascii("/ModDate").Text(date).Ascii(">>");
        _file.End();
        return number;
    }
}
