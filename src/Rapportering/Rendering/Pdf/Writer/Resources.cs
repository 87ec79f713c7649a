namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// The one resource dictionary every page shares: the fonts, opacity states and images that
/// some page used, each named when first used and written once at the end of the file.
/// </summary>
internal sealed class Resources
{
    private readonly List<FontFace> _fonts = [];
    private readonly SortedDictionary<(byte Alpha, bool Stroke), string> _opacity = [];
    private readonly List<PdfImage> _images = [];
    private readonly Dictionary<FontFace, bool[]> _used = [];

    /// <summary>The glyphs drawn in a face that is subset per document.</summary>
    public bool[] Used(FontFace face)
    {
        if (!_used.TryGetValue(face, out var used)) _used[face] = used = new bool[face.Font.GlyphCount];
        return used;
    }

    /// <summary>The name a face is drawn with ("F0"), the same string each time (text is drawn line by line).</summary>
    public string Font(FontFace face)
    {
        var i = Named(_fonts, face);
        while (_fontNames.Count <= i) _fontNames.Add(FontName(_fontNames.Count));
        return _fontNames[i];
    }

    private readonly List<string> _fontNames = [];

    /// <summary>The item's place in the list, added at the end when it is new: its name's number.</summary>
    private static int Named<T>(List<T> list, T item)
    {
        var i = list.IndexOf(item);
        if (i >= 0) return i;
        list.Add(item);
        return list.Count - 1;
    }

    private static string FontName(int i) => "F" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Opacity(byte alpha, bool stroke)
    {
        if (!_opacity.TryGetValue((alpha, stroke), out var name))
            _opacity[(alpha, stroke)] = name = (stroke ? "GS" : "GF") + alpha.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }

    public string Image(PdfImage image) => ImageName(Named(_images, image));

    private static string ImageName(int i) => "Im" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes the dictionary as object <paramref name="number"/> and what it names.</summary>
    public void Write(PdfFile file, int number)
    {
        var fonts = _fonts.Select(f => (Face: f, Obj: file.Reserve())).ToList();
        var images = _images.Select(i => (Image: i, Obj: file.Reserve())).ToList();
        var o = file.Begin(number).Ascii("<<");
        Refs(file, "/Font<<", fonts.Select(f => f.Obj).ToList(), FontName);
        if (_opacity.Count > 0)
        {
            o.Ascii("/ExtGState<<");
            foreach (var ((alpha, stroke), name) in _opacity)
                o.Name(name).Ascii(stroke ? "<</CA " : "<</ca ").Num(alpha / 255.0, 3).Ascii(">>");
            o.Ascii(">>");
        }
        Refs(file, "/XObject<<", images.Select(i => i.Obj).ToList(), ImageName);
        o.Ascii(">>");
        file.End();
        foreach (var (face, obj) in fonts) WriteFont(file, obj, face, face.Subset ? Used(face) : null);
        foreach (var (image, obj) in images) WriteImage(file, obj, image);
    }

    /// <summary>A sub-dictionary of names to objects ("/Font&lt;&lt;/F0 12 0 R&gt;&gt;"), left out when empty.</summary>
    private static void Refs(PdfFile file, string open, List<int> objects, Func<int, string> name)
    {
        if (objects.Count == 0) return;
        file.Out.Ascii(open);
        for (var i = 0; i < objects.Count; i++)
        {
            file.Out.Name(name(i)).Space();
            file.Ref(objects[i]);
        }
        file.Out.Ascii(">>");
    }

    private static void WriteFont(PdfFile file, int type0, FontFace face, bool[]? used)
    {
        var f = face.Font;
        var name = used is null ? f.PostScriptName : SubsetTag(used) + "+" + f.PostScriptName;
        var subset = used is null ? null : TrueTypeSubset.Build(f, used);
        var program = subset is null ? face.Program : PdfFile.Deflate(subset);
        var widths = used is null ? face.Widths : FontFace.WidthArray(f, Enumerable.Range(0, used.Length).Where(g => used[g]).Select(g => (ushort)g));
        int cid = file.Reserve(), descriptor = file.Reserve(), fontFile = file.Reserve(), unicode = file.Reserve();
        file.Begin(type0).Ascii("<</Type/Font/Subtype/Type0/BaseFont").Name(name).Ascii("/Encoding/Identity-H/DescendantFonts[");
        file.Ref(cid).Ascii("]/ToUnicode ");
        file.Ref(unicode).Ascii(">>");
        file.End();

        file.Begin(cid).Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(name)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ");
        file.Ref(descriptor).Ascii("/CIDToGIDMap/Identity/DW ").Int(f.PdfWidth(0)).Ascii("/W").Bytes(widths).Ascii(">>");
        file.End();

        var flags = 32 | (f.FixedPitch ? 1 : 0) | (f.ItalicAngle != 0 ? 64 : 0);
        file.Begin(descriptor).Ascii("<</Type/FontDescriptor/FontName").Name(name).Ascii("/Flags ").Int(flags)
            .Ascii("/FontBBox[").Int(f.Pdf(f.Box.XMin)).Space().Int(f.Pdf(f.Box.YMin)).Space().Int(f.Pdf(f.Box.XMax)).Space().Int(f.Pdf(f.Box.YMax))
            .Ascii("]/ItalicAngle ").Num(f.ItalicAngle).Ascii("/Ascent ").Int(f.Pdf(f.Ascent)).Ascii("/Descent ").Int(-f.Pdf(f.Descent))
            .Ascii("/CapHeight ").Int(f.Pdf(f.CapHeight)).Ascii("/StemV ").Int(f.Bold ? 120 : 80).Ascii("/FontFile2 ");
        file.Ref(fontFile).Ascii(">>");
        file.End();

        file.Stream(fontFile, program, d => d.Ascii("/Length1 ").Int(subset?.Length ?? f.Data.Length));
        file.Stream(unicode, face.ToUnicode);
    }

    /// <summary>Six capitals from the glyphs drawn (FNV-1a): the same subset gets the same tag, as PDF asks of a subset's name.</summary>
    private static string SubsetTag(bool[] used)
    {
        var h = 14695981039346656037UL;
        for (var g = 0; g < used.Length; g++)
            if (used[g])
            {
                h ^= (ulong)g;
                h *= 1099511628211UL;
            }
        return string.Concat(Enumerable.Range(0, 6).Select(i => (char)('A' + (int)((h >> (i * 8)) % 26))));
    }

    private static void WriteImage(PdfFile file, int number, PdfImage image)
    {
        var mask = image.Alpha is null ? 0 : file.Reserve();
        file.Stream(number, image.Rgb, d =>
        {
            d.Ascii("/Type/XObject/Subtype/Image/Width ").Int(image.Width).Ascii("/Height ").Int(image.Height)
                .Ascii("/ColorSpace/DeviceRGB/BitsPerComponent 8/Interpolate true");
            if (mask > 0)
            {
                d.Ascii("/SMask ");
                file.Ref(mask);
            }
        });
        if (image.Alpha is { } alpha)
            file.Stream(mask, alpha, d => d.Ascii("/Type/XObject/Subtype/Image/Width ").Int(image.Width).Ascii("/Height ").Int(image.Height)
                .Ascii("/ColorSpace/DeviceGray/BitsPerComponent 8"));
    }
}
