using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Tests.Report;

/// <summary>A count of 1–4 persons that the published numbers give away.</summary>
internal sealed record Laek(int Kommune, string Celle, long Sand, long Fra, long Til)
{
    public override string ToString() => $"{Kommune} {Celle}: sand {Sand}, kan regnes ud til [{Fra}; {(Til >= Diskretionsrevision.Uendelig ? "∞" : Til)}]";
}

/// <summary>What one audit saw.</summary>
internal sealed class Revisionsresultat
{
    public int Perioder;
    public int Relationer;
    public int Celler;
    public int SkjulteCeller;
    public int FraVaerdi;
    public readonly List<Laek> Laek = [];
    public readonly List<string> Middelvaerdier = [];
}

/// <summary>
/// The discretion audit: written apart from <see cref="Undertrykkelse"/> on purpose, from the
/// published cells of a figures export alone. Every count of persons is a variable (a row's
/// taeller, a figure's naevner per period, the unpublished rest of a MedRest group); a shared
/// count (Katalog.Faelles) is one variable. Known: every published taeller and naevner, and any
/// count a published value gives back (vaerdi × naevner / 1000 or / 100, or taeller ÷ vaerdi for
/// a naevner). Every relation of the catalog (groups, shared counts, bounds across figures) is
/// then used to narrow each unknown count to an interval [fra; til], until nothing changes.
/// A leak: a count that is truly 1–4 and either published or bounded from below by 1 or more.
/// School figures: a suppressed mean must not follow from the gap and the other mean.
/// </summary>
internal static class Diskretionsrevision
{
    public const long Uendelig = 1L << 40;

    private static readonly HashSet<Omraade> Personomraader = [Omraade.Forebyggende, Omraade.Hjemmebaserede, Omraade.Anbringelser];

