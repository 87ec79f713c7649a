using Rapportering.Report;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>A hand-built report document (~30 blocks) for renderer tests and for looking at the PDF.</summary>
internal static class PdfEksempel
{
    public static string LogoSti => Path.Combine(AppContext.BaseDirectory, "templates", "logos", "510.svg");

    public static RapportDokument Dokument(int ekstraRaekker = 0)
    {
        var datoer = new[] { "31.01.2016", "31.05.2016", "30.09.2016", "31.01.2017", "31.05.2017", "30.09.2017" };
        var aar = new[] { "2013", "2014", "2015", "2016", "2017" };
        var tabelRaekker = new List<IReadOnlyList<Celle>>
        {
            R("Forebyggende foranstaltninger", "12,4", "13,1", "1.234,5"),
            R("Døgnophold for familien (§ 52, stk. 3, nr. 4)", "0,3", "<5", "0,4"),
            R("Hjemmebaseret anbringelse – kontaktperson", "2,1", "2,4", "2,6"),
            R("Forældrerettede indsatser under anbringelse", "1,0", "0,9", "\u22121,1"),
            new[] { new Celle("I alt", true), new Celle("15,8", true), new Celle("16,4", true), new Celle("1.238,6", true) },
        };
        for (var i = 0; i < ekstraRaekker; i++) tabelRaekker.Add(R($"Række {i + 1}", "1,0", "2,0", "3,0"));
        var tabel = new Tabel("Tabel 1.1 Hjemmebaserede foranstaltninger pr. 1.000 0-17-årige",
            [new TabelKolonne("Foranstaltning", false), new TabelKolonne("30. sep. 2015"), new TabelKolonne("30. sep. 2016"), new TabelKolonne("30. sep. 2017")],
            tabelRaekker, "Anm.: <5 betyder færre end fem personer (af hensyn til diskretion).");
        var linje = new Diagram("Figur 1.1 Forebyggende indsatser pr. 1.000 0-17-årige", DiagramType.Linje, "Pr. 1.000 0-17-årige",
            datoer, [new DiagramSerie("Haderslev", [10.2, 11.0, 11.4, null, 12.9, 13.3]), new DiagramSerie("Landsgennemsnit", [9.1, 9.4, 9.9, 10.1, 10.6, 10.8])],
            "Kilde: Kommunens fagsystem, opgjort på skæringsdatoen.");
        var soejler = new Diagram("Figur 4.1 Merudgifter i 1.000 kr. (faste priser)", DiagramType.GrupperedeSoejler, "1.000 kr.",
            aar, [new DiagramSerie("Service", [1234.5, 2100, 3400.25, 3900, 4100], [false, false, false, false, true]),
                  new DiagramSerie("Administration", [310, 280, 420, 450, 500], [false, false, false, false, true])]);
        var stablet = new Diagram("Figur 4.2 Serviceudgifter fordelt på indsatstrappen", DiagramType.StabledeSoejler, "Pct.",
            aar, Enumerable.Range(2, 5).Select(t => new DiagramSerie($"Trin {t}", [10 + t, 12 + t, 14, 16, 18 - t], [false, false, false, false, true])).ToList(),
            "Trin 1 har ingen udgifter på de valgte funktioner.");
        var laengere = string.Join(" ", Enumerable.Repeat(
            "Opgørelsen følger udviklingen i kommunens indsatser over for børn og unge og deres familier; den viser ikke effekten af omlægningen, men hvordan indsatserne fordeler sig.", 4));

        var afsnit = new List<Afsnit>
        {
            new("resume", "", "Resumé",
            [
                new Tekst("Resuméet opsummerer udviklingen fra 30. september 2016 til 30. september 2017. Tallene er små, og ændringer på få personer skal læses med forsigtighed."),
                new Punktliste(["Antallet af forebyggende indsatser pr. 1.000 0-17-årige er steget fra 11,4 til 13,3 – en stigning på 1,9.",
                    "Andelen af anbragte i institution er faldet med 4,2 procentpoint.", "Merudgifterne til service er 4.100 tusind kr. i 2017 (foreløbigt tal)."]),
            ]),
            new("forebyggende", "1", "Forebyggende indsatser",
            [
                new Underoverskrift("1.1 Forebyggende indsatser pr. 1.000 0-17-årige", "forebyggende-1-1"),
                new Tekst(laengere),
                linje,
                new Underoverskrift("1.2 Hjemmebaserede foranstaltninger", "forebyggende-1-2"),
                tabel,
                new Tekst("Særlige tegn: æ ø å Æ Ø Å é ü – — „citat“ § 50 ½ ¼ ° ± × € … •"),
            ]),
            new("anbringelser", "2", "Anbringelser",
            [
                new Tekst(laengere),
                new Underoverskrift("2.1 Anbringelsesformer"),
                new Tekst(laengere),
                new Tekst(laengere),
                new Sideskift(),
                new Tekst("Denne tekst står efter et sideskift."),
            ]),
            new("oekonomi", "3", "Økonomi",
            [
                new Tekst("Udgifterne er opgjort i faste priser (2017-niveau). Tal for 2017 er forventet regnskab."),
                soejler,
                stablet,
                new Tekst(laengere),
            ]),
            new("bilag", "Bilag", "Definitioner og datagrundlag",
            [
                new Definition("Forebyggende indsatser pr. 1.000", "forebyggende_pr_1000", "pr. 1.000 0-17-årige",
                    "Antal 0-17-årige med en forebyggende indsats på skæringsdatoen pr. 1.000 0-17-årige i kommunen."),
                new Definition("Anbragte pr. 1.000", "anbragte_pr_1000", "pr. 1.000 0-17-årige",
                    "Antal anbragte 0-17-årige på skæringsdatoen pr. 1.000 0-17-årige. 18-årige tælles ikke."),
                new Tekst("Datagrundlag: Kommunens fagsystem (data pr. 5. oktober 2017) og regnskabsdata fra Danmarks Statistik."),
            ]),
        };
        var forside = new Forside(510, "Haderslev Kommune", "Børne- og Ungeudvalget", "Nøgletal, økonomi og trivsel",
            "Opfølgning på omlægningen af indsatsen for udsatte børn og unge", "1. maj – 30. september 2017", "30. september 2017",
            LogoSti, "#1F4E79", "#F2C14E") { Logo = new Logo(File.ReadAllBytes(LogoSti), "image/svg+xml") };
        var metadata = new RapportMetadata("Nøgletal, økonomi og trivsel – Haderslev Kommune", "Haderslev Kommune",
            "Tertialrapport pr. 30. september 2017", ["udsatte børn", "nøgletal", "økonomi"], new DateTimeOffset(2017, 10, 5, 8, 0, 0, TimeSpan.Zero));
        return new RapportDokument(metadata, forside, afsnit, Rammetekster.Fra(Rapportering.Templates.RapportTekster.Indbyggede(), forside.Kommunenavn, metadata.Oprettet));
    }

    private static IReadOnlyList<Celle> R(string navn, params string[] tal) => [new Celle(navn), .. tal.Select(t => new Celle(t))];
}
