using Rapportering.Domain;
using System.Text.RegularExpressions;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Templates;
using static Rapportering.Tests.Report.DokumentTekster;

namespace Rapportering.Tests.Report;

public class BilagOgSkabelonTests
{
    private static readonly RapportDokument Dok = RapportFixtur.Dokument();

    [Fact]
    public void Bilaget_har_definitionen_paa_hvert_noegletal_fra_kataloget()
    {
        var defs = Afsnit(Dok, "bilag").Blokke.OfType<Definition>().ToList();
        Assert.Equal(Katalog.Alle.Select(f => f.Id.Kode), defs.Select(d => d.Id));
        var ord = RapportFixtur.Ord;
        Assert.All(defs, d =>
        {
            var f = Katalog.Hent(new FigurId(d.Id));
            Assert.Equal((ord.Navn(f), ord.Enhed(f), ord.Definition(f)), (d.Navn, d.Enhed, d.Tekst));
        });
        // The words themselves, written out here (not read from the texts): one figure in full.
        var anbragte = defs.Single(d => d.Id == "anbragte_pr_1000");
        Assert.Equal(("Anbragte pr. 1.000 0-17-årige", "pr. 1.000 0-17-årige", "Institution, Familiepleje, Netværkspleje"),
            (anbragte.Navn, anbragte.Enhed, defs.Single(d => d.Id == "anbringelsesformer_pct").Opdelinger));
        Assert.StartsWith("Antal 0-17-årige anbragt uden for hjemmet (trin 4-6", anbragte.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Datagrundlag_naevner_kilder_data_pr_skaeringsdato_og_prisaar()
    {
        var tekster = Alle(Dok).ToList();
        Assert.Contains(tekster, t => t.Contains("pr. skæringsdatoen 30. september 2017 på grundlag af data pr. 3. oktober 2017", StringComparison.Ordinal)
                                      && t.Contains("faste 2017-priser", StringComparison.Ordinal));
        var kilder = Afsnit(Dok, "bilag").Blokke.OfType<Punktliste>().Single().Punkter;
        Assert.Equal(7, kilder.Count);
        Assert.Contains(kilder, k => k.StartsWith("rap_skoletrivsel:", StringComparison.Ordinal));
    }

    [Fact]
    public void Datakvalitetsfund_staar_i_en_tabel_uden_cpr_lignende_tal()
    {
        var tabel = Afsnit(Dok, "bilag").Blokke.OfType<Tabel>().Single();
        Assert.Equal(["Regel", "Antal rækker", "Hvad er gjort", "Beskrivelse"], tabel.Kolonner.Select(k => k.Overskrift));
        // Findings no view owns (the fixture's) form the last table.
        Assert.Contains("Øvrige fund", tabel.Titel);
        // The rule's Danish name from the texts, not its id (the id stays in the JSON export).
        Assert.Equal(["Slutdato før startdato", "2", "Udeladt af alle opgørelser", "Indsatser med slutdato før startdato er udeladt."], tabel.Raekker[0].Select(c => c.Tekst));
        Assert.Equal("Regnskabsrække på funktion 5.28.99 er ikke dækket af en regel (fejlagtigt citeret [fjernet]).", tabel.Raekker[1][3].Tekst);
    }

    [Fact]
    public void Ingen_tekst_i_dokumentet_ligner_et_cpr_nummer_eller_et_person_id()
    {
        var cpr = new Regex(@"(?<!\d)\d{6}-?\d{4}(?!\d)");
        Assert.DoesNotContain(Alle(Dok), t => cpr.IsMatch(t) || t.Contains("person_id", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Samme_input_giver_samme_dokument()
    {
        Assert.Equal(Alle(Dok).ToList(), Alle(RapportFixtur.Dokument()).ToList());
    }

    [Fact]
    public void Kommunens_egen_overskrift_vinder_og_resten_kommer_fra_standardteksterne()
    {
        using var egne = new Templates.EgneTekster("""{ "afsnit": { "anbringelser": { "overskrift": "Anbringelser uden for hjemmet" } } }""");
        var dok = RapportFixtur.Dokument(tekster: egne.Laes());
        Assert.Equal("3 Anbringelser uden for hjemmet", Afsnit(dok, "anbringelser").FuldOverskrift);
        Assert.Equal("2 Hjemmebaserede foranstaltninger", Afsnit(dok, "hjemmebaserede").FuldOverskrift);
        Assert.StartsWith("Anbringelser uden for hjemmet er indsatstrappens", Afsnit(dok, "anbringelser").Blokke.OfType<Tekst>().First().Indhold);
    }

    [Fact]
    public void Tekst_der_mangler_i_begge_filer_og_ugyldig_json_giver_en_linjes_fejl()
    {
        var tekster = RapportTekster.Indbyggede();
        var fejl = Assert.Throws<SkabelonFejl>(() => tekster.Hent("afsnit.findes_ikke.overskrift"));
        Assert.Equal("rapport/tekster.json: teksten 'afsnit.findes_ikke.overskrift' mangler", fejl.Message);

        using var egne = new Templates.EgneTekster("""{ "afsnit": { "resume": 3 } }""");
        var f2 = Assert.Throws<SkabelonFejl>(egne.Laes);
        Assert.EndsWith("'afsnit.resume' skal være en tekst", f2.Message);
        egne.Skriv("{ \"afsnit\": ");
        var f3 = Assert.Throws<SkabelonFejl>(egne.Laes);
        Assert.DoesNotContain('\n', f3.Message);
        Assert.Contains("ugyldig JSON", f3.Message);
    }
}
