using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// "5 Trivsel og fravær": udsatte and øvrige per school year with N, the gap and how it moved,
/// and the caveat that the groups change from year to year (monitoring, not effect measurement).
/// </summary>
internal static class TrivselSektion
{
    public static Afsnit Byg(Komposition k)
    {
        var (overskrift, intro) = k.Hoved("trivsel");
        var blokke = new List<Blok> { intro, new Tekst(k.T("forbehold.trivsel")) };
        var nr = 1;
        foreach (var f in new[] { Katalog.FagligTrivsel, Katalog.SocialTrivsel, Katalog.Fravaer })
        {
            blokke.Add(Blokke.Overskrift($"5.{nr++}", f));
            var perioder = VistPeriode.Skoleaar(k, f);
            if (perioder.Count > 0) blokke.Add(new Tekst(ResumeSektion.Trivsel(k, f)));
            var n = k.T("kolonner.n");
            blokke.AddRange(Blokke.DiagramOgTabel(k, $"{f.Navn} ({f.EnhedTekst})", DiagramType.GrupperedeSoejler, f.EnhedTekst, k.T("kolonner.skoleaar"),
                perioder,
                [new Serie(Katalog.OpdelingNavn(Opdeling.Udsatte), f, Opdeling.Udsatte), new Serie(Katalog.OpdelingNavn(Opdeling.Oevrige), f, Opdeling.Oevrige)],
                [
                    new Kolonne(Katalog.OpdelingNavn(Opdeling.Udsatte), f, Opdeling.Udsatte),
                    new Kolonne($"{Katalog.OpdelingNavn(Opdeling.Udsatte)}, {n}", f, Opdeling.Udsatte, Felt.Taeller),
                    new Kolonne(Katalog.OpdelingNavn(Opdeling.Oevrige), f, Opdeling.Oevrige),
                    new Kolonne($"{Katalog.OpdelingNavn(Opdeling.Oevrige)}, {n}", f, Opdeling.Oevrige, Felt.Taeller),
                    new Kolonne(Katalog.OpdelingNavn(Opdeling.Forskel), f, Opdeling.Forskel),
                ]));
        }
        return new Afsnit("trivsel", "5", overskrift, blokke);
    }
}
