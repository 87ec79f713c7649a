using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;

using Rapportering.Tests.Figures.Noegletal;

namespace Rapportering.Tests.Figures;

/// <summary>
/// The hjemmebaserede types as a protected group (issue 14): the sum of the types is at least the
/// total, so with the total shown the total minus the shown types bounds a hidden type from below,
/// and with rare overlap that bound is the hidden count. One hidden type takes the next smallest
/// shown type with it, zeros included, ties in catalog order.
/// </summary>
public class HjemmebaseredeUndertrykkelseTests
{
    private static readonly Figur F = Katalog.HjemmebaseredePr1000;

    /// <summary>The rule switched off: every group but the hjemmebaserede one.</summary>
    internal static readonly IReadOnlyDictionary<FigurId, Sammensaetning> UdenHjemmebaserede =
        Katalog.Grupper.Where(g => g.Key != Katalog.HjemmebaseredePr1000.Id).ToDictionary(g => g.Key, g => g.Value);

    private static Observation Type(string periode, string? opdeling, int antal, int befolkning) =>
        new(F.Id.Kode, opdeling, periode, antal * 1000m / befolkning, antal, befolkning);

    [Fact]
    public void Total_22_er_5_6_og_8_og_en_skjult_type_saa_5_skjules_ogsaa()
    {
        // The test database of the issue at 2017-09-30: 5, 6, 3, 8 persons in the four types, no
        // one in two types, 22 in all, population 1000. Before: 22 − 5 − 6 − 8 = 3 gave the hidden type away.
        var f = new FixturBygger().Befolkning("2016-06-30", 1000).Befolkning("2017-06-30", 1000);
        f.Indsats(f.Personer(5), Indsatstyper.ForebyggendeForanstaltning, "2017-06-01");
        f.Indsats(f.Personer(6), Indsatstyper.DoegnopholdFamilie, "2017-06-01");
        f.Indsats(f.Personer(3), Indsatstyper.HjemmebaseretAnbringelse, "2017-06-01");
        f.Indsats(f.Personer(8), Indsatstyper.ForaeldrerettetUnderAnbringelse, "2017-06-01");
        const string p = "2017-09-30";

        var (raa, _) = NoegletalBeregner.BeregnUundertrykt(f.Byg(), Skaeringsdato.Parse(p));
        Assert.Equal(22m, raa.Find(F, null, p).Taeller);

        // Without the rule (as before): only the 3 is hidden, and the shown numbers give it back.
        var foer = Undertrykkelse.Anvend(raa, UdenHjemmebaserede, Katalog.Faelles);
        Assert.True(foer.Find(F, Indsatstyper.HjemmebaseretAnbringelse, p).Undertrykt);
        Assert.Equal(3m, foer.Find(F, null, p).Taeller - new[] { Indsatstyper.ForebyggendeForanstaltning, Indsatstyper.DoegnopholdFamilie, Indsatstyper.ForaeldrerettetUnderAnbringelse }
            .Sum(t => foer.Find(F, t, p).Taeller));

        // With the rule: the smallest shown type (5) goes too; 22, 6 and 8 stay.
        var (obs, _) = NoegletalBeregner.Beregn(f.Byg(), Skaeringsdato.Parse(p));
        Assert.True(obs.Find(F, Indsatstyper.HjemmebaseretAnbringelse, p).Undertrykt);
        var ff = obs.Find(F, Indsatstyper.ForebyggendeForanstaltning, p);
        Assert.True(ff.Undertrykt);
        Assert.Null(ff.Vaerdi); // no rate to multiply back by the population
        Assert.Null(ff.Taeller);
        Assert.Equal(1000m, ff.Naevner);
        Assert.Equal(22m, obs.Find(F, null, p).Taeller);
        Assert.Equal(6m, obs.Find(F, Indsatstyper.DoegnopholdFamilie, p).Taeller);
        Assert.Equal(8m, obs.Find(F, Indsatstyper.ForaeldrerettetUnderAnbringelse, p).Taeller);
        // 22 − 6 − 8 = 8 is now the bound on the two hidden types together: 5 + 3, not one count.
    }

