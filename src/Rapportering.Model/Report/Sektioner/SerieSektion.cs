using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>Shared shapes of cut-date figures used by several sections.</summary>
internal static class SerieSektion
{
    /// <summary>A per-1.000 figure (total): line chart, then a table with count and rate per cut date.</summary>
    public static IEnumerable<Blok> AntalOgPr1000(Komposition k, Figur f) =>
        Blokke.DiagramOgTabel(k, k.FigurNavn(f), DiagramType.Linje, k.EnhedTekst(f), k.T("kolonner.skaeringsdato"),
            VistPeriode.Skaeringsdatoer(k, f),
            [new Serie(k.FigurNavn(f), f, null)],
            [
                new Kolonne(k.T("kolonner.antal"), f, null, Felt.Taeller),
                new Kolonne(Visning.Stort(k.EnhedTekst(f)), f, null),
            ]);

    /// <summary>A distribution over opdelinger (shares): stacked or grouped bars, then counts and shares.</summary>
    public static IEnumerable<Blok> Fordeling(Komposition k, Figur f, DiagramType type, string naevnerOverskrift, IReadOnlyList<Opdeling?> opdelinger) =>
        Blokke.DiagramOgTabel(k, k.FigurNavn(f), type, k.EnhedTekst(f), k.T("kolonner.skaeringsdato"),
            VistPeriode.Skaeringsdatoer(k, f),
            opdelinger.Select(o => new Serie(k.OpdelingNavn(o), f, o)).ToList(),
            Blokke.Fordeling(k, f, naevnerOverskrift, opdelinger));
}
