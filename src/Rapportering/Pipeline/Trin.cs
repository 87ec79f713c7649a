using System.Diagnostics;

namespace Rapportering.Pipeline;

/// <summary>The named steps of one kommune's report, left to right; the benchmark times each.</summary>
public enum Trin { Indlaes, Beregn, Komponer, Pdf, Xlsx, Html, Json }

/// <summary>Collects elapsed time per step. Thread-safe so parallel kommuner can share one.</summary>
public sealed class Trintider
{
    private readonly Dictionary<Trin, List<TimeSpan>> _tider = [];
    private readonly Lock _laas = new();

    public T Maal<T>(Trin trin, Func<T> arbejde)
    {
        var ur = Stopwatch.StartNew();
        var resultat = arbejde();
        Tilfoej(trin, ur.Elapsed);
        return resultat;
    }

    public void Tilfoej(Trin trin, TimeSpan tid)
    {
        lock (_laas)
        {
            if (!_tider.TryGetValue(trin, out var liste)) _tider[trin] = liste = [];
            liste.Add(tid);
        }
    }

    public IReadOnlyDictionary<Trin, IReadOnlyList<TimeSpan>> Alle()
    {
        lock (_laas) return _tider.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<TimeSpan>)kv.Value.ToList());
    }
}
