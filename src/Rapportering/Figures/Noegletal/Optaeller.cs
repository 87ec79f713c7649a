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
        public readonly DateOnly[] Dato;

        public Datoer(List<Skaeringsdato> gitter, int antal)
        {
            D = new int[antal]; AaretFoer = new int[antal]; Forrige = new int[antal]; BfuFra = new int[antal]; Dato = new DateOnly[antal];
            for (var i = 0; i < antal; i++)
            {
                var k = i + Optaeller.AaretFoer;
                Dato[i] = gitter[k].Dato;
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
            var foedt = DateOnly.FromDayNumber(renset.PersonKolonner.Foedt(p));
            var undersoegelser = uRaekker.AsSpan(uFra[p], uFra[p + 1] - uFra[p]);

            var i = Array.BinarySearch(datoer.D, foerste);
            for (i = i < 0 ? ~i : i; i < antal && datoer.AaretFoer[i] <= sidste; i++)
            {
                var t = taelling[i];
                var d = datoer.D[i];
                var (starter, medBfu) = Bfu(m, a, b, undersoegelser, u, datoer.BfuFra[i], d);
                if (starter) t.BfuStartere++;
                if (medBfu) t.BfuMedUndersoegelse++;

                // Not yet born (a birth after d) is not 0-17 either.
                if (Alder(foedt, datoer.Dato[i]) is < 0 or >= 18) continue;
                var nu = Paa(m, a, b, d);
                TaelBestand(t, nu);
                TaelBevaegelse(t, Paa(m, a, b, datoer.AaretFoer[i]), nu);
                TaelOphoer(t, Paa(m, a, b, datoer.Forrige[i]), nu);
            }
        }
        return taelling;
    }

    /// <summary>Whole years on <paramref name="d"/>.</summary>
    private static int Alder(DateOnly f, DateOnly d)
    {
        // As d < f.AddYears(alder), without the call: a 29 February birthday falls on 28 February in a year that is not a leap year.
        var alder = d.Year - f.Year;
        var dag = f.Month == 2 && f.Day == 29 && !DateTime.IsLeapYear(d.Year) ? 28 : f.Day;
        return d.Month < f.Month || (d.Month == f.Month && d.Day < dag) ? alder - 1 : alder;
    }

    /// <summary>Active on d: start &lt;= d and (no end or end &gt;= d). Highest trin wins.</summary>
    private static Tilstand Paa(Maal m, int a, int b, int d)
    {
        byte trin = 0, typer = 0;
        for (var j = a; j < b; j++)
        {
            if (m.Start[j] > d) break;
            if (m.Slut[j] < d) continue;
            if (m.Trin[j] > trin) trin = m.Trin[j];
            typer |= m.Bit[j];
        }
        return new Tilstand(trin, typer);
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
