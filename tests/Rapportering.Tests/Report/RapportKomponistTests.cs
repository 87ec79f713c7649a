using System.Text.RegularExpressions;
using Rapportering.Figures;
using Rapportering.Report;
using static Rapportering.Tests.Report.DokumentTekster;

namespace Rapportering.Tests.Report;

public class RapportKomponistTests
{
    private static readonly RapportDokument Dok = RapportFixtur.Dokument();

    [Fact]
    public void Afsnit_kommer_i_raekkefoelge_med_overskrifterne_fra_skabelonen()
    {
        Assert.Equal(["resume", "forebyggende", "hjemmebaserede", "anbringelser", "oekonomi", "trivsel", "bilag"], Dok.Afsnit.Select(a => a.Id));
        Assert.Equal(
            ["Resumé", "1 Forebyggende indsatser", "2 Hjemmebaserede foranstaltninger", "3 Anbringelser", "4 Økonomi", "5 Trivsel og fravær", "Bilag"],
            Dok.Afsnit.Select(a => a.FuldOverskrift));
    }

    [Fact]
    public void Forside_og_metadata_har_kommune_udvalg_periode_og_den_injicerede_dato()
    {
        var f = Dok.Forside;
        Assert.Equal((510, "Haderslev Kommune", "Børne- og Familieudvalget"), (f.KommuneKode, f.Kommunenavn, f.Udvalg));
        Assert.Equal("Omlægning af indsatsen for udsatte børn og unge", f.Titel);
        Assert.Equal("Nøgletal, økonomi og trivsel", f.Undertitel);
        Assert.Equal("Tertialrapport pr. 30. september 2017", f.Periode);
        Assert.Equal("15. oktober 2017", f.Dato);
        Assert.Equal("/opt/rapportering/templates/kommuner/510-logo.svg", f.LogoSti);
        Assert.Equal(("#00573F", "#8DB63C"), (f.Primaerfarve, f.Sekundaerfarve));
        Assert.Equal("Haderslev Kommune", Dok.Metadata.Forfatter);
        Assert.Equal(RapportFixtur.Oprettet, Dok.Metadata.Oprettet);
        Assert.Contains("Haderslev Kommune", Dok.Metadata.Titel);
    }

    [Fact]
    public void Vaerdier_staar_paa_dansk_i_tabellen_i_deres_eget_afsnit()
    {
        var anbringelser = Afsnit(Dok, "anbringelser");
        // anbragte_pr_1000: 11,7999 -> "11,8" with 133 children; 12,4003 -> "12,4".
        Assert.Equal(["30. september 2017", "133", "11,8"], Raekke(anbringelser, RapportFixtur.Ord.Navn(Katalog.AnbragtePr1000), "30. september 2017"));
        Assert.Equal(["30. september 2016", "140", "12,4"], Raekke(anbringelser, RapportFixtur.Ord.Navn(Katalog.AnbragtePr1000), "30. september 2016"));
        // The same number is not in another section's tables.
        Assert.DoesNotContain(Tabeller(Afsnit(Dok, "forebyggende")).SelectMany(t => t.Raekker).SelectMany(r => r), c => c.Tekst == "11,8");
        // Thousands separator: 2.353 øvrige pupils; amounts in mio. kr.: 139.845,6 + 22.500 = 162.345,6 t.kr. -> "162,3".
        Assert.Equal(["2014/15", "3,4", "159", "3,6", "2.353", "−0,2"], Raekke(Afsnit(Dok, "trivsel"), RapportFixtur.Ord.Navn(Katalog.FagligTrivsel), "2014/15"));
        Assert.Equal(["2016", "139,8", "22,5", "162,3"], Raekke(Afsnit(Dok, "oekonomi"), RapportFixtur.Ord.Navn(Katalog.Udgifter), "2016"));
        // BFU: 72 new measures, 6 followed by an investigation, 8,3333 -> "8,3".
        Assert.Equal(["30. september 2017", "72", "6", "8,3"], Raekke(Afsnit(Dok, "forebyggende"), RapportFixtur.Ord.Navn(Katalog.ForebyggendeEfterfulgtAfBfu), "30. september 2017"));
    }

