using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rapportering.Jobs.Web;
using Rapportering.Templates;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Web;

/// <summary>
/// The web front's words are the "web" section of rapport/tekster.json (<see cref="WebTekster"/>):
/// each of them is read when the web front is set up, so one missing from the built-in file or
/// left blank by a kommune stops `serve` with one Danish line; a kommune's own wording reaches the
/// pages (escaped: a word cannot add markup) and the exchange's plain-text replies.
/// </summary>
public sealed class WebTeksterTests : IDisposable
{
    private readonly DirectoryInfo _mappe = Directory.CreateTempSubdirectory("webtekster-");

    public void Dispose()
    {
        try { _mappe.Delete(recursive: true); } catch (IOException) { }
    }

    private static readonly string Indbygget = Path.Combine(Skabeloner.IndbyggetMappe, RapportTekster.RelativSti);

    private static JsonObject IndbyggetJson() =>
        JsonNode.Parse(File.ReadAllText(Indbygget), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();

    /// <summary>Every key of the built-in file's "web" section, dotted ("web.ramme.log_ud").</summary>
    public static TheoryData<string> WebNoegler() => new(AlleWebNoegler());

    private static List<string> AlleWebNoegler()
    {
        var ud = new List<string>();
        void Gaa(JsonObject o, string sti)
        {
            foreach (var (k, v) in o)
                if (v is JsonObject barn) Gaa(barn, $"{sti}.{k}");
                else ud.Add($"{sti}.{k}");
        }
        Gaa(IndbyggetJson()["web"]!.AsObject(), "web");
        return ud;
    }

    /// <summary>A templates folder whose rapport/tekster.json is <paramref name="egne"/>.</summary>
    private string Skabelonmappe(string egne)
    {
        var mappe = Path.Combine(_mappe.FullName, "skabeloner");
        Directory.CreateDirectory(Path.Combine(mappe, "rapport"));
        File.WriteAllText(Path.Combine(mappe, "rapport", "tekster.json"), egne);
        return mappe;
    }

    [Theory]
    [MemberData(nameof(WebNoegler))]
    public void Hver_webtekst_laeses_ved_start_og_en_manglende_stopper_den(string noegle)
    {
        // The built-in file without this one key: the web front's words cannot be made.
        var rod = IndbyggetJson();
        var dele = noegle.Split('.');
        var forael = dele[..^1].Aggregate((JsonNode)rod, (n, d) => n[d]!).AsObject();
        Assert.True(forael.Remove(dele[^1]));
        var indbygget = Path.Combine(_mappe.FullName, "indbygget.json");
        File.WriteAllText(indbygget, rod.ToJsonString());
        // Templates with no rapport/tekster.json of their own: the changed built-in file is all there is.
        var skabeloner = new Skabeloner(Path.Combine(_mappe.FullName, "ingen"));
        Assert.Equal("Rapporter for {kommune}", new WebTekster(RapportTekster.Laes(skabeloner, Indbygget)).Arkiv.KommuneTitel);
        var fejl = Assert.Throws<SkabelonFejl>(() => new WebTekster(RapportTekster.Laes(skabeloner, indbygget)));
        Assert.Equal($"rapport/tekster.json: teksten '{noegle}' mangler", fejl.Message);
    }

    [Fact]
    public void Sektionen_har_ordene_til_alle_sider()
    {
        // Guards the theory above against an empty or misplaced section (it would then test nothing).
        var noegler = AlleWebNoegler();
        Assert.True(noegler.Count > 60, $"kun {noegler.Count} nøgler");
        foreach (var del in new[] { "web.ramme.", "web.arkiv.", "web.log_ind.", "web.fejl.", "web.udveksling." })
            Assert.Contains(noegler, n => n.StartsWith(del, StringComparison.Ordinal));
        // And the built-in words are the ones the pages showed when they were C# (the page tests read them).
        var t = new WebTekster(RapportTekster.Indbyggede());
        Assert.Equal("{titel} – Rapportering", t.Ramme.Sidetitel);
        Assert.Equal("Ukendt eller manglende nøgle.", t.Udveksling.UkendtNoegle);
    }

    [Theory]
    [InlineData("""{ "web": { "log_ind": { "knap": "" } } }""", "web.log_ind.knap")]
    [InlineData("""{ "web": { "fejl": { "findes_ikke": "  " } } }""", "web.fejl.findes_ikke")]
    // The comparison page's words (shared with its workbook) are checked at start as well.
    [InlineData("""{ "sammenligning": { "side_titel": "" } }""", "sammenligning.side_titel")]
    [InlineData("""{ "sammenligning": { "kolonne_kommune": " " } }""", "sammenligning.kolonne_kommune")]
    public void En_tom_webtekst_fra_kommunen_stopper_opsaetningen(string egne, string noegle)
    {
        var mappe = Skabelonmappe(egne);
        var fejl = Assert.Throws<SkabelonFejl>(() => WebFront.Byg([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rapportering:Skabeloner"] = mappe,
            ["Rapportering:Arkiv:Rod"] = Path.Combine(_mappe.FullName, "arkiv"),
        })));
        Assert.Equal($"rapport/tekster.json: teksten '{noegle}' er tom", fejl.Message);
    }