    /// <param name="sande">The unsuppressed rows (the model before suppression): only to tell which counts are truly 1–4.</param>
    public static Revisionsresultat Revider(FigurEksport publiceret, IReadOnlyList<Observation> sande, Revisionsresultat? r = null)
    {
        r ??= new Revisionsresultat();
        var pub = publiceret.Observationer.Where(o => Personomraader.Contains(Katalog.Hent(o.Noegletal).Omraade)).ToList();
        var perioder = pub.Select(o => o.Periode.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        r.Perioder += perioder.Count;

        var model = new Model();
        // True values and the cells a reader can see.
        foreach (var o in sande.Where(o => Personomraader.Contains(Katalog.Hent(o.Noegletal).Omraade)))
        {
            if (o.Taeller is { } t) model.Sand[model.Kanon(T(o.Noegletal, o.Opdeling, o.Periode.ToString()), o.Periode.ToString())] = (long)t;
            if (o.Naevner is { } n) model.Sand[model.Kanon(N(o.Noegletal, o.Periode.ToString()), o.Periode.ToString())] = (long)n;
        }
        foreach (var o in pub)
        {
            var faktor = Katalog.Hent(o.Noegletal).Enhed == Enhed.Pr1000 ? 1000m : 100m;
            var t = o.Taeller ?? (o.Vaerdi is { } v && o.Naevner is { } nn ? Math.Round(v * nn / faktor) : null);
            var n = o.Naevner ?? (o.Vaerdi is { } v2 and not 0 && o.Taeller is { } tt ? Math.Round(tt * faktor / v2) : null);
            if (o.Taeller is null && t is not null || o.Naevner is null && n is not null) r.FraVaerdi++;
            var tk = model.Kanon(T(o.Noegletal, o.Opdeling, o.Periode.ToString()), o.Periode.ToString());
            var nk = model.Kanon(N(o.Noegletal, o.Periode.ToString()), o.Periode.ToString());
            model.Variabel(tk);
            model.Variabel(nk);
            if (t is { } kt) model.Kend(tk, (long)kt);
            if (n is { } kn) model.Kend(nk, (long)kn);
        }

        foreach (var p in perioder) Relationer(model, pub, p);
        r.Relationer += model.Relationer.Count;
        model.Indsnaevr();

        foreach (var (celle, (fra, til)) in model.Interval)
        {
            r.Celler++;
            if (fra != til) r.SkjulteCeller++;
            if (model.Sand.TryGetValue(celle, out var sand) && Undertrykkelse.ErLille((int)Math.Min(sand, int.MaxValue)) && fra >= 1)
                r.Laek.Add(new Laek(publiceret.Kommune, celle, sand, fra, til));
        }

        Middelvaerdier(publiceret, r);
        return r;
    }

    private static string T(FigurId id, Opdeling? opdeling, string periode) => $"{id}/{opdeling?.Kode ?? "i_alt"}/taeller@{periode}";
    private static string N(FigurId id, string periode) => $"{id}/naevner@{periode}";
    private static string Rest(FigurId id, string periode) => $"{id}/rest@{periode}";

    private static string Sted(Model m, Forekomst f, string periode) =>
        m.Kanon(f.Felt == TalFelt.Naevner ? N(f.Noegletal, periode) : T(f.Noegletal, f.Opdeling, periode), periode);

    /// <summary>The catalog's relations in one period, as sums: left (= or ≤) right.</summary>
    private static void Relationer(Model m, List<Observation> pub, string p)
    {
        foreach (var (id, s) in Katalog.Grupper)
        {
            var raekker = pub.Where(o => o.Noegletal == id && o.Periode.ToString() == p).ToList();
            if (raekker.Count == 0) continue;
            var total = raekker.Count > 1 ? raekker.FirstOrDefault(o => o.Opdeling is null) : null;
            var dele = raekker.Where(o => o != total).Select(o => m.Kanon(T(id, o.Opdeling, p), p)).ToList();
            var n = m.Kanon(N(id, p), p);
            string? tk = total is null ? null : m.Kanon(T(id, null, p), p);
            switch (s)
            {
                case Sammensaetning.Overlappende when tk is not null:
                    m.Relation([tk], dele, lig: false); // the total is at most the sum of the types
                    foreach (var d in dele) m.Relation([d], [tk], lig: false); // a type is at most the total
                    break;
                case Sammensaetning.Udtoemmende:
                    if (tk is not null) m.Relation([tk], dele, lig: true);
                    m.Relation([n], tk is not null ? [tk] : dele, lig: true);
                    break;
                case Sammensaetning.MedRest:
                    if (tk is not null) m.Relation([tk], dele, lig: true);
                    var rest = Rest(id, p);
                    m.Variabel(rest);
                    if (m.Sand.TryGetValue(n, out var sn))
                        m.Sand[rest] = sn - (tk is not null ? m.Sand.GetValueOrDefault(tk) : dele.Sum(d => m.Sand.GetValueOrDefault(d)));
                    m.Relation([n], [.. tk is not null ? [tk] : dele, rest], lig: true);
                    break;
            }
        }
        foreach (var g in Katalog.Graenser)
        {
            var q = g.ForrigeSkaeringsdato ? Skaeringsdato.Parse(p).Forrige().Iso : p;
            bool Findes(Forekomst f, string periode) => pub.Any(o => o.Periode.ToString() == periode && Undertrykkelse.Passer(f, o));
            if (!g.Mindre.All(f => Findes(f, p)) || !g.Stoerre.All(f => Findes(f, q))) continue;
            m.Relation(g.Mindre.Select(f => Sted(m, f, p)).ToList(), g.Stoerre.Select(f => Sted(m, f, q)).ToList(), lig: false);
        }
    }

    private static void Middelvaerdier(FigurEksport e, Revisionsresultat r)
    {
        foreach (var d in Katalog.Differenser)
            foreach (var g in e.Observationer.Where(o => o.Noegletal == d.Noegletal).GroupBy(o => o.Periode.ToString()))
            {
                var raekker = new[] { d.Forskel, d.Minuend, d.Subtrahend }.Select(o => g.FirstOrDefault(x => x.Opdeling == o)).ToList();
                if (raekker.Any(x => x is null)) continue;
                r.Relationer++;
                if (raekker.Count(x => x!.Vaerdi is null) == 1 && raekker.Single(x => x!.Vaerdi is null)!.Undertrykt)
                    r.Middelvaerdier.Add($"{e.Kommune} {d.Noegletal} {g.Key}: et undertrykt gennemsnit følger af de to andre");
            }
    }

    /// <summary>Counts as intervals, narrowed by sums until nothing changes.</summary>
    private sealed class Model
    {
        public readonly Dictionary<string, long> Sand = new(StringComparer.Ordinal);
        public readonly Dictionary<string, (long Fra, long Til)> Interval = new(StringComparer.Ordinal);
        public readonly List<(List<string> Venstre, List<string> Hoejre, bool Lig)> Relationer = [];

        /// <summary>A shared count has one name: its first place in Katalog.Faelles.</summary>
        public string Kanon(string navn, string periode)
        {
            foreach (var ft in Katalog.Faelles)
                if (ft.Forekomster.Any(f => Navn(f, periode) == navn)) return Navn(ft.Forekomster[0], periode);
            return navn;

            static string Navn(Forekomst f, string periode) =>
                f.Felt == TalFelt.Naevner ? N(f.Noegletal, periode) : T(f.Noegletal, f.Opdeling, periode);
        }

        public void Variabel(string navn) => Interval.TryAdd(navn, (0, Uendelig));
        public void Kend(string navn, long v) => Interval[navn] = (v, v);

        public void Relation(List<string> venstre, List<string> hoejre, bool lig)
        {
            foreach (var v in venstre.Concat(hoejre)) Variabel(v);
            Relationer.Add((venstre, hoejre, lig));
        }

        public void Indsnaevr()
        {
            for (var runde = 0; runde < 1000; runde++)
            {
                var aendret = false;
                foreach (var (venstre, hoejre, lig) in Relationer)
                {
                    // Σ venstre ≤ Σ hoejre: each left term at most (right max − other left mins); each right term at least (left min − other right maxes).
                    aendret |= Stram(venstre, hoejre, oevre: true);
                    aendret |= Stram(hoejre, venstre, oevre: false);
                    if (lig)
                    {
                        aendret |= Stram(hoejre, venstre, oevre: true);
                        aendret |= Stram(venstre, hoejre, oevre: false);
                    }
                }
                if (!aendret) return;
            }
            throw new InvalidOperationException("revisionen fandt ikke et fast punkt");
        }

        /// <summary>oevre: Σ led ≤ Σ andre, so each led ≤ max(andre) − Σ min(other led). Else Σ led ≥ Σ andre, so each led ≥ min(andre) − Σ max(other led).</summary>
        private bool Stram(List<string> led, List<string> andre, bool oevre)
        {
            var aendret = false;
            foreach (var x in led)
            {
                var (fra, til) = Interval[x];
                if (oevre)
                {
                    var graense = Sum(andre, tilSiden: true) - Sum(led.Where(y => y != x), tilSiden: false);
                    if (graense < til) { Interval[x] = (fra, Math.Max(fra, graense)); aendret = true; }
                }
                else
                {
                    var graense = Sum(andre, tilSiden: false) - Sum(led.Where(y => y != x), tilSiden: true);
                    if (graense > fra) { Interval[x] = (Math.Min(graense, til), til); aendret = true; }
                }
            }
            return aendret;
        }

        private long Sum(IEnumerable<string> led, bool tilSiden)
        {
            long s = 0;
            foreach (var x in led)
            {
                var v = tilSiden ? Interval[x].Til : Interval[x].Fra;
                if (v >= Uendelig) return tilSiden ? Uendelig : s;
                s += v;
            }
            return Math.Min(s, Uendelig);
        }
    }
}
