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

        var grupperinger = Grupperinger(observationer, grupper);
        var steder = (faelles ?? []).Select(ft => Steder(observationer, ft)).ToList();
        // A shared count hidden in one figure may hide rows of another, which may call for more
        // secondary suppression there: repeat until nothing changes (each round hides more, so it stops).
        do
        {
            foreach (var (s, raekker) in grupperinger)
                Sekundaer(observationer, raekker, s, skjul, skjulNaevner);
        } while (FaellesTalSkjult(steder, skjul, skjulNaevner));

        var ud = new List<Observation>(observationer.Count);
        for (var i = 0; i < observationer.Count; i++)
        {
            var o = observationer[i];
            ud.Add(skjul[i] ? o with { Vaerdi = null, Taeller = null, Naevner = skjulNaevner[i] ? null : o.Naevner, Undertrykt = true } : o);
        }
        return ud;
    }

    /// <summary>The rows of each group (one figure of <paramref name="grupper"/>, one period), in the
    /// order the groups first occur and each group's rows in the order given. A figure's rows come
    /// one after another, so its id is looked up once per run of rows, not per row.</summary>
    private static List<(Sammensaetning Sammensaetning, List<int> Raekker)> Grupperinger(
        IReadOnlyList<Observation> obs, IReadOnlyDictionary<FigurId, Sammensaetning> grupper)
    {
        var ud = new List<(Sammensaetning, List<int>)>();
        var figurer = new List<FigurId>();
        var efterNoegle = new Dictionary<(int Figur, Periode Periode), int>();
        FigurId? forrige = null;
        var figur = -1;
        Sammensaetning? sammensaetning = null;
        for (var i = 0; i < obs.Count; i++)
        {
            var id = obs[i].Noegletal;
            if (forrige != id)
            {
                forrige = id;
                sammensaetning = grupper.TryGetValue(id, out var g) ? g : null;
                figur = figurer.IndexOf(id);
                if (figur < 0) { figur = figurer.Count; figurer.Add(id); }
            }
            if (sammensaetning is not { } s) continue;
            if (!efterNoegle.TryGetValue((figur, obs[i].Periode), out var nr))
            {
                efterNoegle[(figur, obs[i].Periode)] = nr = ud.Count;
                ud.Add((s, []));
            }
            ud[nr].Item2.Add(i);
        }
        return ud;
    }

    /// <summary>Where one shared count is published, per period: the rows and which of their numbers.
    /// It depends on the rows only, not on what is hidden, so it is found once.</summary>
    private static List<List<(int Raekke, TalFelt Felt)>> Steder(IReadOnlyList<Observation> obs, FaellesTal ft)
    {
        var ud = new List<List<(int, TalFelt)>>();
        var efterPeriode = new Dictionary<Periode, int>();
        for (var i = 0; i < obs.Count; i++)
            foreach (var f in ft.Forekomster)
            {
                if (!Passer(f, obs[i])) continue;
                if (!efterPeriode.TryGetValue(obs[i].Periode, out var nr))
                {
                    efterPeriode[obs[i].Periode] = nr = ud.Count;
                    ud.Add([]);
                }
                ud[nr].Add((i, f.Felt));
            }
        return ud;
    }

    /// <summary>Hides every place of a shared count that is hidden in one place; true if anything changed.
    /// A naevner is hidden with all the rows that carry it (the parts would add up to it).</summary>
    private static bool FaellesTalSkjult(List<List<List<(int Raekke, TalFelt Felt)>>> steder, bool[] skjul, bool[] skjulNaevner)
    {
        var aendret = false;
        foreach (var perioder in steder)
            foreach (var periode in perioder)
            {
                bool Skjult((int Raekke, TalFelt Felt) x) => x.Felt == TalFelt.Taeller ? skjul[x.Raekke] : skjulNaevner[x.Raekke];
                int skjulte = 0;
                foreach (var x in periode) if (Skjult(x)) skjulte++;
                if (skjulte == 0 || skjulte == periode.Count) continue;
                foreach (var x in periode)
                {
                    if (Skjult(x)) continue;
                    skjul[x.Raekke] = true;
                    if (x.Felt == TalFelt.Naevner) skjulNaevner[x.Raekke] = true;
                }
                aendret = true;
            }
        return aendret;
    }

    internal static bool Passer(Forekomst f, Observation o) =>
        o.Noegletal == f.Noegletal && (f.Felt == TalFelt.Naevner || o.Opdeling == f.Opdeling);

    private static int? Antal(decimal? v) => v is { } d ? (int)d : null;

    /// <summary>A number in a group: a row's taeller, the published naevner, or the unpublished rest;
    /// <see cref="Nr"/> is its place among the group's numbers.</summary>
    private sealed class Celle(int nr, int antal, int? raekke, bool skjult)
    {
        public int Nr { get; } = nr;
        public int Antal { get; } = antal;
        public int? Raekke { get; } = raekke;
        public bool Skjult { get; set; } = skjult;
    }

    private static void Sekundaer(IReadOnlyList<Observation> obs, List<int> raekker, Sammensaetning s, bool[] skjul, bool[] skjulNaevner)
    {
        foreach (var r in raekker) if (obs[r].Taeller is null) return;
        var naevner = Antal(obs[raekker[0]].Naevner);
        // The per-type naevner is the population: not part of the sum, and it may be missing.
        if (naevner is null && s != Sammensaetning.Overlappende) return;

        var celler = new List<Celle>(raekker.Count + 2);
        foreach (var r in raekker) celler.Add(new Celle(celler.Count, Antal(obs[r].Taeller)!.Value, r, skjul[r]));
        Celle? total = null;
        if (raekker.Count > 1)
            foreach (var c in celler)
                if (obs[c.Raekke!.Value].Opdeling is null) { total = c; break; }
        var dele = new List<Celle>(celler.Count);
        foreach (var c in celler) if (c != total) dele.Add(c);

        // Relations: the first cell of each is the sum of the others. For Overlappende the sum is at
        // least the total, taken as equal: the bound then gives the hidden part away as surely.
        var relationer = new List<Celle[]>(2);
        if (total is not null) relationer.Add([total, .. dele]);
        if (s != Sammensaetning.Overlappende)
        {
            var naevnerSkjult = false;
            foreach (var r in raekker) naevnerSkjult |= skjulNaevner[r];
            Celle? rest = null;
            if (s == Sammensaetning.MedRest)
            {
                var top = total is not null ? total.Antal : dele.Sum(c => c.Antal);
                celler.Add(rest = new Celle(celler.Count, naevner!.Value - top, null, skjult: true));
            }
            var n = new Celle(celler.Count, naevner!.Value, null, naevnerSkjult);
            celler.Add(n);
            if (rest is not null) relationer.Add(total is not null ? [n, total, rest] : [n, .. dele, rest]);
            else if (total is null) relationer.Add([n, .. dele]);
        }

        // Each round either ends or hides one more row, so this stops.
        Span<bool> kendt = stackalloc bool[celler.Count];
        while (Afsloeret(celler, relationer, kendt) is { } afsloeret)
        {
            var valgt = Naeste(afsloeret, relationer);
            if (valgt is null)
            {
                foreach (var c in celler) if (c.Raekke is not null) c.Skjult = true;
                break;
            }
            valgt.Skjult = true;
        }
        foreach (var c in celler)
            if (c.Raekke is { } r && c.Skjult) skjul[r] = true;
    }

    /// <summary>A hidden small count that the visible numbers give away, if any. <paramref name="kendt"/>
    /// is room for what is known, one place per cell.</summary>
    private static Celle? Afsloeret(List<Celle> celler, List<Celle[]> relationer, Span<bool> kendt)
    {
        foreach (var c in celler) kendt[c.Nr] = !c.Skjult;
        bool aendret;
        do
        {
            aendret = false;
            foreach (var rel in relationer)
            {
                Celle? ukendt = null;
                var ukendte = 0;
                foreach (var c in rel)
                {
                    if (kendt[c.Nr]) continue;
                    ukendt = c;
                    if (++ukendte == 2) break;
                }
                if (ukendte == 1) { kendt[ukendt!.Nr] = true; aendret = true; }
            }
        } while (aendret);
        foreach (var c in celler)
            if (c.Skjult && ErLille(c.Antal) && kendt[c.Nr]) return c;
        return null;
    }

    /// <summary>The cell to hide next: the smallest visible part of a relation that holds the
    /// revealed cell (parts before a sub-total); if there is none, look one relation further.</summary>
    private static Celle? Naeste(Celle afsloeret, List<Celle[]> relationer)
    {
        var naboer = relationer.Where(r => r.Contains(afsloeret)).ToList();
        while (true)
        {
            // The first of the smallest, parts (not a relation's first cell) before totals.
            Celle? kandidat = null;
            var kandidatErTotal = false;
            foreach (var r in naboer)
                for (var i = 0; i < r.Length; i++)
                {
                    var c = r[i];
                    if (c.Raekke is null || c.Skjult) continue;
                    var erTotal = i == 0;
                    if (kandidat is null || (!erTotal && kandidatErTotal) || (erTotal == kandidatErTotal && c.Antal < kandidat.Antal))
                    {
                        kandidat = c;
                        kandidatErTotal = erTotal;
                    }
                }
            if (kandidat is not null) return kandidat;
            var flere = relationer.Where(r => !naboer.Contains(r) && r.Any(c => naboer.Any(n => n.Contains(c)))).ToList();
            if (flere.Count == 0) return null;
            naboer.AddRange(flere);
        }
    }
}
