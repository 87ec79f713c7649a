using Rapportering.Domain;
namespace Rapportering.Figures;

/// <summary>
/// Suppression of small counts (DOMAIN.md "Privacy"). Primary: a row whose taeller is 1–4 persons
/// is undertrykt (vaerdi and taeller null); a row whose naevner is 1–4 also loses its naevner.
/// Secondary: within a group of the catalog (<see cref="Katalog.Grupper"/>: one figure, one period,
/// rows that add up) no suppressed small count may be recoverable from the published numbers; if
/// it is, the next smallest visible part is suppressed too (zeros included, ties in catalog order),
/// until nothing small can be derived. The hjemmebaserede types are such a group: their sum is at
/// least the total, so with the total visible one hidden type is bounded from below by the total
/// minus the visible types, which is the hidden count itself unless persons hold two types.
/// Across figures: a count published by two figures in one period (<see cref="Katalog.Faelles"/>)
/// is hidden in both when it is hidden in one. Per-1000 figures outside a group are checked row by
/// row: their naevner is the population, which reveals nothing.
/// </summary>
public static class Undertrykkelse
{
    public static bool ErLille(int antal) => antal is >= 1 and <= 4;

    public static IReadOnlyList<Observation> Anvend(IReadOnlyList<Observation> observationer) =>
        Anvend(observationer, Katalog.Grupper, Katalog.Faelles);

    /// <summary>With other groups or shared counts: the discretion audit switches a rule off this way.</summary>
    public static IReadOnlyList<Observation> Anvend(IReadOnlyList<Observation> observationer,
        IReadOnlyDictionary<FigurId, Sammensaetning> grupper, IReadOnlyList<FaellesTal>? faelles = null)
    {
        var skjul = new bool[observationer.Count];
        var skjulNaevner = new bool[observationer.Count];
        for (var i = 0; i < observationer.Count; i++)
        {
            if (Antal(observationer[i].Taeller) is { } t && ErLille(t)) skjul[i] = true;
            if (Antal(observationer[i].Naevner) is { } n && ErLille(n)) skjul[i] = skjulNaevner[i] = true;
        }

        var grupperinger = Enumerable.Range(0, observationer.Count)
            .Where(i => grupper.ContainsKey(observationer[i].Noegletal))
            .GroupBy(i => (observationer[i].Noegletal, observationer[i].Periode))
            .Select(g => (Sammensaetning: grupper[g.Key.Noegletal], Raekker: g.ToList()))
            .ToList();
        // A shared count hidden in one figure may hide rows of another, which may call for more
        // secondary suppression there: repeat until nothing changes (each round hides more, so it stops).
        do
        {
            foreach (var (s, raekker) in grupperinger)
                Sekundaer(observationer, raekker, s, skjul, skjulNaevner);
        } while (FaellesTalSkjult(observationer, faelles ?? [], skjul, skjulNaevner));

        return observationer.Select((o, i) => skjul[i]
            ? o with { Vaerdi = null, Taeller = null, Naevner = skjulNaevner[i] ? null : o.Naevner, Undertrykt = true }
            : o).ToList();
    }

    /// <summary>Hides every place of a shared count that is hidden in one place; true if anything changed.
    /// A naevner is hidden with all the rows that carry it (the parts would add up to it).</summary>
    private static bool FaellesTalSkjult(IReadOnlyList<Observation> obs, IReadOnlyList<FaellesTal> faelles, bool[] skjul, bool[] skjulNaevner)
    {
        var aendret = false;
        foreach (var ft in faelles)
        {
            var steder = Enumerable.Range(0, obs.Count)
                .SelectMany(i => ft.Forekomster.Where(f => Passer(f, obs[i])).Select(f => (Raekke: i, f.Felt)))
                .GroupBy(x => obs[x.Raekke].Periode);
            foreach (var periode in steder)
            {
                bool Skjult((int Raekke, TalFelt Felt) x) => x.Felt == TalFelt.Taeller ? skjul[x.Raekke] : skjulNaevner[x.Raekke];
                if (!periode.Any(Skjult) || periode.All(Skjult)) continue;
                foreach (var x in periode.Where(x => !Skjult(x)))
                {
                    skjul[x.Raekke] = true;
                    if (x.Felt == TalFelt.Naevner) skjulNaevner[x.Raekke] = true;
                }
                aendret = true;
            }
        }
        return aendret;
    }

