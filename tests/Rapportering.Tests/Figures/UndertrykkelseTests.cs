using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

using Rapportering.Tests.Figures.Noegletal;

namespace Rapportering.Tests.Figures;

public class UndertrykkelseTests
{
    private const string P = "2017-09-30";

    private static Observation Raekke(Figur f, string? opdeling, int taeller, int naevner) =>
        new(f.Id.Kode, opdeling, P, naevner == 0 ? null : taeller * 100m / naevner, taeller, naevner);

    private static Observation Efter(IReadOnlyList<Observation> obs, Figur f, string? opdeling) => obs.Find(f, opdeling, P);

    [Fact]
    public void Primaer_undertrykkelse_af_1_til_4_personer()
    {
        var ind = new[]
        {
            new Observation(Katalog.AnbragtePr1000.Id.Kode, null, P, 3m, 3m, 1000m),
            new Observation(Katalog.ForebyggendePr1000.Id.Kode, null, P, 0m, 0m, 1000m),
            new Observation(Katalog.HjemmebaseredePr1000.Id.Kode, null, P, 5m, 5m, 1000m),
        };

        var ud = Undertrykkelse.Anvend(ind);

        var a = Efter(ud, Katalog.AnbragtePr1000, null);
        Assert.True(a.Undertrykt);
        Assert.Null(a.Vaerdi);
        Assert.Null(a.Taeller);
        Assert.Equal(1000m, a.Naevner); // the population reveals nothing
        Assert.False(Efter(ud, Katalog.ForebyggendePr1000, null).Undertrykt); // 0 is not 1-4
        Assert.False(Efter(ud, Katalog.HjemmebaseredePr1000, null).Undertrykt); // 5 is shown
    }

    [Fact]
    public void Sekundaer_undertrykkelse_af_naestmindste_anbringelsesform()
    {
        // institution 3 (primary) would be 33 - 10 - 20; so familiepleje (10, next smallest) goes too
        var f = Katalog.Anbringelsesformer;
        var ud = Undertrykkelse.Anvend([Raekke(f, "institution", 3, 33), Raekke(f, "familiepleje", 10, 33), Raekke(f, "netvaerkspleje", 20, 33)]);

        Assert.True(Efter(ud, f, "institution").Undertrykt);
        Assert.True(Efter(ud, f, "familiepleje").Undertrykt);
        Assert.False(Efter(ud, f, "netvaerkspleje").Undertrykt);
        Assert.Equal(33m, Efter(ud, f, "familiepleje").Naevner);
    }

    [Fact]
    public void To_smaa_dele_beskytter_hinanden_uden_ekstra_undertrykkelse()
    {
        var f = Katalog.BevaegelserFraHjemmebaserede;
        var ud = Undertrykkelse.Anvend([Raekke(f, "op", 2, 25), Raekke(f, "ned", 3, 25), Raekke(f, "ingen", 20, 25)]);

        // op + ned = 5 is known, but not how it splits
        Assert.True(Efter(ud, f, "op").Undertrykt);
        Assert.True(Efter(ud, f, "ned").Undertrykt);
        Assert.False(Efter(ud, f, "ingen").Undertrykt);
    }

    [Fact]
    public void Lille_naevner_undertrykker_hele_gruppen()
    {
        var f = Katalog.Anbringelsesformer;
        var ud = Undertrykkelse.Anvend([Raekke(f, "institution", 0, 4), Raekke(f, "familiepleje", 4, 4), Raekke(f, "netvaerkspleje", 0, 4)]);

        Assert.All(ud, o => { Assert.True(o.Undertrykt); Assert.Null(o.Naevner); Assert.Null(o.Vaerdi); });
    }

    [Fact]
    public void Ophoerte_del_undertrykkes_sammen_med_anden_del_naar_total_vises()
    {
        // cohort 20: total 12 = anden 2 + ikke 10; anden (2) would be 12 - 10
        var f = Katalog.OphoerteInstitutionsanbringelser;
        var ud = Undertrykkelse.Anvend([Raekke(f, null, 12, 20), Raekke(f, "anden_anbringelsesform", 2, 20), Raekke(f, "ikke_anbragt", 10, 20)]);

        Assert.False(Efter(ud, f, null).Undertrykt);
        Assert.True(Efter(ud, f, "anden_anbringelsesform").Undertrykt);
        Assert.True(Efter(ud, f, "ikke_anbragt").Undertrykt);
    }

