using System.Runtime.InteropServices;
using Rapportering.Domain;
using Rapportering.Figures.Datakvalitet;
using Rapportering.Input;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Counts persons for a whole series of cut dates. Measures are indexed per person once, sorted
/// by start; a person's state on a day is a scan of a few measures, so it is computed when a count
/// needs it (on d, one year before, the previous cut date) rather than kept for every cut date:
/// a million measures would otherwise hold tens of millions of states.
/// </summary>
internal sealed class Optaeller
{
    private readonly PersonForloeb[] _personer;
    private readonly IReadOnlyList<Skaeringsdato> _gitter;

    /// <summary>Grid positions back to "one year before" and "the previous cut date".</summary>
    private const int AaretFoer = 3, Forrige = 1;

    public Optaeller(RensedeRegistreringer renset, IReadOnlyList<Skaeringsdato> serie)
    {
        var gitter = new List<Skaeringsdato>(serie.Count + AaretFoer);
        for (var s = serie[0].AaretFoer(); s < serie[0]; s = s.Naeste()) gitter.Add(s);
        gitter.AddRange(serie);
        _gitter = gitter;
        _personer = Indeks(renset);
    }

    /// <summary>The counts on the i'th cut date of the series.</summary>
    public Optaelling Optael(int i)
    {
        var k = i + AaretFoer;
        var d = _gitter[k].Dato;
        var aaretFoer = _gitter[k - AaretFoer].Dato;
        var forrige = _gitter[k - Forrige].Dato;
        var bfuFra = d.AddMonths(-6);
        // The grid reaches back before the series, but the registrations there only hold measures
        // still running when the data begin (the series starts where registrations and population
        // do), so a cohort taken there is skewed (the demo's first year showed 100 % "ingen").
        // Cohort figures start once their cohort date is inside the series.
        var t = new Optaelling { BevaegelseDaekket = i >= AaretFoer, OphoerDaekket = i >= Forrige };
        for (var p = 0; p < _personer.Length; p++)
        {
            var person = _personer[p];
            // Nothing before the first start or after the last end a year back: no state, no BFU
            // start (a start in the BFU window lies after that end). Most persons, most cut dates.
            if (person.FoersteStart > d || person.SidsteSlut < aaretFoer) continue;
            var (starter, medBfu) = person.Bfu(bfuFra, d);
            if (starter) t.BfuStartere++;
            if (medBfu) t.BfuMedUndersoegelse++;

            // Not yet born (a birth after d) is not 0-17 either.
            if (person.Alder(d) is < 0 or >= 18) continue;
            var nu = person.Paa(d);
            TaelBestand(t, nu);
            TaelBevaegelse(t, person.Paa(aaretFoer), nu);
            TaelOphoer(t, person.Paa(forrige), nu);
        }
        return t;
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

    /// <summary>
    /// Each person's measures and examinations, grouped once by id. Persons keep the order they are
    /// first met (the counts are sums, so the order changes nothing but must not depend on hashing).
    /// </summary>
    private static PersonForloeb[] Indeks(RensedeRegistreringer renset)
    {
        var undersoegelser = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var u in renset.Undersoegelser)
        {
            ref var liste = ref CollectionsMarshal.GetValueRefOrAddDefault(undersoegelser, u.PersonId, out _);
            (liste ??= []).Add(u.Afgoerelsesdato);
        }
        var perPerson = new Dictionary<string, List<Indsats>>(StringComparer.Ordinal);
        foreach (var i in renset.Indsatser)
        {
            ref var liste = ref CollectionsMarshal.GetValueRefOrAddDefault(perPerson, i.PersonId, out _);
            (liste ??= new List<Indsats>(2)).Add(i);
        }

        var ud = new PersonForloeb[perPerson.Count];
        var n = 0;
        foreach (var (id, indsatser) in perPerson)
        {
            var maal = new PersonForloeb.Maal[indsatser.Count];
            var myndighed = new List<DateOnly>();
            for (var k = 0; k < indsatser.Count; k++)
            {
                var i = indsatser[k];
                maal[k] = new PersonForloeb.Maal(i.Startdato, i.Slutdato, (byte)Indsatstyper.Trin(i.Indsatstype), Tilstand.Bit(i.Indsatstype));
                if (i.Indsatstype == Indsatstyper.Forebyggende && i.BevilgetAf == "myndighed") myndighed.Add(i.Startdato);
            }
            // By start (Paa scans until a start after the day); ties in any order give the same state.
            Array.Sort(maal, (a, b) => a.Start.CompareTo(b.Start));
            var starter = myndighed.ToArray();
            Array.Sort(starter);
            var bfu = undersoegelser.TryGetValue(id, out var u) ? u.ToArray() : [];
            Array.Sort(bfu);
            ud[n++] = new PersonForloeb(renset.Foedselsdatoer[id], maal, starter, bfu);
        }
        return ud;
    }
}
