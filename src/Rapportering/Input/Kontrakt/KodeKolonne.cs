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

    private readonly IdTabel _raa = new(unikke: true);
    private readonly List<int> _raaVaerdi = [];
    private readonly Dictionary<string, int> _vaerdier = new(StringComparer.Ordinal);
    private readonly List<string> _tekster = [];
    private readonly List<int> _koder = [];

    /// <summary>The value of a raw cell seen before in a valid cell, or -1.</summary>
    public int Find(ReadOnlySpan<byte> raa) => _raa.Antal > 0 && _raa.Find(raa) is var i and >= 0 ? _raaVaerdi[i] : -1;

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
        if (!raa.IsEmpty && _raa.Antal < MaksRaa && _raa.Tilfoej(raa) == _raaVaerdi.Count) _raaVaerdi.Add(v);
        return v;
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
