using Rapportering.Input;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// The 0-17-årige of one kommune per population date (rap_befolkning is quarterly). On a cut date
/// the latest population date on or before it is used; one older than 12 months is missing.
/// </summary>
internal sealed class Befolkningstal
{
    private readonly (DateOnly Dato, int Antal)[] _datoer;

    public Befolkningstal(IEnumerable<Befolkning> befolkning, int kommuneKode)
    {
        var perDato = new Dictionary<DateOnly, int>();
        foreach (var b in befolkning)
        {
            if (b.KommuneKode != kommuneKode || b.Alder is not (>= 0 and <= 17)) continue;
            perDato[b.Dato] = checked(perDato.GetValueOrDefault(b.Dato) + b.Antal);
        }
        _datoer = new (DateOnly, int)[perDato.Count];
        var i = 0;
        foreach (var (dato, antal) in perDato) _datoer[i++] = (dato, antal);
        Array.Sort(_datoer, (x, y) => x.Dato.CompareTo(y.Dato));
    }

    /// <summary>The 0-17-årige on <paramref name="d"/>, or null when there is no population date
    /// on or before d that is at most 12 months old.</summary>
    public int? Paa(DateOnly d)
    {
        for (var i = _datoer.Length - 1; i >= 0; i--)
        {
            if (_datoer[i].Dato > d) continue;
            return _datoer[i].Dato >= d.AddMonths(-12) ? _datoer[i].Antal : null;
        }
        return null;
    }
}