    [Fact]
    public void Serve_med_en_tom_webtekst_stopper_med_en_dansk_linje()
    {
        // The real program as the operator starts it: exit 2 and one line on stderr, before it listens.
        var mappe = Skabelonmappe("""{ "web": { "arkiv": { "titel": "" } } }""");
        var config = Path.Combine(_mappe.FullName, "drift.json");
        File.WriteAllText(config, $$"""
            {
              "Jobs": { "Storage": "inmemory", "PollingSekunder": 1 },
              "Arkiv": { "Rod": "{{J(Path.Combine(_mappe.FullName, "arkiv"))}}" },
              "Levering": { "LogFil": "{{J(Path.Combine(_mappe.FullName, "levering.db"))}}" },
              "Skabeloner": "{{J(mappe)}}"
            }
            """);
        using var p = new Jobs.RapporteringProces("serve", "--config", config, "--urls", $"http://127.0.0.1:{LedigPort.Naeste()}");

        Assert.Equal(2, p.Vent(TimeSpan.FromSeconds(60))); // a timeout here: serve started despite the blank word
        Assert.Equal("rapportering serve: rapport/tekster.json: teksten 'web.arkiv.titel' er tom" + Environment.NewLine, p.Fejl);
        Assert.Equal("", p.Ud);
    }

    [Fact]
    public async Task Kommunens_egne_ord_staar_paa_siderne_undsluppet_og_i_udvekslingens_svar()
    {
        var mappe = Skabelonmappe("""
            { "web": {
                "ramme": { "sidetitel": "{titel} | Aarby", "fod": "Aarby Kommune & Rapportering" },
                "log_ind": { "titel": "Log på", "knap": "Gå <videre>", "brugernavn": "Bruger-id" },
                "fejl": { "andet": "Det gik ikke." },
                "udveksling": { "ukendt_noegle": "Nøglen kendes ikke." },
                "kommune_uden_navn": "Ukendt kommune nr. {kode}"
            } }
            """);
        var hash = new PasswordHasher<object>().HashPassword(null!, "hemmelig");
        await using var app = WebFront.Byg([], b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Rapportering:Skabeloner"] = mappe,
                ["Rapportering:Arkiv:Rod"] = Path.Combine(_mappe.FullName, "arkiv"),
                ["Rapportering:Web:SessionsFil"] = Path.Combine(_mappe.FullName, "sessioner.db"),
                ["Rapportering:Web:NoeglerMappe"] = Path.Combine(_mappe.FullName, "noegler"),
                ["Rapportering:Web:Brugere:0:brugernavn"] = "aarby",
                ["Rapportering:Web:Brugere:0:adgangskode-hash"] = hash,
                ["Rapportering:Web:Brugere:0:rolle"] = "kommune",
                ["Rapportering:Web:Brugere:0:kommune"] = "101",
            });
            b.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            b.Logging.ClearProviders();
        });
        await app.StartAsync();
        var adresse = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var klient = WebFixture.LavKlient(adresse, null, null);

        var logInd = await klient.GetStringAsync("/log-ind");
        Assert.Contains("<title>Log på | Aarby</title>", logInd);
        Assert.Contains("<h1>Log på</h1>", logInd);
        // A word from the template is text, never markup.
        Assert.Contains("<button type=\"submit\" class=\"primaer\">Gå &lt;videre&gt;</button>", logInd);
        Assert.Contains("<footer><p>Aarby Kommune &amp; Rapportering</p></footer>", logInd);
        Assert.Contains("<label for=\"brugernavn\">Bruger-id</label>", logInd);
        Assert.Contains("<label for=\"adgangskode\">Adgangskode</label>", logInd); // not changed: the built-in word
        Assert.DoesNotContain("<videre>", logInd);

        // Signing out without the form's token: 400, the plain error page.
        var afvist = await klient.PostAsync("/log-ud", new StringContent(""));
        Assert.Equal(HttpStatusCode.BadRequest, afvist.StatusCode);
        Assert.Contains("<title>400 – Rapportering</title></head><body><main><h1>Det gik ikke.</h1><p><a href=\"/\">Til forsiden</a></p>", await afvist.Content.ReadAsStringAsync());

        var udveksling = await klient.PostAsync("/udveksling/eksport", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, udveksling.StatusCode);
        Assert.Equal("Nøglen kendes ikke.\n", await udveksling.Content.ReadAsStringAsync());

        Assert.Equal("Ukendt kommune nr. 999", app.Services.GetRequiredService<KommuneNavne>().Navn(999));
        await app.StopAsync();
    }

    private static string J(string sti) => sti.Replace("\\", "/");

}
