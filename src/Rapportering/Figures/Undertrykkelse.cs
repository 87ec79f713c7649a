namespace Rapportering.Figures;

/// <summary>How the rows of one figure and period add up to their common naevner.</summary>
public enum Sammensaetning
{
    /// <summary>The parts add up to the naevner exactly (anbringelsesformer, bevægelser op/ned/ingen).</summary>
    Udtoemmende,
    /// <summary>The parts add up to the naevner minus an unpublished rest (BFU: those without a BFU;
    /// ophørte: those still on institution). The rest is derivable, so it is protected too.</summary>
    MedRest,
}

/// <summary>
/// Suppression of small counts (DOMAIN.md "Privacy"). Primary: a row whose taeller is 1–4 persons
/// is undertrykt (vaerdi and taeller null); a row whose naevner is 1–4 also loses its naevner.
/// Secondary: within an additive group (one figure, one period, rows that add up to the naevner)
/// no suppressed small count may be recoverable from the published numbers; if it is, the next
/// smallest visible part is suppressed too, until nothing small can be derived.
/// Figures not listed as a group are checked row by row: per-1000 figures, and
/// hjemmebaserede per type, which is not additive (a person can count under several types).
/// </summary>
public static class Undertrykkelse
{
    public static bool ErLille(int antal) => antal is >= 1 and <= 4;

    /// <summary>The additive groups among the key figures. In a group, the row with opdeling null
    /// (when there are other rows) is the sum of the other rows.</summary>
    public static readonly IReadOnlyDictionary<string, Sammensaetning> Noegletalsgrupper = new Dictionary<string, Sammensaetning>(StringComparer.Ordinal)
    {
        [Katalog.Anbringelsesformer.Id] = Sammensaetning.Udtoemmende,
        [Katalog.BevaegelserFraHjemmebaserede.Id] = Sammensaetning.Udtoemmende,
        [Katalog.OphoerteInstitutionsanbringelser.Id] = Sammensaetning.MedRest,
        [Katalog.ForebyggendeEfterfulgtAfBfu.Id] = Sammensaetning.MedRest,
    };

    public static IReadOnlyList<Observation> Anvend(IReadOnlyList<Observation> observationer) =>
        Anvend(observationer, Noegletalsgrupper);

    public static IReadOnlyList<Observation> Anvend(IReadOnlyList<Observation> observationer, IReadOnlyDictionary<string, Sammensaetning> grupper)
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
            .GroupBy(i => (observationer[i].Noegletal, observationer[i].Periode));
        foreach (var g in grupperinger)
            Sekundaer(observationer, g.ToList(), grupper[g.Key.Noegletal], skjul);

        return observationer.Select((o, i) => skjul[i]
            ? o with { Vaerdi = null, Taeller = null, Naevner = skjulNaevner[i] ? null : o.Naevner, Undertrykt = true }
            : o).ToList();
    }

    private static int? Antal(decimal? v) => v is { } d ? (int)d : null;

    /// <summary>A number in a group: a row's taeller, the published naevner, or the unpublished rest.</summary>
    private sealed class Celle(int antal, int? raekke, bool skjult)
    {
        public int Antal { get; } = antal;
        public int? Raekke { get; } = raekke;
        public bool Skjult { get; set; } = skjult;
    }

    private static void Sekundaer(IReadOnlyList<Observation> obs, List<int> raekker, Sammensaetning s, bool[] skjul)
    {
        var naevner = Antal(obs[raekker[0]].Naevner);
        if (naevner is null || raekker.Any(r => Antal(obs[r].Taeller) is null)) return;

        var celler = raekker.Select(r => new Celle(Antal(obs[r].Taeller)!.Value, r, skjul[r])).ToList();
        var total = raekker.Count > 1 ? celler.FirstOrDefault(c => obs[c.Raekke!.Value].Opdeling is null) : null;
        var dele = celler.Where(c => c != total).ToList();
        var n = new Celle(naevner.Value, null, skjulNaevner(naevner.Value));

        // Relations: the first cell of each is the sum of the others.
        var relationer = new List<Celle[]>();
        if (total is not null) relationer.Add([total, .. dele]);
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

        static bool skjulNaevner(int antal) => ErLille(antal);
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
