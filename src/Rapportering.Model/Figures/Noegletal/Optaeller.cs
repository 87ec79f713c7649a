using System.Buffers;
using Rapportering.Domain;
using Rapportering.Figures.Datakvalitet;
using Rapportering.Input;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Counts persons for a whole series of cut dates, person by person: each person's measures
/// (sorted by start, in columns) are visited once, for only the cut dates she can count on —
/// from her first start to a year after her last end — instead of every person on every cut
/// date. A person's state on a day is a scan of her few measures. A visit adds one to a
/// histogram of what the figures tell apart (<see cref="Kode"/>); the histogram becomes the
/// counts once per cut date at the end. The counts are sums, so the order persons are visited
/// in changes nothing; halves of the persons are counted in parallel.
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
        if (dele == 1)
        {
            _taelling = Optael(renset, maal, datoer, 0, personer);
            return;
        }
        var delTaelling = new Optaelling[dele][];
        Parallel.For(0, dele, del => delTaelling[del] = Optael(renset, maal, datoer, personer * del / dele, personer * (del + 1) / dele));
        _taelling = delTaelling[0];
        for (var del = 1; del < dele; del++)
            for (var i = 0; i < _taelling.Length; i++) _taelling[i].Tilfoej(delTaelling[del][i]);
    }

    /// <summary>The counts on the i'th cut date of the series.</summary>
    public Optaelling Optael(int i) => _taelling[i];

    /// <summary>The cut dates as day numbers: d, one year before, the previous one, and the BFU window's start;
    /// and where a day falls among d and among a year before (a table, not a search per person).</summary>
    private sealed class Datoer
    {
        public readonly int[] D, AaretFoer, Forrige, BfuFra;
        public readonly Opslag IndeksD, IndeksAaretFoer;

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
            IndeksD = new Opslag(D);
            IndeksAaretFoer = new Opslag(AaretFoer);
        }
    }

    /// <summary>For ascending days: the first on or after a given day, as a table over the days from the first to the last.</summary>
    private sealed class Opslag
    {
        private readonly int _foerste;
        private readonly int[] _tabel;

        public Opslag(int[] datoer)
        {
            _foerste = datoer[0];
            _tabel = new int[datoer[^1] - _foerste + 2];
            var i = 0;
            for (var dag = 0; dag < _tabel.Length; dag++)
            {
                while (i < datoer.Length && datoer[i] < _foerste + dag) i++;
                _tabel[dag] = i;
            }
        }

        /// <summary>The index of the first day on or after <paramref name="dag"/> (the count when there is none).</summary>
        public int FoersteFraOgMed(int dag) => dag <= _foerste ? 0 : _tabel[Math.Min(dag - _foerste, _tabel.Length - 1)];

        /// <summary>The index of the first day after <paramref name="dag"/> (the count when there is none).</summary>
        public int FoersteEfter(int dag) => dag == int.MaxValue ? _tabel[^1] : FoersteFraOgMed(dag + 1);
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
                var (type, slut) = (t.Type(r), t.Slut(r));
                m.Start[j] = t.Start(r);
                m.Slut[j] = slut == IndsatsTabel.IngenDato ? int.MaxValue : slut;
                m.Trin[j] = trin[type];
                m.Bit[j] = bit[type];
                m.Myndighed[j] = type == forebyggende && t.Bevilget(r) == myndighed;
            }
            return m;
        }
    }

    /// <summary>
    /// What one visit (a person 0-17 on a cut date) tells the figures, in ten bits: her state on d
    /// (<see cref="Tilstand"/>: the highest trin, 0-6, in bits 5-7, the five type bits below) and
    /// the two cohorts she may be in.
    /// </summary>
    private static class Kode
    {
        public const int Trin3AaretFoer = 1 << 8, Trin6Forrige = 1 << 9, Antal = 1 << 10;

        public static int Fra(int trin, int typer) => trin << 5 | typer;

        public static Tilstand Nu(int kode) => new((byte)(kode >> 5 & 7), (byte)(kode & 31));
    }

    private static Optaelling[] Optael(RensedeRegistreringer renset, Maal m, Datoer datoer, int fraPerson, int tilPerson)
    {
        var antal = datoer.D.Length;
        // By code, then cut date: a person's visits in one state, the usual run, fall side by side.
        var histogram = ArrayPool<int>.Shared.Rent(antal * Kode.Antal);
        Array.Clear(histogram, 0, antal * Kode.Antal);
        var bfuStartere = new int[antal];
        var bfuMedUndersoegelse = new int[antal];

        var fra = renset.IndsatsFra;
        var uFra = renset.UndersoegelsesFra;
        var uRaekker = renset.UndersoegelsesRaekker;
        var u = renset.UndersoegelsesKolonner;
        var d = datoer.D;
        for (var p = fraPerson; p < tilPerson; p++)
        {
            int a = fra[p], b = fra[p + 1];
            if (a == b) continue;
            // Nothing before the first start or after the last end a year back: no state, no BFU
            // start (a start in the BFU window lies after that end).
            var foerste = m.Start[a];
            var sidste = 0;
            var myndighed = false;
            for (var j = a; j < b; j++)
            {
                sidste = Math.Max(sidste, m.Slut[j]);
                myndighed |= m.Myndighed[j];
            }
            // The 18th birthday; born 29 February: 28 February in a year that is not a leap year, as
            // whole years counted on d would say.
            var foedt = renset.PersonKolonner.Foedt(p);
            var fyldt18 = DateOnly.FromDayNumber(foedt).AddYears(18).DayNumber;
            var undersoegelser = uRaekker.AsSpan(uFra[p], uFra[p + 1] - uFra[p]);

            var fraI = datoer.IndeksD.FoersteFraOgMed(foerste);
            var tilI = datoer.IndeksAaretFoer.FoersteEfter(sidste);
            if (myndighed)
                for (var i = fraI; i < tilI; i++)
                {
                    var (starter, medBfu) = Bfu(m, a, b, undersoegelser, u, datoer.BfuFra[i], d[i]);
                    if (starter) bfuStartere[i]++;
                    if (medBfu) bfuMedUndersoegelse[i]++;
                }

            // Counted while 0-17 on d: born on or before d (not yet born is not 0-17 either) and d before the 18th birthday.
            var tilAlder = Math.Min(tilI, datoer.IndeksD.FoersteFraOgMed(fyldt18));
            for (var i = Math.Max(fraI, datoer.IndeksD.FoersteFraOgMed(foedt)); i < tilAlder; i++)
                histogram[Paa(m, a, b, d[i], datoer.AaretFoer[i], datoer.Forrige[i]) * antal + i]++;
        }

        var taelling = new Optaelling[antal];
        for (var i = 0; i < antal; i++)
        {
            // The grid reaches back before the series, but the registrations there only hold measures
            // still running when the data begin (the series starts where registrations and population
            // do), so a cohort taken there is skewed (the demo's first year showed 100 % "ingen").
            // Cohort figures start once their cohort date is inside the series.
            var t = taelling[i] = new Optaelling
            {
                BevaegelseDaekket = i >= AaretFoer,
                OphoerDaekket = i >= Forrige,
                BfuStartere = bfuStartere[i],
                BfuMedUndersoegelse = bfuMedUndersoegelse[i],
            };
            for (var kode = 0; kode < Kode.Antal; kode++)
            {
                var n = histogram[kode * antal + i];
                if (n == 0) continue;
                var nu = Kode.Nu(kode);
                TaelBestand(t, nu, n);
                if ((kode & Kode.Trin3AaretFoer) != 0) TaelBevaegelse(t, nu, n);
                if ((kode & Kode.Trin6Forrige) != 0) TaelOphoer(t, nu, n);
            }
        }
        ArrayPool<int>.Shared.Return(histogram);
        return taelling;
    }

    /// <summary>
    /// The visit's <see cref="Kode"/> from the states on d, a year before and on the previous cut
    /// date (both before d), in one scan: active means start &lt;= day and (no end or end &gt;= day);
    /// the highest trin wins. Of the earlier two days only the highest trin counts.
    /// </summary>
    private static int Paa(Maal m, int a, int b, int d, int aaretFoer, int forrige)
    {
        int trin = 0, typer = 0, trinA = 0, trinF = 0;
        for (var j = a; j < b; j++)
        {
            var start = m.Start[j];
            if (start > d) break;
            var slut = m.Slut[j];
            int t = m.Trin[j];
            if (slut >= d)
            {
                if (t > trin) trin = t;
                typer |= m.Bit[j];
            }
            if (start <= aaretFoer && slut >= aaretFoer && t > trinA) trinA = t;
            if (start <= forrige && slut >= forrige && t > trinF) trinF = t;
        }
        return Kode.Fra(trin, typer) | (trinA == 3 ? Kode.Trin3AaretFoer : 0) | (trinF == 6 ? Kode.Trin6Forrige : 0);
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

    /// <summary><paramref name="n"/> persons in state <paramref name="nu"/> on d.</summary>
    private static void TaelBestand(Optaelling t, Tilstand nu, int n)
    {
        if (nu.Har(Tilstand.Forebyggende)) t.Forebyggende += n;
        if (nu.Har(Tilstand.AlleHjemmebaserede)) t.Hjemmebaserede += n;
        for (var j = 0; j < t.HjemmebaseredePrType.Length; j++)
            if (nu.Har(Tilstand.Hjemmebaseret(j))) t.HjemmebaseredePrType[j] += n;
        switch (nu.HoejesteTrin)
        {
            case 4: t.Anbragte += n; t.Netvaerkspleje += n; break;
            case 5: t.Anbragte += n; t.Familiepleje += n; break;
            case 6: t.Anbragte += n; t.Institution += n; break;
        }
    }

    /// <summary>Cohort: highest trin 3 a year before (active on trin 3, not placed).</summary>
    private static void TaelBevaegelse(Optaelling t, Tilstand nu, int n)
    {
        t.BevaegelseKohorte += n;
        if (nu.ErAnbragt) t.Op += n;
        else if (nu.HoejesteTrin == 3) t.Ingen += n;
        else t.Ned += n;
    }

    /// <summary>Cohort: on institution (trin 6) on the previous cut date.</summary>
    private static void TaelOphoer(Optaelling t, Tilstand nu, int n)
    {
        t.OphoerKohorte += n;
        if (nu.HoejesteTrin == 6) return;
        if (nu.ErAnbragt) t.AndenAnbringelsesform += n;
        else t.IkkeAnbragt += n;
    }
}