    [Fact]
    public void Ophoerte_lille_rest_paa_institution_skjules_via_total()
    {
        // cohort 13, total 10 (anden 6 + ikke 4) -> 3 still on institution = 13 - 10.
        // ikke (4) is primary; it would be 10 - 6, and the rest 3 = 13 - 10: hide the total and anden too.
        var f = Katalog.OphoerteInstitutionsanbringelser;
        var ud = Undertrykkelse.Anvend([Raekke(f, null, 10, 13), Raekke(f, "anden_anbringelsesform", 6, 13), Raekke(f, "ikke_anbragt", 4, 13)]);

        Assert.True(Efter(ud, f, null).Undertrykt);
        Assert.True(Efter(ud, f, "ikke_anbragt").Undertrykt);
        Assert.True(Efter(ud, f, "anden_anbringelsesform").Undertrykt);
    }

    [Fact]
    public void Ophoerte_lille_rest_alene_skjuler_total_og_mindste_del()
    {
        // cohort 33 = 3 still + anden 10 + ikke 20: total 30 reveals the 3; hiding the total alone is
        // not enough (10 + 20), so anden (smallest part) goes too; ikke stays
        var f = Katalog.OphoerteInstitutionsanbringelser;
        var ud = Undertrykkelse.Anvend([Raekke(f, null, 30, 33), Raekke(f, "anden_anbringelsesform", 10, 33), Raekke(f, "ikke_anbragt", 20, 33)]);

        Assert.True(Efter(ud, f, null).Undertrykt);
        Assert.True(Efter(ud, f, "anden_anbringelsesform").Undertrykt);
        Assert.False(Efter(ud, f, "ikke_anbragt").Undertrykt);
    }

    [Fact]
    public void Bfu_undertrykkes_naar_de_uden_bfu_er_1_til_4()
    {
        // 12 starters, 9 with BFU -> 3 without = 12 - 9
        var f = Katalog.ForebyggendeEfterfulgtAfBfu;
        var ud = Undertrykkelse.Anvend([Raekke(f, null, 9, 12)]);
        Assert.True(Efter(ud, f, null).Undertrykt);
        Assert.Equal(12m, Efter(ud, f, null).Naevner);

        var ok = Undertrykkelse.Anvend([Raekke(f, null, 7, 12)]);
        Assert.False(Efter(ok, f, null).Undertrykt);
    }

    [Fact]
    public void Beregn_undertrykker_smaa_tal_fra_start_til_slut()
    {
        var f = new FixturBygger().Befolkning("2016-06-30", 1000).Befolkning("2017-06-30", 1000);
        f.Indsats(f.Personer(3), Indsatstyper.Institution, "2017-01-01"); // 3 placed
        var op = f.Personer(2);
        f.Indsats(op, Indsatstyper.DoegnopholdFamilie, "2016-01-01", "2016-12-31").Indsats(op, Indsatstyper.Netvaerkspleje, "2017-01-01");
        f.Indsats(f.Personer(8), Indsatstyper.DoegnopholdFamilie, "2016-01-01", "2016-12-31");  // ned
        f.Indsats(f.Personer(10), Indsatstyper.DoegnopholdFamilie, "2016-01-01");               // ingen
        f.Indsats(f.Personer(2), Indsatstyper.Forebyggende, "2017-01-01");                      // a per-1000 total of 2

        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse("2017-09-30"));

        // anbragte 3 + 2 = 5: shown; institution 3 (primary) + netværkspleje 2 (primary); familiepleje 0 shown
        Assert.False(obs.Find(Katalog.AnbragtePr1000, null, P).Undertrykt);
        Assert.True(obs.Find(Katalog.Anbringelsesformer, "institution", P).Undertrykt);
        Assert.True(obs.Find(Katalog.Anbringelsesformer, "netvaerkspleje", P).Undertrykt);
        Assert.False(obs.Find(Katalog.Anbringelsesformer, "familiepleje", P).Undertrykt);
        // bevægelser: cohort 20 = op 2 (primary) + ned 8 (secondary, next smallest) + ingen 10
        Assert.True(obs.Find(Katalog.BevaegelserFraHjemmebaserede, "op", P).Undertrykt);
        Assert.True(obs.Find(Katalog.BevaegelserFraHjemmebaserede, "ned", P).Undertrykt);
        var ingen = obs.Find(Katalog.BevaegelserFraHjemmebaserede, "ingen", P);
        Assert.False(ingen.Undertrykt);
        Assert.Equal(50m, ingen.Vaerdi); // 10 * 100 / 20
        // forebyggende: 2 persons -> suppressed, the population stays
        var fb = obs.Find(Katalog.ForebyggendePr1000, null, P);
        Assert.True(fb.Undertrykt);
        Assert.Null(fb.Vaerdi);
        Assert.Equal(1000m, fb.Naevner);
    }
}
