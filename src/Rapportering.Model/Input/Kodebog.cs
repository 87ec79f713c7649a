namespace Rapportering.Input;

/// <summary>
/// The few distinct texts of a column (indsatstype, lovgrundlag, bevilget_af) numbered once, so a
/// row holds a number instead of a string. -1 is NULL.
/// </summary>
internal sealed class Kodebog
{
    public const int Null = -1;

    private readonly List<string> _tekster = [];
    private readonly Dictionary<string, int> _numre = new(StringComparer.Ordinal);

    public string? this[int kode] => kode == Null ? null : _tekster[kode];

    public int Antal => _tekster.Count;

    public int Kode(ReadOnlySpan<char> tekst)
    {
        if (_numre.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tekst, out var kode)) return kode;
        var ny = new string(tekst);
        _tekster.Add(ny);
        return _numre[ny] = _tekster.Count - 1;
    }

    public int Kode(string? tekst) => tekst is null ? Null : Kode(tekst.AsSpan());
}
