using Rapportering.Figures;
using Rapportering.Report;
using static Rapportering.Tests.Report.DokumentTekster;

namespace Rapportering.Tests.Report;

public class ResumeTests
{
    private static readonly IReadOnlyList<string> Fund =
        Afsnit(RapportFixtur.Dokument(), "resume").Blokke.OfType<Punktliste>().Single().Punkter;

    [Fact]
    public void Stigning_i_oensket_retning()
    {
        // 6,6123 -> 7,9456 rounds to 6,6 -> 7,9: +1,3; 75 -> 90 children; forebyggende should go up.
        Assert.Equal(
            "Antallet af forebyggende indsatser pr. 1.000 0-17-årige er steget fra 6,6 til 7,9 (+1,3) fra 30. september 2016 til 30. september 2017. Udviklingen er i den ønskede retning.",
            Fund[0]);
    }

    [Fact]
    public void Fald_i_oensket_retning()
    {
        // 12,4003 -> 11,7999 rounds to 12,4 -> 11,8: −0,6; 140 -> 133 children (7, not few); anbragte should go down.
        Assert.Equal(
            "Antallet af anbragte pr. 1.000 0-17-årige er faldet fra 12,4 til 11,8 (−0,6) fra 30. september 2016 til 30. september 2017. Udviklingen er i den ønskede retning.",
            Fund[3]);
    }

    [Fact]
    public void AEndring_paa_faerre_end_5_boern_tolkes_varsomt()
    {
        // 52,4123 -> 52,7361: 52,4 -> 52,7 (+0,3), but only 592 -> 595 children.
        Assert.Equal(
            "Antallet af hjemmebaserede foranstaltninger pr. 1.000 0-17-årige er steget fra 52,4 til 52,7 (+0,3) fra 30. september 2016 til 30. september 2017. Udviklingen er i den ønskede retning. Ændringen svarer til færre end 5 børn og bør tolkes varsomt.",
            Fund[2]);
    }

    [Fact]
    public void Manglende_aar_foer_siges_ligeud()
    {
        Assert.Equal(
            "Andelen af forebyggende indsatser efterfulgt af en børnefaglig undersøgelse er 8,3 pct. pr. 30. september 2017. Der er ikke data for samme skæringsdato året før.",
            Fund[1]);
    }

    [Fact]
    public void Undertrykt_aar_foer_giver_ingen_aendring()
    {
        Assert.Equal(
            "Andelen af ophørte institutionsanbringelser er 25,0 pct. pr. 30. september 2017. Tallet for 30. september 2016 bygger på færre end 5 personer og vises ikke, så ændringen kan ikke opgøres.",
            Fund[5]);
    }

    [Fact]
    public void Neutralt_noegletal_faar_ingen_vurdering_af_retning()
    {
        // Anbringelsesformer is Neutral in the catalog: 20 -> 15 pct. is described, not judged.
        Assert.Equal(
            "Andelen af anbragte på institution er faldet fra 20,0 pct. til 15,0 pct. (−5,0 procentpoint) fra 30. september 2016 til 30. september 2017.",
            Fund[4]);
    }

    [Fact]
    public void Udgifter_sammenlignes_med_aaret_foer_og_forventet_regnskab_markeres()
    {
        // 162.345,6 -> 147.000 t.kr. = 162,3 -> 147,0 mio. kr.: −15,3.
        Assert.Equal(
            "De samlede udgifter i faste priser er faldet fra 162,3 mio. kr. til 147,0 mio. kr. (−15,3 mio. kr.) fra 2016 til 2017 (forventet regnskab).",
            Fund[6]);
    }

    [Fact]
    public void Forskel_i_trivsel_der_vokser_er_ikke_i_oensket_retning()
    {
        // Gap −0,2 (2015/16) -> −0,3 (2016/17): larger in absolute terms.
        Assert.Equal(
            "Forskellen mellem udsatte og øvrige elever i faglig trivsel er øget fra −0,2 til −0,3 fra skoleåret 2015/16 til skoleåret 2016/17. Udviklingen er ikke i den ønskede retning.",
            Fund[7]);
        Assert.Equal(
            "Forskellen mellem udsatte og øvrige elever i social trivsel er −0,1 i skoleåret 2016/17. Der er ikke data for skoleåret før.",
            Fund[8]);
    }

    [Fact]
    public void Resume_siger_altid_at_det_er_monitorering_ikke_effektmaaling()
    {
        var resume = Afsnit(RapportFixtur.Dokument(), "resume");
        Assert.Contains(resume.Blokke.OfType<Tekst>(), t => t.Indhold.Contains("monitorering af udviklingen og ikke en måling af omlægningens effekt", StringComparison.Ordinal));
        Assert.Equal(10, Fund.Count);
    }

    [Fact]
    public void Uden_data_siger_hvert_afsnit_det_og_viser_aldrig_0()
    {
        var dok = RapportFixtur.Dokument(new FigurEksport(510, "2017-09-30", 2017, [], []));
        var fund = Afsnit(dok, "resume").Blokke.OfType<Punktliste>().Single().Punkter;
        Assert.Equal("Der er ikke data for antallet af anbragte pr. 1.000 0-17-årige pr. 30. september 2017.", fund[3]);
        Assert.All(fund, f => Assert.StartsWith("Der er ikke data for", f));
        Assert.Empty(dok.Afsnit.SelectMany(a => a.Blokke).OfType<Diagram>());
        Assert.Equal(13, dok.Afsnit.SelectMany(a => a.Blokke).OfType<Tekst>().Count(t => t.Indhold == "Der er ikke data for dette nøgletal i perioden."));
        Assert.Contains(Alle(dok), t => t == "Der er ikke fundet rækker, der bryder datakontrakten.");
    }
}
