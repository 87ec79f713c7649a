using System.Text;
using System.Text.Json;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Rendering.Xlsx;

namespace Rapportering.Tests.Rendering.Json;

/// <summary>
/// The export read back with one forward pass (<see cref="JsonEksportLaeser"/>): the same records as
/// were written, whatever the key order, spacing, escapes or byte order mark; and every broken
/// export refused with one of the exception kinds the callers turn into their one-line refusal.
/// </summary>
public sealed class JsonEksportLaeserTests
{
    private static readonly string Skrevet = JsonEksportRenderer.RenderTekst(XlsxFixtur.Eksport());

    private static Rapportering.Figures.FigurEksport Laes(string json, bool bom = false) =>
        JsonEksportRenderer.Laes(new MemoryStream([.. (bom ? (byte[])[0xEF, 0xBB, 0xBF] : []), .. Encoding.UTF8.GetBytes(json)]));

    [Fact]
    public void Det_skrevne_laeses_tilbage_til_de_samme_poster_og_de_samme_bytes()
    {
        var eksport = XlsxFixtur.Eksport();
        var laest = Laes(Skrevet);

        Assert.Equal(eksport.Observationer, laest.Observationer);
        Assert.Equal(eksport.Datakvalitet, laest.Datakvalitet);
        Assert.Equal((eksport.Kommune, eksport.Skaeringsdato, eksport.Prisaar), (laest.Kommune, laest.Skaeringsdato, laest.Prisaar));
        Assert.Equal(Skrevet, JsonEksportRenderer.RenderTekst(laest));
        // From a file stream too (the comparison reads files), with a byte order mark.
        var sti = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(sti, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Skrevet)]);
            using var fil = File.OpenRead(sti);
            Assert.Equal(eksport.Observationer, JsonEksportRenderer.Laes(fil).Observationer);
        }
        finally
        {
            File.Delete(sti);
        }
    }

    [Fact]
    public void Noegleorden_mellemrum_escapes_og_ukendte_noegler_aendrer_intet()
    {
        const string json = """
            {"datakvalitet":[{"beskrivelse":"To r\u00e6kker","antal":2,"regel":"dublet","ny":[1,{"x":null}]}],
             "ekstra":{"a":[1,2,3]},"prisaar":2017,
             "observationer":[{"foreloebig":false,"undertrykt":true,"naevner":null,"taeller":null,"vaerdi":null,
                               "periode":"2017-09-30","opdeling":"\u0030-5","noegletal":"forebyggende_pr_1000","senere":"x"},
                              {"noegletal":"forebyggende\u005fpr_1000","opdeling":null,"periode":"2017-09-30","vaerdi":1.5,
                               "taeller":3,"naevner":2000,"undertrykt":false,"foreloebig":true}],
             "skaeringsdato":"2017-09-30","kommune":510}
            """;

        var e = Laes(json, bom: true);

        Assert.Equal((510, "2017-09-30", 2017), (e.Kommune, e.Skaeringsdato.Iso, e.Prisaar));
        Assert.Equal(2, e.Observationer.Count);
        // The escaped id is the same id as the plain one, and the opdeling "0-5" was written \u0030-5.
        Assert.Equal(e.Observationer[0].Noegletal, e.Observationer[1].Noegletal);
        Assert.Equal("forebyggende_pr_1000", e.Observationer[1].Noegletal.Kode);
        Assert.Equal("0-5", e.Observationer[0].Opdeling!.Value.Kode);
        Assert.Null(e.Observationer[1].Opdeling);
        Assert.True(e.Observationer[0].Undertrykt);
        Assert.Equal(1.5m, e.Observationer[1].Vaerdi);
        Assert.Equal(new Rapportering.Figures.DatakvalitetFund("dublet", 2, "To rækker"), Assert.Single(e.Datakvalitet));
    }

    [Theory]
    [InlineData("", typeof(JsonException))]
    [InlineData("   ", typeof(JsonException))]
    [InlineData("{\"kommune\":510", typeof(JsonException))]                              // cut off
    [InlineData("{} {}", typeof(JsonException))]                                        // a second value after the root
    [InlineData("{\"kommune\":510} x", typeof(JsonException))]                         // text after the root
    [InlineData("[]", typeof(InvalidOperationException))]                               // not an object
    [InlineData("{\"kommune\":\"510\",\"skaeringsdato\":\"2017-09-30\",\"prisaar\":2017,\"observationer\":[],\"datakvalitet\":[]}", typeof(InvalidOperationException))] // a number as text
    [InlineData("{\"kommune\":5.5,\"skaeringsdato\":\"2017-09-30\",\"prisaar\":2017,\"observationer\":[],\"datakvalitet\":[]}", typeof(FormatException))]                 // not a whole number
    [InlineData("{\"kommune\":510,\"skaeringsdato\":\"2017-09-30\",\"prisaar\":2017,\"datakvalitet\":[]}", typeof(KeyNotFoundException))]
    [InlineData("{\"kommune\":510,\"skaeringsdato\":\"2017-09-30\",\"prisaar\":2017,\"observationer\":{},\"datakvalitet\":[]}", typeof(InvalidOperationException))]
    [InlineData("{\"kommune\":510,\"skaeringsdato\":\"2017-09-30\",\"prisaar\":2017,\"observationer\":[1],\"datakvalitet\":[]}", typeof(InvalidOperationException))]
    public void Et_oedelagt_dokument_afvises_med_en_kendt_slags_fejl(string json, Type slags)
    {
        var fejl = Record.Exception(() => Laes(json));
        Assert.NotNull(fejl);
        Assert.IsAssignableFrom(slags, fejl);
    }

    [Theory]
    // One row's field left out, null where a value is needed, or of the wrong kind.
    [InlineData("\"noegletal\":\"forebyggende_pr_1000\",", "", typeof(KeyNotFoundException))]
    [InlineData("\"noegletal\":\"forebyggende_pr_1000\"", "\"noegletal\":null", typeof(KeyNotFoundException))]
    [InlineData("\"noegletal\":\"forebyggende_pr_1000\"", "\"noegletal\":7", typeof(InvalidOperationException))]
    [InlineData("\"periode\":\"2017-09-30\"", "\"periode\":null", typeof(KeyNotFoundException))]
    [InlineData("\"periode\":\"2017-09-30\"", "\"periode\":\"i går\"", typeof(FormatException))]
    [InlineData("\"undertrykt\":false", "\"undertrykt\":\"nej\"", typeof(InvalidOperationException))]
    [InlineData("\"vaerdi\":1.5", "\"vaerdi\":1e400", typeof(FormatException))]
    [InlineData("\"antal\":2", "\"antal\":null", typeof(InvalidOperationException))]
    public void En_raekke_med_et_manglende_eller_forkert_felt_afvises(string fra, string til, Type slags)
    {
        const string raekke = """
            {"kommune":510,"skaeringsdato":"2017-09-30","prisaar":2017,
             "observationer":[{"noegletal":"forebyggende_pr_1000","opdeling":null,"periode":"2017-09-30","vaerdi":1.5,"taeller":3,"naevner":2000,"undertrykt":false,"foreloebig":false}],
             "datakvalitet":[{"regel":"dublet","antal":2,"beskrivelse":"To"}]}
            """;
        Assert.Contains(fra, raekke, StringComparison.Ordinal);
        Assert.Single(Laes(raekke).Observationer); // the row as it stands is read

        var fejl = Record.Exception(() => Laes(raekke.Replace(fra, til, StringComparison.Ordinal)));
        Assert.NotNull(fejl);
        Assert.IsAssignableFrom(slags, fejl);
    }
}
