using System.Buffers;
using System.Text;

namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// A growable byte buffer that PDF syntax is written into: ASCII, integers and decimals without
/// string.Format or a culture. Its array comes from the shared pool and goes back on
/// <see cref="Dispose"/>, so a thread rendering report after report reuses the same memory.
/// </summary>
internal sealed class ByteWriter : IDisposable
{
    private byte[] _buf;
    private int _len;

    public ByteWriter(int capacity = 4096) => _buf = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length => _len;
    public ReadOnlySpan<byte> Written => _buf.AsSpan(0, _len);

    public void Clear() => _len = 0;

    private Span<byte> Room(int n)
    {
        if (_len + n > _buf.Length) Grow(n);
        return _buf.AsSpan(_len, n);
    }

    private void Grow(int n)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buf.Length * 2, _len + n));
        _buf.AsSpan(0, _len).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buf);
        _buf = bigger;
    }

    /// <summary>Room for at least <paramref name="n"/> bytes at the end: write them into the span, then <see cref="Advance"/> by as many as written.</summary>
    public Span<byte> Reserve(int n) => _buf.Length - _len >= n ? _buf.AsSpan(_len) : Room(n);

    public void Advance(int n) => _len += n;

    public ByteWriter Byte(byte b)
    {
        if (_len == _buf.Length) Grow(1);
        _buf[_len++] = b;
        return this;
    }

    public ByteWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _len += bytes.Length;
        return this;
    }

    /// <summary>PDF syntax (names, operators, keys): ASCII only.</summary>
    public ByteWriter Ascii(string s)
    {
        var span = Room(s.Length);
        for (var i = 0; i < s.Length; i++) span[i] = (byte)s[i];
        _len += s.Length;
        return this;
    }

    public ByteWriter Int(long v)
    {
        var span = Reserve(21);
        var n = 0;
        if (v < 0) span[n++] = (byte)'-';
        _len += n + Digits(span[n..], v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v);
        return this;
    }

    /// <summary>The decimal digits of <paramref name="v"/>; how many.</summary>
    private static int Digits(Span<byte> span, ulong v)
    {
        var count = 1;
        for (var rest = v / 10; rest > 0; rest /= 10) count++;
        for (var i = count - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + v % 10);
            v /= 10;
        }
        return count;
    }

    /// <summary>A number with at most <paramref name="decimals"/> decimals, trailing zeros dropped:
    /// 2 for coordinates (1/100 pt is finer than any printer), so no value reads like a CPR number.</summary>
    public ByteWriter Num(double v, int decimals = 2)
    {
        decimals = Math.Clamp(decimals, 0, 3);
        var scaled = RoundAwayFromZero(v * Scale[decimals]);
        var span = Reserve(24);
        var n = 0;
        if (scaled < 0)
        {
            span[n++] = (byte)'-';
            scaled = -scaled;
        }
        var u = (ulong)scaled;
        // Constant divisors: a multiplication each, not a division.
        var whole = decimals switch { 0 => u, 1 => u / 10, 2 => u / 100, _ => u / 1000 };
        n += Digits(span[n..], whole);
        var frac = u - whole * (ulong)Scale[decimals];
        if (frac > 0)
        {
            span[n++] = (byte)'.';
            var k = decimals;
            for (; frac % 10 == 0; k--) frac /= 10; // trailing zeros dropped
            for (var i = k - 1; i >= 0; i--)
            {
                span[n + i] = (byte)('0' + frac % 10);
                frac /= 10;
            }
            n += k;
        }
        _len += n;
        return this;
    }

    private static readonly long[] Scale = [1, 10, 100, 1000];

    /// <summary>Math.Round(x, MidpointRounding.AwayFromZero), without its call: x minus its whole part is exact.</summary>
    private static long RoundAwayFromZero(double x)
    {
        var whole = Math.Truncate(x);
        var frac = x - whole;
        if (frac >= 0.5) whole += 1;
        else if (frac <= -0.5) whole -= 1;
        return (long)whole;
    }

    public ByteWriter Space() => Byte((byte)' ');

    public ByteWriter Line() => Byte((byte)'\n');

    /// <summary>A name ("/P", "/Scope"): characters outside the regular set written as #xx.</summary>
    public ByteWriter Name(string name)
    {
        Byte((byte)'/');
        var ascii = true;
        foreach (var c in name) ascii &= c < 0x80;
        if (ascii)
        {
            foreach (var c in name) NameByte((byte)c);
            return this;
        }
        foreach (var b in Encoding.UTF8.GetBytes(name)) NameByte(b);
        return this;
    }

    private void NameByte(byte b)
    {
        if (b is > 0x20 and < 0x7F and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
            Byte(b);
        else
            Byte((byte)'#').Hex(b);
    }

    public ByteWriter HexByte(byte b) => Hex(b);

    private ByteWriter Hex(byte b)
    {
        const string digits = "0123456789ABCDEF";
        return Byte((byte)digits[b >> 4]).Byte((byte)digits[b & 15]);
    }

    /// <summary>Two-byte codes as a literal string's body: raw, but for the three bytes that need a backslash
    /// and CR (a reader turns a bare CR into LF). At most four bytes per code.</summary>
    public ByteWriter StringCodes(ReadOnlySpan<ushort> codes)
    {
        var span = Reserve(4 * codes.Length);
        var n = 0;
        foreach (var code in codes)
        {
            n = StringByte(span, n, (byte)(code >> 8));
            n = StringByte(span, n, (byte)code);
        }
        _len += n;
        return this;
    }

    private static int StringByte(Span<byte> span, int n, byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                span[n++] = (byte)'\\';
                break;
            case (byte)'\r':
                span[n++] = (byte)'\\';
                b = (byte)'r';
                break;
        }
        span[n++] = b;
        return n;
    }

    public ByteWriter Hex16(ushort v)
    {
        Hex((byte)(v >> 8));
        Hex((byte)v);
        return this;
    }

    /// <summary>A text string as a literal: ASCII as is, anything else UTF-16BE with a byte order
    /// mark (what readers decode as text); parentheses, backslash and control bytes escaped.</summary>
    public ByteWriter Text(string s)
    {
        Byte((byte)'(');
        var ascii = true;
        foreach (var c in s)
            if (c > 0x7E)
            {
                ascii = false;
                break;
            }
        if (ascii)
            foreach (var c in s) Escaped((byte)c);
        else
        {
            Escaped(0xFE);
            Escaped(0xFF);
            foreach (var c in s)
            {
                Escaped((byte)(c >> 8));
                Escaped((byte)c);
            }
        }
        return Byte((byte)')');
    }

    private void Escaped(byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                Byte((byte)'\\').Byte(b);
                break;
            case < 0x20:
                Byte((byte)'\\').Byte((byte)('0' + (b >> 6))).Byte((byte)('0' + ((b >> 3) & 7))).Byte((byte)('0' + (b & 7)));
                break;
            default:
                Byte(b);
                break;
        }
    }

    public void CopyTo(Stream s) => s.Write(_buf, 0, _len);

    public byte[] ToArray() => Written.ToArray();

    public void Dispose()
    {
        if (_buf.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buf);
        _buf = [];
        _len = 0;
    }
}
