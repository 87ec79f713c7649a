using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>"1 Forebyggende indsatser": persons with a preventive measure per 1.000, and how many are followed by a BFU.</summary>
internal static class ForebyggendeSektion
{
    public static Afsnit Byg(Komposition k)
    {
        var (overskrift, intro) = k.Hoved("forebyggende");
        var blokke = new List<Blok> { intro };

        var f = Katalog.ForebyggendePr1000;
        blokke.Add(Blokke.Overskrift(k, "1.1", f));
        blokke.AddRange(SerieSektion.AntalOgPr1000(k, f));

        var bfu = Katalog.ForebyggendeEfterfulgtAfBfu;
        blokke.Add(Blokke.Overskrift(k, "1.2", bfu));
        if (k.FigurForklaring(bfu) is { } t) blokke.Add(t);
        blokke.AddRange(Blokke.DiagramOgTabel(k, k.FigurNavn(bfu), DiagramType.Linje, k.EnhedTekst(bfu), k.T("kolonner.skaeringsdato"),
            VistPeriode.Skaeringsdatoer(k, bfu),
            [new Serie(k.FigurNavn(bfu), bfu, null)],
            [
                new Kolonne(k.T("kolonner.bfu_naevner"), bfu, null, Felt.Naevner),
                new Kolonne(k.T("kolonner.bfu_taeller"), bfu, null, Felt.Taeller),
                new Kolonne(k.T("kolonner.pct"), bfu, null),
            ]));
        return new Afsnit("forebyggende", "1", overskrift, blokke);
    }
}
