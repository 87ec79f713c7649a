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
    public static IReadOnlyList<string> Mangler(
        KommuneInput input, Skaeringsdato skaeringsdato, FuldstaendighedsRegler regler, Basisperioder? basisperioder = null)
    {
        var d = skaeringsdato.Dato;
        var mangler = new List<string>();

        if (regler.BefolkningMaxAlderMaaneder is { } maaneder)
        {
            var graense = d.AddMonths(-maaneder);
            var harBefolkning = input.Befolkning.Any(b =>
                b.KommuneKode == input.Kommune.KommuneKode && b.Dato <= d && b.Dato > graense && b.Antal > 0);
            if (!harBefolkning)
                mangler.Add($"befolkningstal mangler for {Formatering.Dato(d)}");
        }

        if (regler.KraevRegistreringerSidenForrige)
        {
            var forrige = skaeringsdato.Forrige().Dato;
            bool IPerioden(DateOnly? x) => x is { } v && v > forrige && v <= d;
            var harRegistreringer =
                input.Indsatser.Any(i => IPerioden(i.Startdato) || IPerioden(i.Slutdato)) ||
                input.Undersoegelser.Any(u => IPerioden(u.Afgoerelsesdato));
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
}
