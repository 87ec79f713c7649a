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
            blokke.Add(Blokke.Overskrift(k, $"5.{nr++}", f));
            var perioder = VistPeriode.Skoleaar(k, f);
            if (perioder.Count > 0) blokke.Add(new Tekst(ResumeSektion.Trivsel(k, f)));
            var n = k.T("kolonner.n");
            blokke.AddRange(Blokke.DiagramOgTabel(k, $"{k.FigurNavn(f)} ({k.EnhedTekst(f)})", DiagramType.GrupperedeSoejler, k.EnhedTekst(f), k.T("kolonner.skoleaar"),
                perioder,
                [new Serie(k.OpdelingNavn(Opdeling.Udsatte), f, Opdeling.Udsatte), new Serie(k.OpdelingNavn(Opdeling.Oevrige), f, Opdeling.Oevrige)],
                [
                    new Kolonne(k.OpdelingNavn(Opdeling.Udsatte), f, Opdeling.Udsatte),
                    new Kolonne($"{k.OpdelingNavn(Opdeling.Udsatte)}, {n}", f, Opdeling.Udsatte, Felt.Taeller),
                    new Kolonne(k.OpdelingNavn(Opdeling.Oevrige), f, Opdeling.Oevrige),
                    new Kolonne($"{k.OpdelingNavn(Opdeling.Oevrige)}, {n}", f, Opdeling.Oevrige, Felt.Taeller),
                    new Kolonne(k.OpdelingNavn(Opdeling.Forskel), f, Opdeling.Forskel),
                ]));
        }
        return new Afsnit("trivsel", "5", overskrift, blokke);
    }
}
