using System.Text;

using Rapportering.Input.Kontrakt;

namespace Rapportering.Input;

/// <summary>
/// Ids (person_id, indsats_id) numbered 0, 1, 2 … in the order added, kept as UTF-8 in one byte
/// array with one offset each: a million ids are ~15 MB, not a string and a dictionary entry
/// each (~80 bytes). With <c>unikke</c> an id added twice gets its first number (open addressing
/// over the bytes); without, every id is new (indsats_id, compared only between near-copies).
/// Not thread-safe for writers; readers of numbers already handed out are safe.
/// </summary>
internal sealed class IdTabel(bool unikke)
{
    private byte[] _bytes = new byte[1024];
    private int[] _start = new int[65];
    private int[] _spande = unikke ? new int[128] : [];
    private int _laengde;

    public int Antal { get; private set; }

    public ReadOnlySpan<byte> Bytes(int i) => _bytes.AsSpan(_start[i], _start[i + 1] - _start[i]);

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

    public int Find(ReadOnlySpan<byte> id)
    {
        if (!unikke) throw new InvalidOperationException("tabellen slår ikke op");
        var maske = _spande.Length - 1;
        for (var s = Hash(id) & maske; ; s = (s + 1) & maske)
        {
            var i = _spande[s] - 1;
            if (i < 0) return -1;
            if (Bytes(i).SequenceEqual(id)) return i;
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
        if (_laengde + id.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _laengde + id.Length));
        if (Antal + 2 > _start.Length) Array.Resize(ref _start, _start.Length * 2);
        id.CopyTo(_bytes.AsSpan(_laengde));
        _laengde += id.Length;
        var nr = Antal++;
        _start[nr + 1] = _laengde;
        if (unikke)
        {
            if (Antal * 2 > _spande.Length) Udvid();
            else Placer(nr);
        }
        return nr;
    }

    /// <summary>Frees the slack of the growing arrays once reading is done.</summary>
    public void Trim()
    {
        Array.Resize(ref _bytes, _laengde);
        Array.Resize(ref _start, Antal + 1);
    }

    private void Udvid()
    {
        _spande = new int[_spande.Length * 2];
        for (var i = 0; i < Antal; i++) Placer(i);
    }

    private void Placer(int i)
    {
        var maske = _spande.Length - 1;
        var s = Hash(Bytes(i)) & maske;
        while (_spande[s] != 0) s = (s + 1) & maske;
        _spande[s] = i + 1;
    }

    /// <summary>FNV-1a: ids are short; the order of ids never depends on it.</summary>
    public static int Hash(ReadOnlySpan<byte> b)
    {
        var h = 2166136261u;
        foreach (var x in b) h = (h ^ x) * 16777619u;
        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }
}
