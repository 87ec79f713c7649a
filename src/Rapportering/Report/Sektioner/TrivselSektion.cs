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
                [new Serie(Katalog.OpdelingNavn("udsatte")!, f, "udsatte"), new Serie(Katalog.OpdelingNavn("oevrige")!, f, "oevrige")],
                [
                    new Kolonne(Katalog.OpdelingNavn("udsatte")!, f, "udsatte"),
                    new Kolonne($"{Katalog.OpdelingNavn("udsatte")}, {n}", f, "udsatte", Felt.Taeller),
                    new Kolonne(Katalog.OpdelingNavn("oevrige")!, f, "oevrige"),
                    new Kolonne($"{Katalog.OpdelingNavn("oevrige")}, {n}", f, "oevrige", Felt.Taeller),
                    new Kolonne(Katalog.OpdelingNavn("forskel")!, f, "forskel"),
                ]));
        }
        return new Afsnit("trivsel", "5", overskrift, blokke);
    }
}