    [Fact]
    public void Hvert_tal_i_eksporten_findes_formateret_i_en_tabel_i_sit_afsnit()
    {
        var afsnitFor = new Dictionary<Omraade, string>
        {
            [Omraade.Forebyggende] = "forebyggende", [Omraade.Hjemmebaserede] = "hjemmebaserede",
            [Omraade.Anbringelser] = "anbringelser", [Omraade.Oekonomi] = "oekonomi", [Omraade.Trivsel] = "trivsel",
        };
        foreach (var o in RapportFixtur.Eksport().Observationer.Where(o => o.Vaerdi is not null))
        {
            var f = Katalog.Hent(o.Noegletal);
            var forventet = f.Enhed == Enhed.Tusind_kr ? Formatering.Tal(o.Vaerdi!.Value / 1000m) : Formatering.Tal(o.Vaerdi!.Value);
            var celler = Tabeller(Afsnit(Dok, afsnitFor[f.Omraade])).SelectMany(t => t.Raekker).SelectMany(r => r).Select(c => c.Tekst);
            Assert.True(celler.Contains(forventet), $"{o.Noegletal}/{o.Opdeling}/{o.Periode}: '{forventet}' mangler i afsnittets tabeller");
        }
    }

    [Fact]
    public void Undertrykt_tal_vises_som_under_5_med_fodnote()
    {
        var hjemme = Afsnit(Dok, "hjemmebaserede");
        // One table for the figure: count and rate for the total and for each type.
        var tabel = Tabeller(hjemme).Single(t => t.Titel.Contains(RapportFixtur.Ord.Navn(Katalog.HjemmebaseredePr1000), StringComparison.Ordinal));
        var jan17 = tabel.Raekker.Single(r => r[0].Tekst == "31. januar 2017");
        // Columns: Skæringsdato, I alt (antal, pr. 1.000), Forebyggende foranstaltning (antal, pr. 1.000), Døgnophold for familien (antal, pr. 1.000), ...
        Assert.Equal("Døgnophold for familien, antal", tabel.Kolonner[5].Overskrift);
        Assert.Equal("Døgnophold for familien, pr. 1.000", tabel.Kolonner[6].Overskrift);
        // Grouped for renderers that can: the type's name over "antal" and "pr. 1.000"
        Assert.Equal(("Døgnophold for familien", "antal"), (tabel.Kolonner[5].Gruppe, tabel.Kolonner[5].Del));
        Assert.Equal(("Døgnophold for familien", "pr. 1.000"), (tabel.Kolonner[6].Gruppe, tabel.Kolonner[6].Del));
        Assert.Null(tabel.Kolonner[0].Gruppe);
        // The rate has the value mark (not "<5" in a per-1.000 column), the count the count mark;
        // one footnote each, in the templates' words.
        Assert.Equal("..", jan17[6].Tekst);
        Assert.Equal("<5", jan17[5].Tekst);
        Assert.Contains("<5: Antallet er undertrykt af hensyn til diskretion.", tabel.Fodnote);
        Assert.Contains("..: Andelen, raten eller gennemsnittet er undertrykt", tabel.Fodnote);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(tabel.Fodnote!, "<5:"));
        // A zero elsewhere is a real zero, shown as "0".
        Assert.Equal("0", tabel.Raekker.Single(r => r[0].Tekst == "31. maj 2017")[5].Tekst);
        // In the chart the suppressed point is a gap, explained in the footnote.
        var diagram = hjemme.Blokke.OfType<Diagram>().First(g => g.Titel.Contains("pr. type", StringComparison.Ordinal));
        var serie = diagram.Serier.Single(s => s.Navn == "Døgnophold for familien");
        Assert.Null(serie.Vaerdier[3]);
        Assert.Equal(Hul.UndertryktVaerdi, serie.Huller![3]);
        Assert.Equal("..", serie.Maerke(3));
        Assert.Contains("huller", diagram.Fodnote);
        Assert.StartsWith("..: Andelen", diagram.TalFodnote);
    }

    [Fact]
    public void Manglende_skaeringsdato_vises_som_tankestreg_aldrig_0()
    {
        var anbringelser = Afsnit(Dok, "anbringelser");
        Assert.Equal(["31. januar 2017", "–", "–"], Raekke(anbringelser, RapportFixtur.Ord.Navn(Katalog.AnbragtePr1000), "31. januar 2017"));
        var tabel = Tabeller(anbringelser).First(t => t.Titel.Contains(RapportFixtur.Ord.Navn(Katalog.AnbragtePr1000), StringComparison.Ordinal));
        Assert.Contains("–: Mangler data.", tabel.Fodnote);
        Assert.DoesNotContain("<5", tabel.Fodnote);
        var diagram = anbringelser.Blokke.OfType<Diagram>().First();
        Assert.Null(diagram.Serier[0].Vaerdier[3]);
        Assert.Equal(11.8, diagram.Serier[0].Vaerdier[5]!.Value, 3);
    }

    [Fact]
    public void Diagram_efterfoelges_af_tabel_med_tallene()
    {
        foreach (var a in Dok.Afsnit)
            for (var i = 0; i < a.Blokke.Count; i++)
                if (a.Blokke[i] is Diagram g)
                {
                    // The table follows the figure's chart(s): 2.1 has one in total and one per type.
                    var t = Assert.IsType<Tabel>(a.Blokke.Skip(i + 1).First(b => b is not Diagram));
                    Assert.Equal(g.Kategorier.Count, t.Raekker.Count);
                }
    }

    [Fact]
    public void Forventet_regnskab_markeres_i_tabel_og_diagram()
    {
        var oekonomi = Afsnit(Dok, "oekonomi");
        var udgifter = Tabeller(oekonomi).First(t => t.Titel.Contains(RapportFixtur.Ord.Navn(Katalog.Udgifter), StringComparison.Ordinal));
        Assert.Equal(["2015", "2016", "2017 (forventet regnskab)"], udgifter.Raekker.Select(r => r[0].Tekst));
        Assert.Contains("Forventet regnskab", udgifter.Fodnote);
        var diagram = oekonomi.Blokke.OfType<Diagram>().First();
        Assert.Equal("2017 (forventet regnskab)", diagram.Kategorier[2]);
        Assert.Equal([false, false, true], diagram.Serier[0].Foreloebig!);
        Assert.Equal(120.0, diagram.Serier[0].Vaerdier[2]!.Value, 3); // 120.000 t.kr. drawn as 120 mio. kr.
        Assert.Contains("2017 (forventet regnskab)", Raekke(oekonomi, RapportFixtur.Ord.Navn(Katalog.ServiceudgifterTrin), "2017 (forventet regnskab)"));
    }

    [Fact]
    public void Merudgifter_siger_hvilke_basisperioder_og_at_serierne_ikke_kan_laegges_sammen()
    {
        var tekster = Afsnit(Dok, "oekonomi").Blokke.OfType<Tekst>().Select(t => t.Indhold);
        Assert.Contains(tekster, t =>
            t.Contains("for service 2011-2014, for administration 2013-2014 og for de samlede udgifter 2013-2014", StringComparison.Ordinal)
            && t.Contains("kan de tre serier ikke lægges sammen", StringComparison.Ordinal));
    }

    [Fact]
    public void Trivsel_viser_forskellen_og_at_det_er_monitorering()
    {
        var trivsel = Afsnit(Dok, "trivsel");
        var tekster = trivsel.Blokke.OfType<Tekst>().Select(t => t.Indhold).ToList();
        Assert.Contains(tekster, t => t.Contains("Grupperne skifter fra år til år", StringComparison.Ordinal) && t.Contains("ikke effektmåling", StringComparison.Ordinal));
        // fravær 2014/15: udsatte suppressed (mean "..", N "<5"), øvrige 5,3 (N 2.632), no gap row -> "–".
        Assert.Equal(["2014/15", "..", "<5", "5,3", "2.632", "–"], Raekke(trivsel, RapportFixtur.Ord.Navn(Katalog.Fravaer), "2014/15"));
        Assert.Contains("Forskellen mellem udsatte og øvrige elever i fravær er øget fra 5,9 procentpoint til 8,4 procentpoint fra skoleåret 2015/16 til skoleåret 2016/17. Udviklingen er ikke i den ønskede retning.", tekster);
    }
}
