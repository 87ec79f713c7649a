using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Xlsx;
using Rapportering.Report;
using Rapportering.Sammenligninger;
using Rapportering.Templates;
using Rapportering.Tests.Rendering.Xlsx;
using Rapportering.Tests.Report;

namespace Rapportering.Tests.Templates;

/// <summary>
/// The catalog's words (katalog.&lt;id&gt;.*, opdeling.&lt;kode&gt;) live in rapport/tekster.json: a missing or
/// blank one stops the load with a one-line template error, and a kommune's own word reaches the
/// report document, the HTML, the kommune workbook and the comparison workbook.
/// </summary>
public sealed class KatalogTeksterTests : IDisposable
{
    private readonly DirectoryInfo _mappe = Directory.CreateTempSubdirectory("katalogtekster-");

    public void Dispose() => _mappe.Delete(recursive: true);

    private static readonly string Indbygget = Path.Combine(Skabeloner.IndbyggetMappe, RapportTekster.RelativSti);

    /// <summary>Loads the texts with <paramref name="egne"/> as the kommune's file over a built-in file changed by <paramref name="aendr"/>.</summary>
    private RapportTekster Laes(string egne, Action<JsonObject>? aendr = null)
    {
        var rod = JsonNode.Parse(File.ReadAllText(Indbygget), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        aendr?.Invoke(rod);
        var indbygget = Path.Combine(_mappe.FullName, "indbygget.json");
        File.WriteAllText(indbygget, rod.ToJsonString());
        Directory.CreateDirectory(Path.Combine(_mappe.FullName, "rapport"));
        File.WriteAllText(Path.Combine(_mappe.FullName, "rapport", "tekster.json"), egne);
        return RapportTekster.Laes(Skabeloner.Standard(_mappe.FullName), indbygget);
    }

    [Theory]
    [InlineData("katalog", "anbragte_pr_1000", "enhed", "katalog.anbragte_pr_1000.enhed")]
    [InlineData("katalog", "fravaer_pct", "navn", "katalog.fravaer_pct.navn")]
    [InlineData("katalog", "udgifter_1000kr", "kort", "katalog.udgifter_1000kr.kort")]
    [InlineData("opdeling", "netvaerkspleje", null, "opdeling.netvaerkspleje")]
    [InlineData("opdeling", "i_alt", null, "opdeling.i_alt")]
    public void En_manglende_katalogtekst_stopper_indlaesningen(string gruppe, string noegle, string? felt, string fuld)
    {
        var fejl = Assert.Throws<SkabelonFejl>(() => Laes("{}", rod =>
        {
            if (felt is null) rod[gruppe]!.AsObject().Remove(noegle);
            else rod[gruppe]![noegle]!.AsObject().Remove(felt);
        }));
        Assert.Equal($"rapport/tekster.json: teksten '{fuld}' mangler", fejl.Message);
    }

    [Fact]
    public void En_tom_katalogtekst_fra_kommunen_stopper_indlaesningen()
    {
        var fejl = Assert.Throws<SkabelonFejl>(() => Laes("""{ "opdeling": { "institution": " " } }"""));
        Assert.Equal("rapport/tekster.json: teksten 'opdeling.institution' er tom", fejl.Message);
        Assert.NotNull(Laes("{}")); // the unchanged copy loads: the failures above are the removed keys
    }

    [Fact]
    public void Standardteksterne_har_kataloget_og_en_ukendt_opdeling_laeses_som_sin_kode()
    {
        var ord = RapportTekster.Indbyggede().Katalog;
        Assert.Equal("Anbringelsesformer", ord.Navn(Katalog.Anbringelsesformer));
        Assert.Equal("pct. af kohorten", ord.Enhed(Katalog.OphoerteInstitutionsanbringelser));
        Assert.Equal("Ophørte inst.", ord.Kort(Katalog.OphoerteInstitutionsanbringelser));
        Assert.Equal("I alt", ord.Opdeling(null));
        Assert.Equal("I alt", ord.Opdeling(Opdeling.IAlt));
        Assert.Equal("Døgnophold for familien", ord.Opdeling(Opdeling.DoegnopholdFamilie));
        // A newer sender's export may carry an opdeling this catalog does not have: shown as sent, not as "".
        Assert.Equal("trin7", ord.Opdeling(new Opdeling("trin7")));
    }

    private const string Egne = """
        {
          "katalog": { "anbragte_pr_1000": { "navn": "Børn anbragt uden for hjemmet", "enhed": "pr. 1.000 børn", "kort": "Anbragte børn" } },
          "opdeling": { "institution": "Døgninstitution" }
        }
        """;

    [Fact]
    public void Kommunens_egne_ord_for_et_noegletal_naar_rapporten_html_og_begge_regneark()
    {
        var tekster = Laes(Egne);
        var dok = RapportFixtur.Dokument(tekster: tekster);
        var anbringelser = DokumentTekster.Afsnit(dok, "anbringelser");
        Assert.Contains(anbringelser.Blokke.OfType<Underoverskrift>(), u => u.Tekst == "3.1 Børn anbragt uden for hjemmet");
        var diagram = anbringelser.Blokke.OfType<Diagram>().First();
        Assert.Equal("Figur 6 Børn anbragt uden for hjemmet", diagram.Titel);
        Assert.Equal("pr. 1.000 børn", diagram.YAkse);
        Assert.Contains(anbringelser.Blokke.OfType<Diagram>().SelectMany(d => d.Serier), s => s.Navn == "Døgninstitution");
        var definition = DokumentTekster.Afsnit(dok, "bilag").Blokke.OfType<Definition>().Single(d => d.Id == "anbragte_pr_1000");
        Assert.Equal(("Børn anbragt uden for hjemmet", "pr. 1.000 børn"), (definition.Navn, definition.Enhed));
        Assert.StartsWith("Antal 0-17-årige anbragt", definition.Tekst, StringComparison.Ordinal); // not overridden: the built-in definition

        var html = HtmlRenderer.Render(dok);
        Assert.Contains(">3.1 Børn anbragt uden for hjemmet</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Anbragte pr. 1.000 0-17-årige", html, StringComparison.Ordinal);

        using (var ms = new MemoryStream())
        {
            new KommuneWorkbookRenderer().Render(XlsxFixtur.Input() with { Dokument = XlsxDokument(tekster), Tekster = tekster }, ms);
            using var wb = new XLWorkbook(new MemoryStream(ms.ToArray()));
            var raekke = wb.Worksheet("Definitioner").Table("Tabel_Definitioner").DataRange.Rows().Single(r => r.Cell(1).GetString() == "anbragte_pr_1000");
            Assert.Equal(("Børn anbragt uden for hjemmet", "pr. 1.000 børn"), (raekke.Cell(2).GetString(), raekke.Cell(5).GetString()));
        }

        using (var ms = new MemoryStream())
        {
            var model = new SammenligningsModel([new SammenligningKommune(XlsxFixtur.Eksport(), "Testrup Kommune")], 510, [], XlsxFixtur.Dannet) { Tekster = tekster };
            new SammenligningWorkbookRenderer().Render(model, ms);
            using var wb = new XLWorkbook(new MemoryStream(ms.ToArray()));
            Assert.Equal("Børn anbragt uden for hjemmet – I alt", wb.Worksheet("Anbragte børn").Cell(1, 1).GetString());
            Assert.StartsWith("Enhed: pr. 1.000 børn.", wb.Worksheet("Anbragte børn").Cell(2, 1).GetString(), StringComparison.Ordinal);
            Assert.True(wb.TryGetWorksheet("Anbr.form Døgninstitution", out _));
            var data = wb.Worksheet("Data").Table("Tabel_Data").DataRange.Rows()
                .First(r => r.Cell(4).GetString() == "anbringelsesformer_pct");
            Assert.Equal(("Anbringelsesformer", "Døgninstitution"), (data.Cell(5).GetString(), data.Cell(7).GetString()));
        }
    }

    private static RapportDokument XlsxDokument(RapportTekster tekster)
    {
        var i = XlsxFixtur.Input();
        return RapportKomponist.Komponer(new RapportInput(XlsxFixtur.Eksport(), 510, "Testrup Kommune",
            new KommuneSkabelon(510, "Testrup Kommune", new Branding("#1F4E79", "#F2C14E", null, "Børne- og Ungeudvalget", null), Basisperioder.Standard, [], [], []),
            null, i.DataPr, i.Skaeringsdato, tekster, XlsxFixtur.Dannet));
    }
}
