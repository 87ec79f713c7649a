using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

namespace Rapportering.Tests.Figures.Noegletal;

/// <summary>Cohort figures only where their cohort date lies inside the series.</summary>
public class KohortestartTests
{
    [Fact]
    public void Kohortefigurer_mangler_foer_kohortedatoen_er_i_serien()
    {
        // Population only from 2016-06-30, so the series is 2016-09-30, 2017-01-31, 2017-05-31,
        // 2017-09-30 (the measures from 2015 do not stretch it back).
        var f = new FixturBygger().Befolkning("2016-06-30", 1000).Befolkning("2017-06-30", 1000);
        f.Indsats(f.Personer(5), Indsatstyper.DoegnopholdFamilie, "2015-01-01");       // trin 3 all along: ingen
        var op = f.Personer(5);
        f.Indsats(op, Indsatstyper.DoegnopholdFamilie, "2016-09-01", "2017-02-28").Indsats(op, Indsatstyper.Familiepleje, "2017-03-01");
        f.Indsats(f.Personer(5), Indsatstyper.Institution, "2015-01-01");               // still on institution
        f.Indsats(f.Personer(5), Indsatstyper.Institution, "2015-01-01", "2016-12-31"); // ikke længere anbragt from 2017

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        string[] serie = ["2016-09-30", "2017-01-31", "2017-05-31", "2017-09-30"];
        Assert.Equal(serie, obs.Where(o => o.Noegletal == Katalog.AnbragtePr1000.Id).Select(o => o.Periode.ToString()));

        // Bevægelser: the cohort date (a year before) is inside the series only for 2017-09-30.
        // Before the rule, the first three showed the 5 long-running trin-3 persons as 100 % "ingen".
        Assert.Equal(["2017-09-30"], obs.Where(o => o.Noegletal == Katalog.BevaegelserFraHjemmebaserede.Id).Select(o => o.Periode.ToString()).Distinct());
        // cohort on 2016-09-30: 5 legacy + 5 started 2016-09-01 = 10; op 5/10 = 50; ingen 5/10 = 50; ned 0
        Assert.Equal(50m, obs.Find(Katalog.BevaegelserFraHjemmebaserede, "op", "2017-09-30").Vaerdi);
        Assert.Equal(50m, obs.Find(Katalog.BevaegelserFraHjemmebaserede, "ingen", "2017-09-30").Vaerdi);
        Assert.Equal(10m, obs.Find(Katalog.BevaegelserFraHjemmebaserede, "ned", "2017-09-30").Naevner);

        // Ophørte: no previous cut date for 2016-09-30 (before the rule: cohort 10, 0 %).
        Assert.Equal(serie[1..], obs.Where(o => o.Noegletal == Katalog.OphoerteInstitutionsanbringelser.Id).Select(o => o.Periode.ToString()).Distinct());
        // 2017-01-31: cohort on 2016-09-30 = 10 on institution; 5 ended 2016-12-31 -> 5/10 = 50
        var ophoer = obs.Find(Katalog.OphoerteInstitutionsanbringelser, null, "2017-01-31");
        Assert.Equal(10m, ophoer.Naevner);
        Assert.Equal(50m, ophoer.Vaerdi);
        Assert.Equal(50m, obs.Find(Katalog.OphoerteInstitutionsanbringelser, "ikke_anbragt", "2017-01-31").Vaerdi);
    }
}
