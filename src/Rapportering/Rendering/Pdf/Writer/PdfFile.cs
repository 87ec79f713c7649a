using System.IO.Compression;
using System.Security.Cryptography;

namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// The file as it is written: numbered objects appended in any order (a number is reserved
/// before its object is written, so objects can point ahead), then the cross-reference table
/// with every object's byte offset and the trailer. The file /ID is a digest of the bytes
/// before it: the same content gives the same ID, different content a different one (the first
/// 16 bytes of its SHA-256: twice as fast as MD5 where the CPU has SHA instructions).
/// </summary>
internal sealed class PdfFile(ByteWriter output)
{
    private readonly List<long> _offsets = [0];

    public ByteWriter Out { get; } = output;

    public void Header() => Out.Ascii("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Line();

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/>; write its value into <see cref="Out"/>, then <see cref="End"/>.</summary>
    public ByteWriter Begin(int number)
    {
        if (_offsets[number] >= 0) throw new InvalidOperationException($"object {number} written twice");
        _offsets[number] = Out.Length;
        return Out.Int(number).Ascii(" 0 obj\n");
    }

    public void End() => Out.Ascii("\nendobj\n");

    /// <summary>"n 0 R"</summary>
    public ByteWriter Ref(int number) => Out.Int(number).Ascii(" 0 R");

    /// <summary>A stream object: <paramref name="dictionary"/> writes the entries besides /Length.</summary>
    public void Stream(int number, ReadOnlySpan<byte> data, Action<ByteWriter>? dictionary = null, bool deflated = true)
    {
        Begin(number).Ascii("<<");
        dictionary?.Invoke(Out);
        if (deflated) Out.Ascii("/Filter/FlateDecode");
        Out.Ascii("/Length ").Int(data.Length).Ascii(">>\nstream\n").Bytes(data).Ascii("\nendstream");
        End();
    }

    /// <summary>Deflates <paramref name="data"/> (zlib, as /FlateDecode reads it), fastest level.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var ms = new MemoryStream(data.Length / 3 + 64);
        using (var z = new ZLibStream(ms, CompressionLevel.Fastest, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>Deflates into <paramref name="scratch"/> (cleared first), for a page's content that is written right after.</summary>
    public static void Deflate(ReadOnlySpan<byte> data, MemoryStream scratch)
    {
        scratch.SetLength(0);
        using var z = new ZLibStream(scratch, CompressionLevel.Fastest, leaveOpen: true);
        z.Write(data);
    }

    /// <summary>Cross-reference table and trailer; every reserved number must have been written.</summary>
    public void Finish(int catalog, int info)
    {
        Span<byte> sha = stackalloc byte[32];
        SHA256.HashData(Out.Written, sha);
        var digest = sha[..16];
        var xref = Out.Length;
        Out.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        Span<byte> entry = stackalloc byte[20];
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0) throw new InvalidOperationException($"object {i} reserved but never written");
            var o = _offsets[i];
            for (var d = 9; d >= 0; d--, o /= 10) entry[d] = (byte)('0' + o % 10);
            " 00000 n \n"u8.CopyTo(entry[10..]);
            Out.Bytes(entry);
        }
        Out.Ascii("trailer\n<</Size ").Int(_offsets.Count).Ascii("/Root ");
        Ref(catalog).Ascii("/Info ");
        Ref(info).Ascii("/ID[<");
        foreach (var b in digest) Out.HexByte(b);
        Out.Ascii("><");
        foreach (var b in digest) Out.HexByte(b);
        Out.Ascii(">]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
    }
}
