using System.Text;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Rendering.Json;

/// <summary>
/// The figures export keeps its wire format while ids, opdelinger and periods are typed inside:
/// the exact text of a hand-written export, and a demo export read back and written again byte for byte.
/// </summary>
public sealed class JsonWireformTests
{
    [Fact]
    public void Typede_id_og_opdelinger_skrives_som_deres_ord()
    {
        var eksport = new FigurEksport(510, "2017-01-31", 2016,
        [
            new Observation(Katalog.ServiceudgifterTrin.Id, Opdeling.Trin(3), Periode.Regnskabsaar(2015), 12.5m, null, null, Foreloebig: true),
            new Observation(Katalog.AnbragtePr1000.Id, null, Periode.For(Skaeringsdato.Parse("2017-01-31")), 7m, 21m, 3000m),
            new Observation(Katalog.FagligTrivsel.Id, Opdeling.Forskel, Periode.For(new Skoleaar(2016)), null, null, null, Undertrykt: true),
        ], []);

        var tekst = JsonEksportRenderer.RenderTekst(eksport);

        Assert.Equal("""
            {
              "kommune": 510,
              "skaeringsdato": "2017-01-31",
              "prisaar": 2016,
              "observationer": [
                {
                  "noegletal": "serviceudgifter_trin_pct",
                  "opdeling": "trin3",
                  "periode": "2015",
                  "vaerdi": 12.5,
                  "taeller": null,
                  "naevner": null,
                  "undertrykt": false,
                  "foreloebig": true
                },
                {
                  "noegletal": "anbragte_pr_1000",
                  "opdeling": null,
                  "periode": "2017-01-31",
                  "vaerdi": 7,
                  "taeller": 21,
                  "naevner": 3000,
                  "undertrykt": false,
                  "foreloebig": false
                },
                {
                  "noegletal": "faglig_trivsel",
                  "opdeling": "forskel",
                  "periode": "2016/17",
                  "vaerdi": null,
                  "taeller": null,
                  "naevner": null,
                  "undertrykt": true,
                  "foreloebig": false
                }
              ],
              "datakvalitet": []
            }

            """.ReplaceLineEndings("\n"), tekst);
    }

    [Fact]
    public async Task En_demoeksport_laest_tilbage_giver_de_samme_bytes_og_kun_katalogets_opdelinger()
    {
        var mappe = Path.Combine(Path.GetTempPath(), "rap-json-" + Guid.NewGuid().ToString("N"));
        try
        {
            var db = DemoUdtraek.OpretDemoDb(mappe, 657);
            var bestilling = new RapportBestilling(new DataKilde("sqlite", $"Data Source={db}"), 657, Skaeringsdato.Parse("2025-09-30"),
                new HashSet<Format> { Format.Json });
            var bytes = (await new RapportPipeline().ByggAsync(bestilling)).Filer[Format.Json];

            using var ms = new MemoryStream(bytes);
            var laest = JsonEksportRenderer.Laes(ms);
            // Every row's id and opdeling are the catalog's typed values, the total (null) included.
            Assert.All(laest.Observationer, o => Assert.Contains(o.Opdeling, Katalog.Hent(o.Noegletal).Opdelinger));
            Assert.Contains(laest.Observationer, o => o.Opdeling is null);
            Assert.Contains(laest.Observationer, o => o.Opdeling == Opdeling.Trin(6));
            // The reader skips the datakvalitet rows' newer fields: compare everything up to them.
            var igen = JsonEksportRenderer.Render(laest);
            Assert.Equal(Observationsdel(bytes), Observationsdel(igen));
        }
        finally
        {
            try { Directory.Delete(mappe, recursive: true); } catch (IOException) { }
        }
    }

    private static string Observationsdel(byte[] json)
    {
        var tekst = Encoding.UTF8.GetString(json);
        return tekst[..tekst.IndexOf("\"datakvalitet\"", StringComparison.Ordinal)];
    }
}
