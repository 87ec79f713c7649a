using Rapportering.Domain;

namespace Rapportering.Figures;

/// <summary>
/// The receiver's check of another installation's export (issue 17): a count of persons of 1–4
/// that is published, not undertrykt, means the sender did not apply DOMAIN.md's rule — its
/// export is not taken into a comparison that others read. Only the primary rule can be checked
/// here: whether a hidden cell could be worked out needs the true counts, which only the sender has.
/// </summary>
public static class Diskretionskontrol
{
    private static readonly HashSet<FigurId> Personfigurer = Katalog.Alle
        .Where(f => f.Omraade is Omraade.Forebyggende or Omraade.Hjemmebaserede or Omraade.Anbringelser)
        .Select(f => f.Id).ToHashSet();

    /// <summary>The published rows whose taeller or naevner is a count of 1–4 persons.</summary>
    public static int SynligeSmaaAntal(IEnumerable<Observation> observationer) =>
        observationer.Count(o => !o.Undertrykt && Personfigurer.Contains(o.Noegletal) && (Lille(o.Taeller) || Lille(o.Naevner)));

    private static bool Lille(decimal? antal) => antal is { } a && a == decimal.Truncate(a) && Undertrykkelse.ErLille((int)a);
}
