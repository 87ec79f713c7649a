namespace Rapportering.Input;

/// <summary>
/// Shares repeated short texts (indsatstype, lovgrundlag, funktion ...) between rows, so
/// hundreds of thousands of rows hold a handful of strings instead of one copy each.
/// Thread-safe: the national read fills rows from several views at once.
/// </summary>
internal sealed class Tekstpulje
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _pulje = new(StringComparer.Ordinal);

    public string? Hent(string? tekst) => tekst is null ? null : _pulje.GetOrAdd(tekst, tekst);
}
