using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>"2 Hjemmebaserede foranstaltninger": the rate in total and per type, and the movements of last year's recipients.</summary>
internal static class HjemmebaseredeSektion
{
    public static Afsnit Byg(Komposition k)
    {
        var (overskrift, intro) = k.Hoved("hjemmebaserede");
        var blokke = new List<Blok> { intro };

        var f = Katalog.HjemmebaseredePr1000;
        blokke.Add(Blokke.Overskrift(k, "2.1", f));
        // Two charts (in total, per type) and one table with count and rate for each: every
        // number of the figure, on as few pages as the series allows. A person may count under
        // several types, so the types do not add up to the total.
        var perioder = VistPeriode.Skaeringsdatoer(k, f);
        if (perioder.Count == 0) blokke.Add(new Tekst(k.T("fodnoter.ingen_data")));
        else
        {
            var navn = ("navn", k.FigurNavn(f).Split(" pr. ")[0]);
            blokke.Add(Blokke.Diagram(k, k.FigurNavn(f), DiagramType.Linje, k.EnhedTekst(f), perioder, [new Serie(k.FigurNavn(f), f, null)]));
            blokke.Add(Blokke.Diagram(k, k.T("tabel.pr_type", navn), DiagramType.Linje, k.EnhedTekst(f), perioder,
                f.Opdelinger.Where(o => o is not null).Select(o => new Serie(k.OpdelingNavn(o), f, o)).ToList()));
            blokke.Add(Blokke.Tabel(k, k.FigurNavn(f), k.T("kolonner.skaeringsdato"), perioder,
                Blokke.AntalOgVaerdi(k, f, f.Opdelinger, k.T("kolonner.pr_1000"))));
        }

        var b = Katalog.BevaegelserFraHjemmebaserede;
        blokke.Add(Blokke.Overskrift(k, "2.2", b));
        if (k.FigurForklaring(b) is { } t) blokke.Add(t);
        blokke.AddRange(SerieSektion.Fordeling(k, b, DiagramType.StabledeSoejler, k.T("kolonner.kohorte"), b.Opdelinger));
        return new Afsnit("hjemmebaserede", "2", overskrift, blokke);
    }
}
