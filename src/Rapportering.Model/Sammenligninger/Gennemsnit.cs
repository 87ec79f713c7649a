using Rapportering.Figures;

namespace Rapportering.Sammenligninger;

/// <summary>
/// The average of the kommuner in a comparison for one figure, opdeling and period, as
/// noegletal.dk computes it: where a figure is a rate with a nævner, Σ tællere / Σ nævnere × unit
/// (a large kommune weighs by its size); otherwise the plain mean of the values. A suppressed
/// cell is left out (its tæller is not in the export), never counted as zero. Not an official
/// national figure: that comes from the public figures (<see cref="OffentligSammenligning"/>).
/// </summary>
public sealed record Gennemsnit(decimal Vaerdi, bool Vaegtet, int AntalKommuner)
{
    public static Gennemsnit? Beregn(Figur figur, IEnumerable<Observation> raekker)
    {
        var synlige = raekker.Where(o => !o.Undertrykt).ToList();
        decimal? faktor = figur.Enhed switch { Enhed.Pr1000 => 1000m, Enhed.Pct => 100m, _ => null };
        var vaegtede = synlige.Where(o => o.Taeller is not null && o.Naevner is > 0).ToList();
        if (faktor is { } f && vaegtede.Count > 0)
            return new(vaegtede.Sum(o => o.Taeller!.Value) / vaegtede.Sum(o => o.Naevner!.Value) * f, true, vaegtede.Count);

        var vaerdier = synlige.Where(o => o.Vaerdi is not null).Select(o => o.Vaerdi!.Value).ToList();
        return vaerdier.Count == 0 ? null : new(vaerdier.Average(), false, vaerdier.Count);
    }
}
