using Rapportering.Domain;
using Rapportering.Figures.Datakvalitet;
using Rapportering.Input;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Counts persons for a whole series of cut dates, person by person: each person's measures
/// (sorted by start, in columns) are visited once, for only the cut dates she can count on —
/// from her first start to a year after her last end — instead of every person on every cut
/// date. A person's state on a day is a scan of her few measures. The counts are sums, so the
/// order persons are visited in changes nothing; halves of the persons are counted in parallel.
/// </summary>
internal sealed class Optaeller
{
    /// <summary>Grid positions back to "one year before" and "the previous cut date".</summary>
    private const int AaretFoer = 3, Forrige = 1;

    private readonly Optaelling[] _taelling;

    public Optaeller(RensedeRegistreringer renset, IReadOnlyList<Skaeringsdato> serie)
    {
        var gitter = new List<Skaeringsdato>(serie.Count + AaretFoer);
        for (var s = serie[0].AaretFoer(); s < serie[0]; s = s.Naeste()) gitter.Add(s);
        gitter.AddRange(serie);
        var datoer = new Datoer(gitter, serie.Count);
        var maal = Maal.Fra(renset);
        var personer = renset.IndsatsFra.Length - 1;
        var dele = personer > 20_000 ? 2 : 1;
        var delTaelling = new Optaelling[dele][];
        Parallel.For(0, dele, del => delTaelling[del] = Optael(renset, maal, datoer, personer * del / dele, personer * (del + 1) / dele));
        _taelling = delTaelling[0];
        for (var del = 1; del < dele; del++)
            for (var i = 0; i < _taelling.Length; i++) _taelling[i].Tilfoej(delTaelling[del][i]);
    }

    /// <summary>The counts on the i'th cut date of the series.</summary>
    public Optaelling Optael(int i) => _taelling[i];

    /// <summary>The cut dates as day numbers: d, one year before, the previous one, and the BFU window's start.</summary>
    private sealed class Datoer
    {
        public readonly int[] D, AaretFoer, Forrige, BfuFra;

        public Datoer(List<Skaeringsdato> gitter, int antal)
        {
            D = new int[antal]; AaretFoer = new int[antal]; Forrige = new int[antal]; BfuFra = new int[antal];
            for (var i = 0; i < antal; i++)
            {
                var k = i + Optaeller.AaretFoer;
                D[i] = gitter[k].Dato.DayNumber;
                AaretFoer[i] = gitter[k - Optaeller.AaretFoer].Dato.DayNumber;
                Forrige[i] = gitter[k - Optaeller.Forrige].Dato.DayNumber;
                BfuFra[i] = gitter[k].Dato.AddMonths(-6).DayNumber;
            }
        }
    }

    /// <summary>The kept measures in person order, reduced to what the figures need (no end = MaxValue).</summary>
    private sealed class Maal
    {
        public int[] Start = [], Slut = [];
        public byte[] Trin = [], Bit = [];
        public bool[] Myndighed = [];

        public static Maal Fra(RensedeRegistreringer renset)
        {
            var t = renset.IndsatsKolonner;
            var n = renset.IndsatsRaekker.Length;
            var trin = new byte[t.Koder.Antal];
            var bit = new byte[t.Koder.Antal];
            var forebyggende = -2;
            var myndighed = -2;
            for (var c = 0; c < t.Koder.Antal; c++)
            {
                var tekst = t.Koder[c]!;
                if (Indsatstyper.ErKendt(tekst)) trin[c] = (byte)Indsatstyper.Trin(tekst);
                bit[c] = Tilstand.Bit(tekst);
                if (tekst == Indsatstyper.Forebyggende) forebyggende = c;
                if (tekst == "myndighed") myndighed = c;
            }
            var m = new Maal { Start = new int[n], Slut = new int[n], Trin = new byte[n], Bit = new byte[n], Myndighed = new bool[n] };
            for (var j = 0; j < n; j++)
            {
                var r = renset.IndsatsRaekker[j];
                m.Start[j] = t.Start(r);
                m.Slut[j] = t.Slut(r) == IndsatsTabel.IngenDato ? int.MaxValue : t.Slut(r);
                m.Trin[j] = trin[t.Type(r)];
                m.Bit[j] = bit[t.Type(r)];
                m.Myndighed[j] = t.Type(r) == forebyggende && t.Bevilget(r) == myndighed;
            }
            return m;
        }
    }

