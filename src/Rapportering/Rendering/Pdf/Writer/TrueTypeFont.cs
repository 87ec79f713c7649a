using System.Buffers.Binary;
using System.Text;

namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// What the PDF needs from a TrueType file (glyf outlines; no CFF): glyph ids by character
/// (cmap format 4), advance widths (hmtx), the vertical metrics PDFsharp placed baselines with
/// (OS/2 typo metrics when USE_TYPO_METRICS is set, else the Windows ones, else hhea), the
/// PostScript name and the descriptor's numbers. Read once per face and process.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly ushort[] _glyphOf = new ushort[0x10000];
    private readonly ushort[] _advance;

    /// <summary>The advance of each character's glyph, so measuring a text is one look-up per character.</summary>
    public ushort[] CharAdvances { get; } = new ushort[0x10000];

    public byte[] Data { get; }

    /// <summary>Where each table lies in <see cref="Data"/>, by tag.</summary>
    public IReadOnlyDictionary<string, (int Offset, int Length)> TableRanges { get; }
    public string PostScriptName { get; }
    public int UnitsPerEm { get; }
    public int Ascent { get; }
    public int Descent { get; }
    public int CapHeight { get; }
    public (int XMin, int YMin, int XMax, int YMax) Box { get; }
    public double ItalicAngle { get; }
    public bool FixedPitch { get; }
    public bool Bold { get; }
    public int GlyphCount { get; }

    /// <summary>The characters the cmap maps (to a glyph other than 0), in code order.</summary>
    public IReadOnlyList<char> Mapped { get; }

    private TrueTypeFont(byte[] data)
    {
        Data = data;
        var tables = Tables(data);
        TableRanges = tables;
        ReadOnlySpan<byte> T(string tag) => tables.TryGetValue(tag, out var r)
            ? data.AsSpan(r.Offset, r.Length)
            : throw new FormatException($"TrueType-tabellen {tag} mangler");
        if (!tables.ContainsKey("glyf")) throw new FormatException("kun TrueType-skrifter med glyf-konturer kan indlejres");

        var head = T("head");
        UnitsPerEm = U16(head, 18);
        Box = (S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42));
        GlyphCount = U16(T("maxp"), 4);

        var hhea = T("hhea");
        var hMetrics = U16(hhea, 34);
        var hmtx = T("hmtx");
        _advance = new ushort[GlyphCount];
        for (var g = 0; g < GlyphCount; g++) _advance[g] = (ushort)U16(hmtx, 4 * Math.Min(g, hMetrics - 1));

        var os2 = T("OS/2");
        var typoAsc = S16(os2, 68);
        var typoDesc = S16(os2, 70);
        var typoGap = S16(os2, 72);
        var os2Empty = typoAsc == 0 && typoDesc == 0 && typoGap == 0;
        if (!os2Empty && (U16(os2, 62) & 128) != 0) (Ascent, Descent) = (typoAsc + typoGap, -typoDesc);
        else if (!os2Empty) (Ascent, Descent) = (U16(os2, 74), Math.Abs((short)U16(os2, 76)));
        else (Ascent, Descent) = (S16(hhea, 4), Math.Abs(S16(hhea, 6)));
        CapHeight = U16(os2, 0) >= 2 && os2.Length >= 90 && S16(os2, 88) != 0 ? S16(os2, 88) : Ascent;
        Bold = U16(os2, 4) >= 600 || (U16(os2, 62) & 32) != 0;

        var post = T("post");
        ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
        FixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;

        PostScriptName = Name(T("name"), 6) ?? "Rapportering";
        Mapped = ReadCmap(T("cmap"));
        for (var c = 0; c < CharAdvances.Length; c++) CharAdvances[c] = (ushort)Advance(_glyphOf[c]);
    }

    public static TrueTypeFont Parse(byte[] data)
    {
        try
        {
            return new TrueTypeFont(data);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new FormatException("TrueType-filen er ufuldstændig", e);
        }
    }

    public ushort Glyph(char c) => _glyphOf[c];

    public int Advance(ushort glyph) => glyph < _advance.Length ? _advance[glyph] : 0;

    /// <summary>A width in PDF glyph space (1/1000 em).</summary>
    public int PdfWidth(ushort glyph) => (int)Math.Round(Advance(glyph) * 1000.0 / UnitsPerEm);

    public int Pdf(int designUnits) => (int)Math.Round(designUnits * 1000.0 / UnitsPerEm);

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] data)
    {
        var n = U16(data, 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var rec = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(data, rec, 4);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(rec + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(rec + 12));
            if (offset < 0 || length < 0 || offset + length > data.Length) throw new FormatException($"TrueType-tabellen {tag} peger uden for filen");
            tables[tag] = (offset, length);
        }
        return tables;
    }

    /// <summary>The Unicode BMP subtable (3,1 or 0,x), format 4; fills the glyph array.</summary>
    private List<char> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var n = U16(cmap, 2);
        var sub = -1;
        for (var i = 0; i < n; i++)
        {
            int platform = U16(cmap, 4 + 8 * i), encoding = U16(cmap, 6 + 8 * i);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * i)..]);
            if (U16(cmap, offset) != 4) continue;
            if ((platform == 3 && encoding == 1) || platform == 0) sub = offset;
        }
        if (sub < 0) throw new FormatException("skriften har ingen Unicode-tegntabel (cmap format 4)");
        var t = cmap[sub..];
        var segs = U16(t, 6) / 2;
        int ends = 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
        var mapped = new List<char>();
        for (var s = 0; s < segs; s++)
        {
            int end = U16(t, ends + 2 * s), start = U16(t, starts + 2 * s), delta = U16(t, deltas + 2 * s), range = U16(t, ranges + 2 * s);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int g;
                if (range == 0) g = (c + delta) & 0xFFFF;
                else
                {
                    var at = ranges + 2 * s + range + 2 * (c - start);
                    g = at + 1 < t.Length ? U16(t, at) : 0;
                    if (g != 0) g = (g + delta) & 0xFFFF;
                }
                if (g == 0 || g >= GlyphCount) continue;
                _glyphOf[c] = (ushort)g;
                mapped.Add((char)c);
            }
        }
        return mapped;
    }

    private static string? Name(ReadOnlySpan<byte> name, int id)
    {
        int count = U16(name, 2), strings = U16(name, 4);
        for (var i = 0; i < count; i++)
        {
            var rec = 6 + 12 * i;
            if (U16(name, rec + 6) != id) continue;
            int platform = U16(name, rec), length = U16(name, rec + 8), offset = U16(name, rec + 10);
            var bytes = name.Slice(strings + offset, length);
            var s = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var clean = new string(s.Where(c => c is > ' ' and < '\x7f' and not ('/' or '(' or ')' or '[' or ']' or '<' or '>' or '{' or '}' or '%')).ToArray());
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private static int U16(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt16BigEndian(d[at..]);
    private static short S16(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadInt16BigEndian(d[at..]);
}
