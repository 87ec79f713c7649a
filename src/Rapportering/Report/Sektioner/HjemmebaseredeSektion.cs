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
        blokke.Add(Blokke.Overskrift("2.1", f));
        blokke.AddRange(SerieSektion.AntalOgPr1000(k, f));

        // Per type: a person may count under several types, so the types do not add up to the total.
        var perioder = Periode.Skaeringsdatoer(k, f);
        if (perioder.Count > 0)
        {
            var navn = ("navn", f.Navn.Split(" pr. ")[0]);
            var typer = f.Opdelinger;
            blokke.Add(Blokke.Diagram(k, k.T("tabel.pr_type", navn), DiagramType.Linje, f.EnhedTekst, perioder,
                typer.Where(o => o is not null).Select(o => new Serie(Katalog.OpdelingNavn(o)!, f, o)).ToList()));
            blokke.Add(Blokke.Tabel(k, k.T("tabel.pr_type", navn), k.T("kolonner.skaeringsdato"), perioder,
                typer.Select(o => new Kolonne(Katalog.OpdelingNavn(o)!, f, o)).ToList()));
            blokke.Add(Blokke.Tabel(k, k.T("tabel.antal_pr_type", navn), k.T("kolonner.skaeringsdato"), perioder,
                typer.Select(o => new Kolonne(Katalog.OpdelingNavn(o)!, f, o, Felt.Taeller)).ToList()));
        }

        var b = Katalog.BevaegelserFraHjemmebaserede;
        blokke.Add(Blokke.Overskrift("2.2", b));
        if (k.FigurForklaring(b) is { } t) blokke.Add(t);
        blokke.AddRange(SerieSektion.Fordeling(k, b, DiagramType.StabledeSoejler, k.T("kolonner.kohorte"), b.Opdelinger));
        return new Afsnit("hjemmebaserede", "2", overskrift, blokke);
    }
}
