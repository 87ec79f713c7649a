namespace Rapportering.Input;

/// <summary>
/// Shares repeated short texts (indsatstype, lovgrundlag, funktion ...) between rows, so
/// hundreds of thousands of rows hold a handful of strings instead of one copy each.
/// Thread-safe: the national read fills rows from several views at once.
/// </summary>
internal sealed class Tekstpulje : Kontrakt.ITekstKilde
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _pulje = new(StringComparer.Ordinal);

    public string? Hent(string? tekst) => tekst is null ? null : _pulje.GetOrAdd(tekst, tekst);

    /// <summary>The pool's string for these characters; a new one is made (and kept) only the first time.</summary>
    public string Hent(ReadOnlySpan<char> tekst)
    {
        if (_pulje.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tekst, out var s)) return s;
        var ny = new string(tekst);
        return _pulje.GetOrAdd(ny, ny);
    }
}
