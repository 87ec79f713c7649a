using System.Runtime.InteropServices;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// One text column whose values become codes of a <see cref="Kodebog"/> (indsatstype,
/// lovgrundlag, bevilget_af): each distinct value is checked once. A cell whose raw UTF-8 bytes
/// (SQLite) were seen in a valid cell before is that value again — the check
/// (<see cref="Raekkekontrol.Tegn"/>) is a function of the bytes and the column's rules — so it
/// is not decoded, trimmed and checked again. A value gets its code only when a row that holds it
/// is kept (<see cref="Kode"/>): codes are numbered in the order of kept rows, as the rows'
/// texts would number them.
/// </summary>
internal sealed class KodeKolonne(Kodebog koder)
{
    /// <summary>Raw cells remembered at most: a column with more distinct values than this is read the slow way.</summary>
    private const int MaksRaa = 1024;
    private const int UdenKode = int.MinValue;

    // Raw cells by open addressing, each slot its own bytes: a code column has a few dozen
    // distinct cells, read on every row, so a look-up is a hash and one compare in the cache.
    private byte[]?[] _raa = new byte[]?[64];
    private int[] _raaVaerdi = new int[64];
    private int _antalRaa;
    private readonly Dictionary<string, int> _vaerdier = new(StringComparer.Ordinal);
    private readonly List<string> _tekster = [];
    private readonly List<int> _koder = [];

    /// <summary>The value of a raw cell seen before in a valid cell, or -1.</summary>
    public int Find(ReadOnlySpan<byte> raa)
    {
        var maske = _raa.Length - 1;
        for (var s = IdTabel.Hash(raa) & maske; ; s = (s + 1) & maske)
        {
            if (_raa[s] is not { } noegle) return -1;
            if (noegle.AsSpan().SequenceEqual(raa)) return _raaVaerdi[s];
        }
    }

    /// <summary>The value of a checked text, remembered by its raw bytes when the provider gives them (empty otherwise).</summary>
    public int Tilfoej(ReadOnlySpan<char> tekst, ReadOnlySpan<byte> raa)
    {
        var opslag = _vaerdier.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!opslag.TryGetValue(tekst, out var v))
        {
            v = _tekster.Count;
            var s = new string(tekst);
            _tekster.Add(s);
            _koder.Add(UdenKode);
            _vaerdier[s] = v;
        }
        if (!raa.IsEmpty && _antalRaa < MaksRaa && Find(raa) < 0)
        {
            if (++_antalRaa * 2 > _raa.Length) Udvid();
            Placer(raa.ToArray(), v);
        }
        return v;
    }

    private void Placer(byte[] noegle, int v)
    {
        var maske = _raa.Length - 1;
        var s = IdTabel.Hash(noegle) & maske;
        while (_raa[s] is not null) s = (s + 1) & maske;
        _raa[s] = noegle;
        _raaVaerdi[s] = v;
    }

    private void Udvid()
    {
        var (raa, vaerdier) = (_raa, _raaVaerdi);
        _raa = new byte[]?[raa.Length * 2];
        _raaVaerdi = new int[raa.Length * 2];
        for (var s = 0; s < raa.Length; s++)
            if (raa[s] is { } noegle) Placer(noegle, vaerdier[s]);
    }

    /// <summary>The code of a value of a kept row (<see cref="Kodebog.Null"/> for none, -1).</summary>
    public int Kode(int vaerdi)
    {
        if (vaerdi < 0) return Kodebog.Null;
        ref var kode = ref CollectionsMarshal.AsSpan(_koder)[vaerdi];
        if (kode == UdenKode) kode = koder.Kode(_tekster[vaerdi]);
        return kode;
    }
}