    private static Optaelling[] Optael(RensedeRegistreringer renset, Maal m, Datoer datoer, int fraPerson, int tilPerson)
    {
        var antal = datoer.D.Length;
        var taelling = new Optaelling[antal];
        for (var i = 0; i < antal; i++)
            // The grid reaches back before the series, but the registrations there only hold measures
            // still running when the data begin (the series starts where registrations and population
            // do), so a cohort taken there is skewed (the demo's first year showed 100 % "ingen").
            // Cohort figures start once their cohort date is inside the series.
            taelling[i] = new Optaelling { BevaegelseDaekket = i >= AaretFoer, OphoerDaekket = i >= Forrige };

        var fra = renset.IndsatsFra;
        var uFra = renset.UndersoegelsesFra;
        var uRaekker = renset.UndersoegelsesRaekker;
        var u = renset.UndersoegelsesKolonner;
        for (var p = fraPerson; p < tilPerson; p++)
        {
            int a = fra[p], b = fra[p + 1];
            if (a == b) continue;
            // Nothing before the first start or after the last end a year back: no state, no BFU
            // start (a start in the BFU window lies after that end).
            var foerste = m.Start[a];
            var sidste = 0;
            for (var j = a; j < b; j++) sidste = Math.Max(sidste, m.Slut[j]);
            // 0-17 on d: born on or before d and d before the 18th birthday (29 February: 28 February
            // in a year that is not a leap year), as whole years counted on d would say.
            var foedt = DateOnly.FromDayNumber(renset.PersonKolonner.Foedt(p));
            var fyldt18 = new DateOnly(foedt.Year + 18, foedt.Month,
                foedt.Month == 2 && foedt.Day == 29 && !DateTime.IsLeapYear(foedt.Year + 18) ? 28 : foedt.Day).DayNumber;
            var myndighed = false;
            for (var j = a; j < b; j++) myndighed |= m.Myndighed[j];
            var undersoegelser = uRaekker.AsSpan(uFra[p], uFra[p + 1] - uFra[p]);

            var i = Array.BinarySearch(datoer.D, foerste);
            for (i = i < 0 ? ~i : i; i < antal && datoer.AaretFoer[i] <= sidste; i++)
            {
                var t = taelling[i];
                var d = datoer.D[i];
                if (myndighed)
                {
                    var (starter, medBfu) = Bfu(m, a, b, undersoegelser, u, datoer.BfuFra[i], d);
                    if (starter) t.BfuStartere++;
                    if (medBfu) t.BfuMedUndersoegelse++;
                }

                // Not yet born (a birth after d) is not 0-17 either.
                if (d < foedt.DayNumber || d >= fyldt18) continue;
                var (nu, aaretFoer, forrige) = Paa(m, a, b, d, datoer.AaretFoer[i], datoer.Forrige[i]);
                TaelBestand(t, nu);
                TaelBevaegelse(t, aaretFoer, nu);
                TaelOphoer(t, forrige, nu);
            }
        }
        return taelling;
    }

    /// <summary>
    /// The states on d, a year before and on the previous cut date (both before d), in one scan:
    /// active means start &lt;= day and (no end or end &gt;= day); the highest trin wins.
    /// </summary>
    private static (Tilstand Nu, Tilstand AaretFoer, Tilstand Forrige) Paa(Maal m, int a, int b, int d, int aaretFoer, int forrige)
    {
        byte trin = 0, typer = 0, trinA = 0, typerA = 0, trinF = 0, typerF = 0;
        for (var j = a; j < b; j++)
        {
            var start = m.Start[j];
            if (start > d) break;
            var slut = m.Slut[j];
            if (slut >= d)
            {
                if (m.Trin[j] > trin) trin = m.Trin[j];
                typer |= m.Bit[j];
            }
            if (start <= aaretFoer && slut >= aaretFoer)
            {
                if (m.Trin[j] > trinA) trinA = m.Trin[j];
                typerA |= m.Bit[j];
            }
            if (start <= forrige && slut >= forrige)
            {
                if (m.Trin[j] > trinF) trinF = m.Trin[j];
                typerF |= m.Bit[j];
            }
        }
        return (new Tilstand(trin, typer), new Tilstand(trinA, typerA), new Tilstand(trinF, typerF));
    }

    /// <summary>
    /// Did a forebyggende measure granted by the authority start in (fra, d], and if so, was a
    /// BFU decided on or after the earliest such start and on or before d? Using the earliest
    /// start counts the person once and takes any BFU after any qualifying start.
    /// </summary>
    private static (bool Starter, bool MedBfu) Bfu(Maal m, int a, int b, ReadOnlySpan<int> undersoegelser, UndersoegelseTabel u, int fra, int d)
    {
        var start = -1;
        for (var j = a; j < b; j++)
        {
            if (!m.Myndighed[j]) continue;
            var s = m.Start[j];
            if (s > d) break;
            if (s > fra) { start = s; break; }
        }
        if (start < 0) return (false, false);
        foreach (var r in undersoegelser)
        {
            var dato = u.Dato(r);
            if (dato > d) break;
            if (dato >= start) return (true, true);
        }
        return (true, false);
    }

    private static void TaelBestand(Optaelling t, Tilstand nu)
    {
        if (nu.Har(Tilstand.Forebyggende)) t.Forebyggende++;
        if (nu.Har(Tilstand.AlleHjemmebaserede)) t.Hjemmebaserede++;
        for (var j = 0; j < t.HjemmebaseredePrType.Length; j++)
            if (nu.Har(Tilstand.Hjemmebaseret(j))) t.HjemmebaseredePrType[j]++;
        switch (nu.HoejesteTrin)
        {
            case 4: t.Anbragte++; t.Netvaerkspleje++; break;
            case 5: t.Anbragte++; t.Familiepleje++; break;
            case 6: t.Anbragte++; t.Institution++; break;
        }
    }

    /// <summary>Cohort: highest trin 3 a year before (active on trin 3, not placed).</summary>
    private static void TaelBevaegelse(Optaelling t, Tilstand foer, Tilstand nu)
    {
        if (foer.HoejesteTrin != 3) return;
        t.BevaegelseKohorte++;
        if (nu.ErAnbragt) t.Op++;
        else if (nu.HoejesteTrin == 3) t.Ingen++;
        else t.Ned++;
    }

    /// <summary>Cohort: on institution (trin 6) on the previous cut date.</summary>
    private static void TaelOphoer(Optaelling t, Tilstand forrige, Tilstand nu)
    {
        if (forrige.HoejesteTrin != 6) return;
        t.OphoerKohorte++;
        if (nu.HoejesteTrin == 6) return;
        if (nu.ErAnbragt) t.AndenAnbringelsesform++;
        else t.IkkeAnbragt++;
    }
}