    [Fact]
    public void Seed_2016_01_31_nul_doegnophold_ved_siden_af_totalen_skjules()
    {
        // Haderslev in the evaluation (Tabel 7), Jan 16: 498 forebyggende foranstaltninger,
        // 0 døgnophold, 3 hjemmebaserede anbringelser (43,6 pr. 1.000 in all, so 501 of about
        // 11.500); forældrerettede indsatser were not reported that date. The 0 shown beside the
        // total gave 501 − 498 − 0 = 3 away: the 0 is the next smallest part and is hidden too.
        const string p = "2016-01-31";
        var ud = Undertrykkelse.Anvend(
        [
            Type(p, null, 501, 11500),
            Type(p, Indsatstyper.ForebyggendeForanstaltning, 498, 11500),
            Type(p, Indsatstyper.DoegnopholdFamilie, 0, 11500),
            Type(p, Indsatstyper.HjemmebaseretAnbringelse, 3, 11500),
        ]);

        Assert.True(ud.Find(F, Indsatstyper.HjemmebaseretAnbringelse, p).Undertrykt);
        Assert.True(ud.Find(F, Indsatstyper.DoegnopholdFamilie, p).Undertrykt);
        Assert.False(ud.Find(F, Indsatstyper.ForebyggendeForanstaltning, p).Undertrykt);
        Assert.False(ud.Find(F, null, p).Undertrykt);
        Assert.Equal(43.565m, Math.Round(ud.Find(F, null, p).Vaerdi!.Value, 3)); // 501 * 1000 / 11500

        // Switched off, the 0 stays beside the total.
        var foer = Undertrykkelse.Anvend(
            [Type(p, null, 501, 11500), Type(p, Indsatstyper.ForebyggendeForanstaltning, 498, 11500),
             Type(p, Indsatstyper.DoegnopholdFamilie, 0, 11500), Type(p, Indsatstyper.HjemmebaseretAnbringelse, 3, 11500)],
            UdenHjemmebaserede);
        Assert.False(foer.Find(F, Indsatstyper.DoegnopholdFamilie, p).Undertrykt);
    }

    [Fact]
    public void Ved_lige_smaa_dele_skjules_den_foerste_i_katalogets_orden()
    {
        // 40 = 37 + 0 + 3 + 0: two zeros; døgnophold comes before forældrerettet in the catalog.
        const string p = "2017-09-30";
        var ud = Undertrykkelse.Anvend(
        [
            Type(p, null, 40, 1000),
            Type(p, Indsatstyper.ForebyggendeForanstaltning, 37, 1000),
            Type(p, Indsatstyper.DoegnopholdFamilie, 0, 1000),
            Type(p, Indsatstyper.HjemmebaseretAnbringelse, 3, 1000),
            Type(p, Indsatstyper.ForaeldrerettetUnderAnbringelse, 0, 1000),
        ]);
        Assert.True(ud.Find(F, Indsatstyper.DoegnopholdFamilie, p).Undertrykt);
        Assert.False(ud.Find(F, Indsatstyper.ForaeldrerettetUnderAnbringelse, p).Undertrykt);
        Assert.Equal(2, ud.Count(o => o.Undertrykt)); // the 3 and the first 0; 40 and 37 stay
    }

    [Fact]
    public void To_skjulte_typer_beskytter_hinanden_og_en_lille_total_tager_ingen_med()
    {
        const string p = "2017-09-30";
        // 30 = 20 + 6 + 2 + 2: both small types hidden, 30 − 20 − 6 = 4 is their sum, not one count.
        var to = Undertrykkelse.Anvend(
        [
            Type(p, null, 30, 1000), Type(p, Indsatstyper.ForebyggendeForanstaltning, 20, 1000),
            Type(p, Indsatstyper.DoegnopholdFamilie, 6, 1000), Type(p, Indsatstyper.HjemmebaseretAnbringelse, 2, 1000),
            Type(p, Indsatstyper.ForaeldrerettetUnderAnbringelse, 2, 1000),
        ]);
        Assert.Equal(2, to.Count(o => o.Undertrykt));
        Assert.False(to.Find(F, Indsatstyper.DoegnopholdFamilie, p).Undertrykt);

        // Total 4 hidden (1-4) with its one type 4: nothing visible gives either away; zeros stay.
        var lille = Undertrykkelse.Anvend(
        [
            Type(p, null, 4, 1000), Type(p, Indsatstyper.ForebyggendeForanstaltning, 4, 1000),
            Type(p, Indsatstyper.DoegnopholdFamilie, 0, 1000),
        ]);
        Assert.True(lille.Find(F, null, p).Undertrykt);
        Assert.True(lille.Find(F, Indsatstyper.ForebyggendeForanstaltning, p).Undertrykt);
        Assert.False(lille.Find(F, Indsatstyper.DoegnopholdFamilie, p).Undertrykt);
    }

    [Fact]
    public void Uden_befolkningstal_beskyttes_typerne_alligevel()
    {
        // Missing population: vaerdi and naevner null, taeller kept — the counts alone would leak.
        const string p = "2017-09-30";
        Observation U(string? o, int t) => new(F.Id.Kode, o, p, null, t, null);
        var ud = Undertrykkelse.Anvend([U(null, 22), U(Indsatstyper.ForebyggendeForanstaltning, 5), U(Indsatstyper.DoegnopholdFamilie, 6),
            U(Indsatstyper.HjemmebaseretAnbringelse, 3), U(Indsatstyper.ForaeldrerettetUnderAnbringelse, 8)]);
        Assert.True(ud.Find(F, Indsatstyper.ForebyggendeForanstaltning, p).Undertrykt);
    }
}
