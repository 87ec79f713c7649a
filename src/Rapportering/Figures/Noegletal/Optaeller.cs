using Rapportering.Domain;
using Rapportering.Figures.Datakvalitet;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Counts persons for a whole series of cut dates. Measures are indexed per person once, and each
/// person's state is computed once per cut date on a grid that starts three cut dates before the
/// series, so "one year before" (three cut dates back) and "the previous cut date" (one back) are
/// lookups, not new scans.
/// </summary>
internal sealed class Optaeller
{
    private readonly PersonForloeb[] _personer;
    private readonly IReadOnlyList<Skaeringsdato> _gitter;
    private readonly Tilstand[][] _tilstande;

    /// <summary>Grid positions back to "one year before" and "the previous cut date".</summary>
    private const int AaretFoer = 3, Forrige = 1;

    public Optaeller(RensedeRegistreringer renset, IReadOnlyList<Skaeringsdato> serie)
    {
        var gitter = new List<Skaeringsdato>(serie.Count + AaretFoer);
        for (var s = serie[0].AaretFoer(); s < serie[0]; s = s.Naeste()) gitter.Add(s);
        gitter.AddRange(serie);
        _gitter = gitter;
        _personer = Indeks(renset);
        _tilstande = new Tilstand[_personer.Length][];
        for (var p = 0; p < _personer.Length; p++)
        {
            var raekke = new Tilstand[gitter.Count];
            for (var k = 0; k < gitter.Count; k++) raekke[k] = _personer[p].Paa(gitter[k].Dato);
            _tilstande[p] = raekke;
        }
    }

    /// <summary>The counts on the i'th cut date of the series.</summary>
    public Optaelling Optael(int i)
    {
        var k = i + AaretFoer;
        var d = _gitter[k].Dato;
        var bfuFra = d.AddMonths(-6);
        // The grid reaches back before the series, but the registrations there only hold measures
        // still running when the data begin (the series starts where registrations and population
        // do), so a cohort taken there is skewed (the demo's first year showed 100 % "ingen").
        // Cohort figures start once their cohort date is inside the series.
        var t = new Optaelling { BevaegelseDaekket = i >= AaretFoer, OphoerDaekket = i >= Forrige };
        for (var p = 0; p < _personer.Length; p++)
        {
            var person = _personer[p];
            var (starter, medBfu) = person.Bfu(bfuFra, d);
            if (starter) t.BfuStartere++;
            if (medBfu) t.BfuMedUndersoegelse++;

            // Not yet born (a birth after d) is not 0-17 either.
            if (person.Alder(d) is < 0 or >= 18) continue;
            var nu = _tilstande[p][k];
            TaelBestand(t, nu);
            TaelBevaegelse(t, _tilstande[p][k - AaretFoer], nu);
            TaelOphoer(t, _tilstande[p][k - Forrige], nu);
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

    private static PersonForloeb[] Indeks(RensedeRegistreringer renset)
    {
        var undersoegelser = renset.Undersoegelser
            .GroupBy(u => u.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Afgoerelsesdato).Order().ToArray(), StringComparer.Ordinal);

        return renset.Indsatser
            .GroupBy(i => i.PersonId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PersonForloeb(
                renset.Foedselsdatoer[g.Key],
                g.OrderBy(i => i.Startdato)
                    .Select(i => new PersonForloeb.Maal(i.Startdato, i.Slutdato, (byte)Indsatstyper.Trin(i.Indsatstype), Tilstand.Bit(i.Indsatstype)))
                    .ToArray(),
                g.Where(i => i.Indsatstype == Indsatstyper.Forebyggende && i.BevilgetAf == "myndighed")
                    .Select(i => i.Startdato).Order().ToArray(),
                undersoegelser.GetValueOrDefault(g.Key) ?? []))
            .ToArray();
    }
}
