using Rapportering.Figures;
using Rapportering.Templates;
using Rapportering.Report;

namespace Rapportering.Tests.Rendering.Html;

/// <summary>A hand-made report document with every kind of block (used by the HTML and web tests).</summary>
internal static class TestDokument
{
    public static RapportDokument Lav(int kode = 101, string navn = "Aarby Kommune", Logo? logo = null)
    {
        var d = Uden(kode, navn, logo);
        // The chart number tables as the report step makes them.
        var tekster = RapportTekster.Indbyggede();
        return d with
        {
            Afsnit = d.Afsnit.Select(a => a with { Blokke = a.Blokke.Select(b => b is Diagram g ? g with { Taltabel = Diagramtal.Tabel(g, tekster) } : b).ToList() }).ToList(),
        };
    }

    private static RapportDokument Uden(int kode, string navn, Logo? logo) => new(
        new RapportMetadata($"Nøgletal, økonomi og trivsel – {navn}", "Rapportering", "Udsatte børn og unge", ["nøgletal", "trivsel"],
            new DateTimeOffset(2017, 10, 15, 8, 0, 0, TimeSpan.Zero)),
        // A light brand colour on purpose: the renderer must darken it to reach AA contrast.
        new Forside(kode, navn, "Børne- og Ungeudvalget", "Nøgletal, økonomi og trivsel", "Omlægningen af indsatsen for udsatte børn og unge",
            "Skæringsdato 30. september 2017", "15. oktober 2017", null, "#9DC3E6", "#FFC000") { Logo = logo },
        [
            new Afsnit("resume", "", "Resumé", [new Punktliste(["Flere forebyggende indsatser.", "Færre anbragte."])]),
            new Afsnit("forebyggende", "1", "Forebyggende indsatser",
            [
                new Underoverskrift("1.1 Forebyggende indsatser pr. 1.000 0-17-årige", "forebyggende-pr-1000"),
                new Tekst("Antallet af forebyggende indsatser er steget."),
                new Diagram("Forebyggende indsatser pr. 1.000", DiagramType.Linje, "pr. 1.000 0-17-årige",
                    ["31. januar 2017", "31. maj 2017", "30. september 2017"],
                    [new DiagramSerie(navn, [12.5, null, 14.25]), new DiagramSerie("Referencekommuner", [10.0, 10.5, 11.0])]),
                new Tabel("Forebyggende indsatser pr. 1.000 0-17-årige",
                    [new TabelKolonne("Skæringsdato", false), new TabelKolonne("Antal"), new TabelKolonne("Pr. 1.000")],
                    [
                        [new Celle("31. januar 2017"), Diagramtal.MaerkeCelle(Hul.UndertryktAntal, RapportTekster.Indbyggede()), Diagramtal.MaerkeCelle(Hul.UndertryktAntal, RapportTekster.Indbyggede())],
                        [new Celle("30. september 2017", true), new Celle("142"), new Celle("14,3")],
                    ], "<5: færre end 5 personer."),
            ]),
            new Afsnit("oekonomi", "2", "Økonomi",
            [
                new Underoverskrift("2.1 Udgifter", "udgifter"),
                new Diagram("Udgifter i 1.000 kr.", DiagramType.GrupperedeSoejler, "1.000 kr.", ["2015", "2016", "2017"],
                    [new DiagramSerie("Service", [52000, 54000, 55500], [false, false, true]), new DiagramSerie("Administration", [4000, 4100, 4200])])
                {
                    // Decided by the report step, as for every chart: whole 1.000 kr., categories are years.
                    Decimaler = 0,
                    Kategorinavn = "År",
                },
                new Sideskift(),
                new Underoverskrift("2.2 Serviceudgifter på trin"),
                new Diagram("Serviceudgifter fordelt på trin", DiagramType.StabledeSoejler, "pct.", ["2016", "2017"],
                    [new DiagramSerie("Trin 2", [20, 22]), new DiagramSerie("Trin 3", [30, 31]), new DiagramSerie("Trin 4-6", [50, 47])]),
            ]),
            new Afsnit("bilag", "Bilag", "Definitioner og datakvalitet",
            [
                new Definition("Anbragte pr. 1.000 0-17-årige", "anbragte_pr_1000", "pr. 1.000 0-17-årige", "Antal anbragte 0-17-årige pr. 1.000."),
                new Definition("Fravær", "fravaer_pct", "pct. af skoledage", "Gennemsnitligt fravær."),
                new Tabel("Datakvalitet", [new TabelKolonne("Regel", false), new TabelKolonne("Antal")], [[new Celle("slutdato_foer_startdato"), new Celle("2")]]),
            ]),
        ], Rammetekster.Fra(RapportTekster.Indbyggede(), navn, new DateTimeOffset(2017, 10, 15, 8, 0, 0, TimeSpan.Zero)));
}
