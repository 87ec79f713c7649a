using System.Buffers.Binary;
using System.Text;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Input;

/// <summary>
/// Ids (person_id, indsats_id) numbered 0, 1, 2 … in the order added, kept as UTF-8 in 64 KB
/// blocks with a position and a length each: a million ids are ~16 MB, not a string and a
/// dictionary entry each (~80 bytes). With <c>unikke</c> an id added twice gets its first number
/// (open addressing over the bytes); without, every id is new (indsats_id, compared only between
/// near-copies). Not thread-safe for writers; reading numbers already handed out is safe.
/// </summary>
internal sealed class IdTabel(bool unikke)
{
    private const int Skift = 16, Blok = 1 << Skift;

    private readonly List<byte[]> _blokke = [];
    // Each id's position (block << 16 | offset); its length is written in the block just before
    // its bytes (one byte under 128, else two), so a look-up in a large table misses the cache
    // once for the position and once for length and bytes together, and an id costs 5 bytes beside its own.
    private readonly Blokke<int> _position = new();
    // Open addressing: a bucket holds number + 1 in its low _bits bits (0: empty) and the rest of
    // the id's hash above them, so a bucket of another id is passed over without reading its bytes.
    private uint[] _spande = unikke ? new uint[128] : [];
    private int _bits = 7;
    // Where the next id goes (a position as block << 16 | offset).
    private int _naeste;

    /// <summary>Longest id (UTF-8 bytes) the two-byte length holds; the reader's are at most 600.</summary>
    public const int MaksLaengde = 0x7FFF;

    public int Antal => _position.Count;

    public ReadOnlySpan<byte> Bytes(int i)
    {
        var position = _position[i];
        var blok = _blokke[position >> Skift];
        var o = position & (Blok - 1);
        int laengde = blok[o];
        if (laengde < 0x80) return blok.AsSpan(o + 1, laengde);
        return blok.AsSpan(o + 2, (laengde & 0x7F) << 8 | blok[o + 1]);
    }

    private static int Forlaeng(int laengde) => laengde < 0x80 ? 1 : 2;

    public string Tekst(int i) => Encoding.UTF8.GetString(Bytes(i));

    /// <summary>Ordinal as .NET strings compare (UTF-16 code units), whatever the bytes.</summary>
    public int Sammenlign(int a, int b) => Sammenlign(Bytes(a), Bytes(b));

    public static int Sammenlign(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Span<char> x = stackalloc char[Celle.MaksTegn], y = stackalloc char[Celle.MaksTegn];
        var n = Encoding.UTF8.GetChars(a, x);
        var m = Encoding.UTF8.GetChars(b, y);
        return ((ReadOnlySpan<char>)x[..n]).SequenceCompareTo(y[..m]);
    }

    /// <summary>The number of <paramref name="id"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> id)
    {
        Span<byte> b = stackalloc byte[Celle.MaksTegn * 3];
        return Find(b[..Encoding.UTF8.GetBytes(id, b)]);
    }

    public int Find(ReadOnlySpan<byte> id) => Find(id, (uint)Hash(id));

