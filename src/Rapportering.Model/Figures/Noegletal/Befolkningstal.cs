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
        _datoer = befolkning
            .Where(b => b.KommuneKode == kommuneKode && b.Alder is >= 0 and <= 17)
            .GroupBy(b => b.Dato)
            .Select(g => (g.Key, g.Sum(b => b.Antal)))
            .OrderBy(x => x.Key)
            .ToArray();
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
