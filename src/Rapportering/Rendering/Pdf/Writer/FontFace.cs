using System.Text;

namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// One face made ready to embed, once per process: the glyph widths as a /W array and a
/// ToUnicode CMap from the font's own cmap, so copied text gives the real characters, and
/// the whole TrueType file deflated: the shipped faces are already Latin-1 subsets of DejaVu
/// Sans (~33 KB each), shared by every report. A face larger than <see cref="WholeLimit"/>
/// (a full branding font, often 300–800 KB) is subset per document instead
/// (<see cref="TrueTypeSubset"/>), else it alone would take the file past half a megabyte.
/// Text is written as two-byte glyph ids (Identity-H, CIDToGIDMap Identity).
/// </summary>
internal sealed class FontFace
{
    /// <summary>Faces up to this size are embedded whole.</summary>
    public const int WholeLimit = 96 * 1024;

    public TrueTypeFont Font { get; }
    public bool Subset { get; }
    public byte[] Program { get; }
    public byte[] Widths { get; }
    public byte[] ToUnicode { get; }

    public FontFace(TrueTypeFont font)
    {
        Font = font;
        Subset = font.Data.Length > WholeLimit;
        Program = Subset ? [] : PdfFile.Deflate(font.Data);
        Widths = WidthArray(font, font.Mapped.Select(font.Glyph));
        ToUnicode = PdfFile.Deflate(CMap(font));
    }

    /// <summary>"[3[600 620.12]10[500]]": runs of consecutive glyph ids with their widths, to 1/100 of
    /// a unit, so a viewer advances exactly as the layout measured (a right-aligned figure ends on its edge).</summary>
    public static byte[] WidthArray(TrueTypeFont f, IEnumerable<ushort> drawn)
    {
        var glyphs = drawn.Append((ushort)0).Distinct().Order().ToList();
        using var w = new ByteWriter();
        w.Byte((byte)'[');
        for (var i = 0; i < glyphs.Count;)
        {
            var start = i;
            w.Int(glyphs[i]).Byte((byte)'[');
            do
            {
                if (i > start) w.Space();
                w.Num(f.Advance(glyphs[i]) * 1000.0 / f.UnitsPerEm);
                i++;
            } while (i < glyphs.Count && glyphs[i] == glyphs[i - 1] + 1);
            w.Byte((byte)']');
        }
        w.Byte((byte)']');
        return w.ToArray();
    }

    private static byte[] CMap(TrueTypeFont f)
    {
        var first = new SortedDictionary<ushort, char>();
        foreach (var c in f.Mapped) first.TryAdd(f.Glyph(c), c);
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var pairs = first.ToList();
        for (var i = 0; i < pairs.Count; i += 100)
        {
            var chunk = pairs.Skip(i).Take(100).ToList();
            sb.Append(chunk.Count).Append(" beginbfchar\n");
            foreach (var (g, c) in chunk) sb.Append('<').Append(g.ToString("X4")).Append("> <").Append(((int)c).ToString("X4")).Append(">\n");
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