    internal static bool Passer(Forekomst f, Observation o) =>
        o.Noegletal == f.Noegletal && (f.Felt == TalFelt.Naevner || o.Opdeling == f.Opdeling);

    private static int? Antal(decimal? v) => v is { } d ? (int)d : null;

    /// <summary>A number in a group: a row's taeller, the published naevner, or the unpublished rest.</summary>
    private sealed class Celle(int antal, int? raekke, bool skjult)
    {
        public int Antal { get; } = antal;
        public int? Raekke { get; } = raekke;
        public bool Skjult { get; set; } = skjult;
    }

    private static void Sekundaer(IReadOnlyList<Observation> obs, List<int> raekker, Sammensaetning s, bool[] skjul, bool[] skjulNaevner)
    {
        if (raekker.Any(r => Antal(obs[r].Taeller) is null)) return;
        var naevner = Antal(obs[raekker[0]].Naevner);
        // The per-type naevner is the population: not part of the sum, and it may be missing.
        if (naevner is null && s != Sammensaetning.Overlappende) return;

        var celler = raekker.Select(r => new Celle(Antal(obs[r].Taeller)!.Value, r, skjul[r])).ToList();
        var total = raekker.Count > 1 ? celler.FirstOrDefault(c => obs[c.Raekke!.Value].Opdeling is null) : null;
        var dele = celler.Where(c => c != total).ToList();

        // Relations: the first cell of each is the sum of the others. For Overlappende the sum is at
        // least the total, taken as equal: the bound then gives the hidden part away as surely.
        var relationer = new List<Celle[]>();
        if (total is not null) relationer.Add([total, .. dele]);
        if (s != Sammensaetning.Overlappende)
        {
            var n = new Celle(naevner!.Value, null, raekker.Any(r => skjulNaevner[r]));
            var top = total is not null ? new List<Celle> { total } : dele;
            if (s == Sammensaetning.MedRest)
            {
                var rest = new Celle(naevner.Value - top.Sum(c => c.Antal), null, skjult: true);
                celler.Add(rest);
                relationer.Add([n, .. top, rest]);
            }
            else if (total is null)
            {
                relationer.Add([n, .. dele]);
            }
            celler.Add(n);
        }

        // Each round either ends or hides one more row, so this stops.
        while (Afsloeret(celler, relationer) is { } afsloeret)
        {
            var valgt = Naeste(afsloeret, relationer);
            if (valgt is null)
            {
                foreach (var c in celler.Where(c => c.Raekke is not null)) c.Skjult = true;
                break;
            }
            valgt.Skjult = true;
        }
        foreach (var c in celler)
            if (c.Raekke is { } r && c.Skjult) skjul[r] = true;
    }

    /// <summary>A hidden small count that the visible numbers give away, if any.</summary>
    private static Celle? Afsloeret(List<Celle> celler, List<Celle[]> relationer)
    {
        var kendt = celler.Where(c => !c.Skjult).ToHashSet();
        bool aendret;
        do
        {
            aendret = false;
            foreach (var rel in relationer)
            {
                var ukendte = rel.Where(c => !kendt.Contains(c)).Take(2).ToList();
                if (ukendte.Count == 1) aendret |= kendt.Add(ukendte[0]);
            }
        } while (aendret);
        return celler.FirstOrDefault(c => c.Skjult && ErLille(c.Antal) && kendt.Contains(c));
    }

    /// <summary>The cell to hide next: the smallest visible part of a relation that holds the
    /// revealed cell (parts before a sub-total); if there is none, look one relation further.</summary>
    private static Celle? Naeste(Celle afsloeret, List<Celle[]> relationer)
    {
        var naboer = relationer.Where(r => r.Contains(afsloeret)).ToList();
        while (true)
        {
            var kandidat = naboer
                .SelectMany(r => r.Select((c, i) => (c, ErTotal: i == 0)))
                .Where(x => x.c.Raekke is not null && !x.c.Skjult)
                .OrderBy(x => x.ErTotal).ThenBy(x => x.c.Antal)
                .Select(x => x.c)
                .FirstOrDefault();
            if (kandidat is not null) return kandidat;
            var flere = relationer.Where(r => !naboer.Contains(r) && r.Any(c => naboer.Any(n => n.Contains(c)))).ToList();
            if (flere.Count == 0) return null;
            naboer.AddRange(flere);
        }
    }
}
