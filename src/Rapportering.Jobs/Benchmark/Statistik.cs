namespace Rapportering.Benchmark;

/// <summary>Order statistics over per-kommune timings (nearest-rank percentiles).</summary>
public static class Statistik
{
    public static double Median(IReadOnlyCollection<double> v) => Percentil(v, 50);

    /// <summary>Nearest rank: the smallest value with at least p % of the values at or below it.</summary>
    public static double Percentil(IReadOnlyCollection<double> v, double p)
    {
        if (v.Count == 0) return 0;
        var s = v.Order().ToArray();
        var rang = (int)Math.Ceiling(p / 100.0 * s.Length);
        return s[Math.Clamp(rang, 1, s.Length) - 1];
    }
}
