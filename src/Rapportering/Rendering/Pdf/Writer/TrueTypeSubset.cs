using System.Buffers.Binary;

namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// A subset of a TrueType file holding the outlines of the glyphs a document draws (and the
/// parts of composite glyphs), for a branding font too large to embed whole. Glyph ids stay as
/// they are (the other glyphs become empty), so the content's glyph ids, the widths and the
/// ToUnicode map need no renumbering. Tables a PDF viewer does not use (layout, kerning) are left out.
/// </summary>
internal static class TrueTypeSubset
{
    private static readonly string[] Kept = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"];

    public static byte[] Build(TrueTypeFont font, bool[] used)
    {
        var data = font.Data;
        var t = font.TableRanges;
        var head = data.AsSpan(t["head"].Offset, t["head"].Length);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var loca = new ArraySegment<byte>(data, t["loca"].Offset, t["loca"].Length);
        var glyf = data.AsSpan(t["glyf"].Offset, t["glyf"].Length);
        int Start(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g));

        var n = font.GlyphCount;
        var keep = new bool[n];
        var todo = new Stack<int>();
        todo.Push(0);
        for (var g = 0; g < n && g < used.Length; g++) if (used[g]) todo.Push(g);
        while (todo.Count > 0)
        {
            var g = todo.Pop();
            if (g >= n || keep[g]) continue;
            keep[g] = true;
            var (s, e) = (Start(g), Start(g + 1));
            if (e - s < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[s..]) >= 0) continue;
            for (var at = s + 10; ;) // a composite glyph: its components
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[at..]);
                todo.Push(BinaryPrimitives.ReadUInt16BigEndian(glyf[(at + 2)..]));
                at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
                if ((flags & 0x20) == 0) break;
            }
        }

        using var newGlyf = new ByteWriter(64 * 1024);
        var newLoca = new byte[4 * (n + 1)];
        for (var g = 0; g < n; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (!keep[g]) continue;
            newGlyf.Bytes(glyf[Start(g)..Start(g + 1)]);
            while (newGlyf.Length % 4 != 0) newGlyf.Byte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * n), (uint)newGlyf.Length);
        var newHead = head.ToArray();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // long offsets in loca
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment: not needed inside a PDF

        var tables = Kept.Where(t.ContainsKey).Select(tag => (Tag: tag, Bytes: tag switch
        {
            "glyf" => newGlyf.ToArray(),
            "loca" => newLoca,
            "head" => newHead,
            _ => data.AsSpan(t[tag].Offset, t[tag].Length).ToArray(),
        })).ToList();
        return Assemble(tables);
    }

    /// <summary>The sfnt container: offset table, table directory (sorted by tag), tables 4-byte aligned.</summary>
    private static byte[] Assemble(List<(string Tag, byte[] Bytes)> tables)
    {
        var count = tables.Count;
        var pow = 1;
        var log = 0;
        while (pow * 2 <= count) { pow *= 2; log++; }
        var offset = 12 + 16 * count;
        var size = offset + tables.Sum(x => (x.Bytes.Length + 3) & ~3);
        var file = new byte[size];
        var f = file.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(f, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(f[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(f[6..], (ushort)(pow * 16));
        BinaryPrimitives.WriteUInt16BigEndian(f[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(f[10..], (ushort)(count * 16 - pow * 16));
        var i = 0;
        foreach (var (tag, bytes) in tables.OrderBy(x => x.Tag, StringComparer.Ordinal))
        {
            var rec = f[(12 + 16 * i++)..];
            for (var k = 0; k < 4; k++) rec[k] = (byte)tag[k];
            BinaryPrimitives.WriteUInt32BigEndian(rec[4..], Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(rec[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(rec[12..], (uint)bytes.Length);
            bytes.CopyTo(f[offset..]);
            offset += (bytes.Length + 3) & ~3;
        }
        return file;
    }

    private static uint Checksum(byte[] b)
    {
        uint sum = 0;
        for (var i = 0; i < b.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < b.Length ? b[i + k] : 0u);
            sum += word;
        }
        return sum;
    }
}
