using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Input;
using Rapportering.Templates;

namespace Rapportering.Completeness;

/// <summary>
/// The completeness gate: a pure function over one kommune's input. An empty list means the
/// report may go out; otherwise each item names, in Danish, what is missing — the operator
/// notice quotes them as they are.
/// </summary>
public static class Fuldstaendighed
{
    /// <summary>
    /// The one evaluation the scheduled job, `generate` and the pipeline all make: the configured
    /// rules over the input and the findings of the figures export it was computed into.
    /// </summary>
    public static IReadOnlyList<string> Vurder(
        KommuneInput input, Skaeringsdato skaeringsdato, KommuneSkabelon skabelon, FigurEksport eksport,
        FuldstaendighedsRegler regler, RapportTekster tekster) =>
        Mangler(input, skaeringsdato, regler, skabelon.Basisperioder, eksport.Datakvalitet, tekster.RegelINavn);

    /// <param name="fund">The figures' data-quality findings (<see cref="FigurEksport.Datakvalitet"/>): the rows left out per view.</param>
    public static IReadOnlyList<string> Mangler(
        KommuneInput input, Skaeringsdato skaeringsdato, FuldstaendighedsRegler regler, Basisperioder? basisperioder = null,
        IReadOnlyList<DatakvalitetFund>? fund = null, Func<string, string>? regelNavn = null)
    {
        var d = skaeringsdato.Dato;
        var mangler = new List<string>();
        var befolkningMangler = false;

        if (regler.MaksUdeladtPct is { } maks && fund is not null)
            mangler.AddRange(ForMangeUdeladt(input, fund.Where(f => !regler.UdenforAndel.Contains(f.Regel)).ToList(), maks, regelNavn ?? RegelOrd));

        if (regler.BefolkningMaxAlderMaaneder is { } maaneder)
        {
            var graense = d.AddMonths(-maaneder);
            var harBefolkning = input.Befolkning.Any(b =>
                b.KommuneKode == input.Kommune.KommuneKode && b.Dato <= d && b.Dato > graense && b.Antal > 0);
            if (!harBefolkning)
            {
                befolkningMangler = true;
                mangler.Add($"befolkningstal mangler for {Formatering.Dato(d)}");
            }
        }

        // Only a population the cut date may use can be incomplete; a missing one is named above.
        if (regler.KraevFuldBefolkning && !befolkningMangler
            && FoersteBefolkningsdato(input, d) is { } dato)
        {
            var aldre = input.Befolkning.Where(b => b.KommuneKode == input.Kommune.KommuneKode && b.Dato == dato && b.Alder is >= 0 and <= 17)
                .Select(b => b.Alder).ToHashSet();
            if (aldre.Count < 18)
                mangler.Add($"befolkningstallet pr. {Formatering.Dato(dato)} er ufuldstændigt: {18 - aldre.Count} af aldrene 0-17 år mangler i rap_befolkning");
        }

        if (regler.KraevRegistreringerSidenForrige)
        {
            var forrige = skaeringsdato.Forrige().Dato;
            // The columns, not the lists: a list makes a record per measure until one matches.
            var (_, indsatser, undersoegelser) = input.Kolonner();
            int fra = forrige.DayNumber, til = d.DayNumber;
            // No end (IndsatsTabel.IngenDato, -1) is never in the period.
            bool IPerioden(int dag) => dag > fra && dag <= til;
            var harRegistreringer = false;
            for (var i = 0; i < indsatser.Count && !harRegistreringer; i++)
                harRegistreringer = IPerioden(indsatser.Start(i)) || IPerioden(indsatser.Slut(i));
            for (var u = 0; u < undersoegelser.Count && !harRegistreringer; u++)
                harRegistreringer = IPerioden(undersoegelser.Dato(u));
            if (!harRegistreringer)
                mangler.Add($"ingen registreringer efter {Formatering.Dato(forrige)}");
        }

        var regnskabsAar = input.Regnskab
            .Where(r => r.Regnskabstype == "regnskab")
            .Select(r => r.Aar)
            .ToHashSet();
        var kraevedeAar = new SortedSet<int>();
        if (regler.RegnskabFraMaaned is { } fraMaaned)
            kraevedeAar.Add(d.Month >= fraMaaned ? d.Year - 1 : d.Year - 2);
        if (regler.KraevBasisperioder && basisperioder is not null)
            foreach (var p in new[] { basisperioder.Service, basisperioder.Administration, basisperioder.IAlt })
                kraevedeAar.UnionWith(p.Aar);
        foreach (var aar in kraevedeAar.Where(a => !regnskabsAar.Contains(a)))
            mangler.Add($"regnskab {aar} mangler");

        if (regler.KraevPlIndeks)
        {
            var indeksAar = input.PlIndeks.Select(p => p.Aar).ToHashSet();
            var behov = new SortedSet<int>(input.Regnskab.Select(r => r.Aar)) { d.Year };
            foreach (var aar in behov.Where(a => !indeksAar.Contains(a)))
                mangler.Add($"pris- og lønindeks {aar} mangler");
        }

        return mangler;
    }

    /// <summary>The population date a cut date uses: the latest on or before it (its age is the other rule's business).</summary>
    private static DateOnly? FoersteBefolkningsdato(KommuneInput input, DateOnly d)
    {
        DateOnly? seneste = null;
        foreach (var b in input.Befolkning)
            if (b.KommuneKode == input.Kommune.KommuneKode && b.Dato <= d && (seneste is null || b.Dato > seneste)) seneste = b.Dato;
        return seneste;
    }

    /// <summary>One line per view whose left-out rows exceed the share: which view, which rules, how many rows.</summary>
    private static IEnumerable<string> ForMangeUdeladt(KommuneInput input, IReadOnlyList<DatakvalitetFund> fund, decimal maksPct, Func<string, string> regelNavn)
    {
        foreach (var g in fund.Where(f => f.View is not null && f.Behandling == Input.Kontrakt.Behandling.Udeladt).GroupBy(f => f.View!))
        {
            var udeladt = g.Sum(f => f.Antal);
            var laest = input.Indlaesning.RaekkerLaest.GetValueOrDefault(g.Key);
            if (laest <= 0) continue;
            var pct = 100m * udeladt / laest;
            if (pct <= maksPct) continue;
            var regler = g.GroupBy(f => f.Kolonne is null ? regelNavn(f.Regel) : $"{regelNavn(f.Regel)} i kolonnen {f.Kolonne}")
                .Select(r => $"{r.Key}: {Formatering.Tal((decimal)r.Sum(f => f.Antal), 0)}");
            yield return $"{g.Key}: {Formatering.Tal((decimal)udeladt, 0)} af {Formatering.Tal((decimal)laest, 0)} rækker ({Formatering.Tal(pct, 1)} pct.) er udeladt " +
                $"({string.Join("; ", regler)}); grænsen er {Formatering.Tal(maksPct, 1)} pct.";
        }
    }

    /// <summary>Without the templates' Danish names (the caller passes them): the rule's id in words.</summary>
    private static string RegelOrd(string regel) => regel.Replace('_', ' ');
}