    /// <summary>
    /// Starts loading the bucket a look-up of <paramref name="id"/> begins at, and returns the id's
    /// hash for <see cref="Find(ReadOnlySpan{byte}, uint)"/>: in a large table (the national
    /// register) that bucket is a cache miss, which the caller's other work then hides.
    /// </summary>
    public unsafe uint Forbered(ReadOnlySpan<byte> id)
    {
        var h = (uint)Hash(id);
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref _spande[h & ((1u << _bits) - 1)]));
        return h;
    }

    /// <summary>The number of <paramref name="id"/> whose <see cref="Hash"/> is <paramref name="h"/>, or -1.</summary>
    public int Find(ReadOnlySpan<byte> id, uint h)
    {
        if (!unikke) throw new InvalidOperationException("tabellen slår ikke op");
        var maske = (1u << _bits) - 1;
        var resten = h >> _bits;
        for (var s = h & maske; ; s = (s + 1) & maske)
        {
            var v = _spande[s];
            if (v == 0) return -1;
            if (v >> _bits == resten && Bytes((int)(v & maske) - 1).SequenceEqual(id)) return (int)(v & maske) - 1;
        }
    }

    /// <summary>The id's number: its first one when the table keeps ids unique and has it already.</summary>
    public int Tilfoej(ReadOnlySpan<char> id)
    {
        Span<byte> b = stackalloc byte[Celle.MaksTegn * 3];
        return Tilfoej(b[..Encoding.UTF8.GetBytes(id, b)]);
    }

    public int Tilfoej(ReadOnlySpan<byte> id)
    {
        if (unikke && Find(id) is var fandt and >= 0) return fandt;
        var nr = Antal;
        Skriv(id);
        if (unikke)
        {
            if (Antal * 2 > _spande.Length) Udvid();
            else Placer(nr);
        }
        return nr;
    }

    /// <summary>
    /// Keeps only the ids <paramref name="behold"/> says (in order, renumbered 0, 1 …), in place:
    /// a kept id only ever moves towards the front.
    /// </summary>
    public void Behold(Func<int, bool> behold)
    {
        if (unikke) throw new InvalidOperationException("en unik tabel nummereres ikke om");
        var antal = Antal;
        var ny = 0;
        _naeste = 0;
        for (var i = 0; i < antal; i++)
        {
            if (!behold(i)) continue;
            var laengde = Bytes(i).Length;
            var fra = _position[i];
            var n = Forlaeng(laengde) + laengde;
            var plads = Plads(n);
            _blokke[fra >> Skift].AsSpan(fra & (Blok - 1), n).CopyTo(_blokke[plads >> Skift].AsSpan(plads & (Blok - 1)));
            _position[ny++] = plads;
            _naeste = plads + n;
        }
        _position.Afkort(ny);
        var blokke = (_naeste >> Skift) + 1;
        if (_blokke.Count > blokke) _blokke.RemoveRange(blokke, _blokke.Count - blokke);
    }

    private void Skriv(ReadOnlySpan<byte> id)
    {
        if (id.Length > MaksLaengde) throw new ArgumentException($"et id på {id.Length} bytes er for langt (højst {MaksLaengde})", nameof(id));
        var n = Forlaeng(id.Length) + id.Length;
        var plads = Plads(n);
        while ((plads >> Skift) >= _blokke.Count) _blokke.Add(new byte[Stoerrelse(_blokke.Count)]);
        var ud = _blokke[plads >> Skift].AsSpan(plads & (Blok - 1));
        if (id.Length < 0x80) ud[0] = (byte)id.Length;
        else
        {
            ud[0] = (byte)(0x80 | id.Length >> 8);
            ud[1] = (byte)id.Length;
        }
        id.CopyTo(ud[Forlaeng(id.Length)..]);
        _position.Tilfoej(plads);
        _naeste = plads + n;
    }

    /// <summary>Block b's size: the first ones small, as most tables are (a kommune's codes, a view's foreign ids), then 64 KB.</summary>
    private static int Stoerrelse(int b) => b < 3 ? 1024 << (2 * b) : Blok;

    /// <summary>Where an id of this many bytes (length included) goes: at the next free byte, or at the start of the next block it fits in.</summary>
    private int Plads(int laengde)
    {
        if ((_naeste & (Blok - 1)) + laengde <= Stoerrelse(_naeste >> Skift)) return _naeste;
        // A block too small for a long id (from a list, not the reader) is passed over.
        var b = (_naeste >> Skift) + 1;
        while (Stoerrelse(b) < laengde) b++;
        return b << Skift;
    }

    private void Udvid()
    {
        _spande = new uint[_spande.Length * 2];
        _bits++;
        for (var i = 0; i < Antal; i++) Placer(i);
    }

    private void Placer(int i)
    {
        var h = (uint)Hash(Bytes(i));
        var maske = (1u << _bits) - 1;
        var s = h & maske;
        while (_spande[s] != 0) s = (s + 1) & maske;
        _spande[s] = (h >> _bits << _bits) | (uint)(i + 1);
    }

    /// <summary>
    /// Eight bytes at a step, then murmur3's finaliser so the low bits (the bucket) depend on
    /// every byte: a code's text of 30 bytes is 4 steps, not 30. The order of ids never depends on it.
    /// </summary>
    public static int Hash(ReadOnlySpan<byte> b)
    {
        // The length spread over every bit: xored in plain, lengths 12 and 13 differ in the low bit only, which the first byte's low bit cancels.
        var h = 0xCBF29CE484222325ul ^ ((ulong)b.Length * 0x9E3779B97F4A7C15ul);
        for (; b.Length >= 8; b = b[8..]) h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(b)) * 0x100000001B3ul;
        if (!b.IsEmpty)
        {
            var rest = 0ul;
            for (var i = 0; i < b.Length; i++) rest |= (ulong)b[i] << (8 * i);
            h = (h ^ rest) * 0x100000001B3ul;
        }
        h = (h ^ (h >> 33)) * 0xFF51AFD7ED558CCDul;
        h = (h ^ (h >> 33)) * 0xC4CEB9FE1A85EC53ul;
        return (int)(h ^ (h >> 33)) & int.MaxValue;
    }
}
