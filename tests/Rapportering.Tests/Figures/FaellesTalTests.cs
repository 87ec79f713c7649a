using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

using Rapportering.Tests.Figures.Noegletal;

namespace Rapportering.Tests.Figures;

/// <summary>
/// Counts that more than one figure publishes in a period (Katalog.Faelles), and the counts that
/// are published once but on every row of a figure (cohorts, starters): hidden in one place,
/// hidden in every place.
/// </summary>
public class FaellesTalTests
{
    private const string P = "2017-09-30";

    [Fact]
    public void Anbragte_taeller_og_anbringelsesformernes_naevner_skjules_sammen()
    {
        // 3 placed: anbragte_pr_1000 hides its taeller, and the anbringelsesformer lose the naevner 3.
        var f = new FixturBygger().Befolkning("2016-06-30", 1000).Befolkning("2017-06-30", 1000);
        f.Indsats(f.Personer(2), Indsatstyper.Institution, "2017-06-01");
        f.Indsats(f.Personer(1), Indsatstyper.Familiepleje, "2017-06-01");

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse(P));

        var anbragte = obs.Find(Katalog.AnbragtePr1000, null, P);
        Assert.True(anbragte.Undertrykt);
        Assert.Null(anbragte.Taeller);
        Assert.Null(anbragte.Vaerdi); // 3 * 1000 / 1000 would be the count again
        foreach (var o in obs.Where(o => o.Noegletal == Katalog.Anbringelsesformer.Id))
        {
            Assert.True(o.Undertrykt, o.Opdeling?.Kode);
            Assert.Null(o.Naevner);
        }
    }

    [Fact]
    public void Et_skjult_faelles_tal_skjules_ogsaa_i_den_anden_figur()
    {
        // The rule itself, on rows where only one side is small (the model never makes these: the
        // two are the same count). anbragte 3 hidden → the anbringelsesformer naevner 30 must go too.
        var ind = new List<Observation>
        {
            new(Katalog.AnbragtePr1000.Id.Kode, null, P, 3m, 3m, 1000m),
            new(Katalog.Anbringelsesformer.Id.Kode, "institution", P, 50m, 15m, 30m),
            new(Katalog.Anbringelsesformer.Id.Kode, "familiepleje", P, 30m, 9m, 30m),
            new(Katalog.Anbringelsesformer.Id.Kode, "netvaerkspleje", P, 20m, 6m, 30m),
        };
        var ud = Undertrykkelse.Anvend(ind);
        Assert.All(ud.Where(o => o.Noegletal == Katalog.Anbringelsesformer.Id), o => { Assert.True(o.Undertrykt); Assert.Null(o.Naevner); });

        // And the other way: a hidden naevner hides the anbragte taeller.
        var omvendt = Undertrykkelse.Anvend(
        [
            new(Katalog.AnbragtePr1000.Id.Kode, null, P, 30m, 30m, 1000m),
            new(Katalog.Anbringelsesformer.Id.Kode, "institution", P, 50m, 2m, 4m),
            new(Katalog.Anbringelsesformer.Id.Kode, "familiepleje", P, 50m, 2m, 4m),
            new(Katalog.Anbringelsesformer.Id.Kode, "netvaerkspleje", P, 0m, 0m, 4m),
        ]);
        Assert.True(omvendt.Find(Katalog.AnbragtePr1000, null, P).Undertrykt);

        // Without the shared counts the 30 would stay beside the hidden 3.
        var uden = Undertrykkelse.Anvend(ind, Katalog.Grupper, []);
        Assert.Equal(30m, uden.Find(Katalog.Anbringelsesformer, "institution", P).Naevner);
    }

    [Theory]
    [InlineData("bevaegelser_fra_hjemmebaserede_pct", new[] { "op", "ned", "ingen" })]
    [InlineData("ophoerte_institutionsanbringelser_pct", new[] { "", "anden_anbringelsesform", "ikke_anbragt" })]
    [InlineData("forebyggende_efterfulgt_af_bfu_pct", new[] { "" })]
    public void En_lille_kohorte_eller_faa_startere_skjules_paa_hver_raekke(string id, string[] opdelinger)
    {
        // Cohort (or starters) of 3, the naevner of every row: gone from every row, with the values.
        var ud = Undertrykkelse.Anvend(opdelinger.Select(o => new Observation(id, o == "" ? null : o, P, 0m, 0m, 3m)).ToList());
        Assert.All(ud, o => { Assert.True(o.Undertrykt); Assert.Null(o.Naevner); Assert.Null(o.Vaerdi); Assert.Null(o.Taeller); });
    }

    [Fact]
    public void Startere_vises_naar_de_med_og_uden_undersoegelse_begge_er_mindst_5()
    {
        // 12 starters: 7 with and 5 without a BFU; the naevner 12 is shown, nothing small follows.
        var ud = Undertrykkelse.Anvend([new Observation(Katalog.ForebyggendeEfterfulgtAfBfu.Id.Kode, null, P, 7 * 100m / 12, 7m, 12m)]);
        Assert.False(ud[0].Undertrykt);
        Assert.Equal(12m, ud[0].Naevner);
    }
}
