using System.Net;

namespace Rapportering.Tests.Web;

/// <summary>
/// Every role × every kommune × every kind of URL. A kommune user gets its own kommune and
/// nothing else (404, never data); anonymous users are sent to the sign-in page; the
/// comparison is for konsulent and operatoer; the dashboard for operatoer only.
/// </summary>
[Collection(WebSamling.Navn)]
public sealed class AdgangsmatrixTests(WebFixture web)
{
    private static readonly string?[] Roller = [null, "aarby", "bebyg", "konsulent", "operatoer"];

    private static IEnumerable<(string Art, string Url)> Urler(int k)
    {
        var d = WebFixture.Dato;
        yield return ("arkivliste", $"/arkiv/{k}");
        yield return ("pdf", $"/arkiv/{k}/{d}/{k}-{d}.pdf");
        yield return ("xlsx", $"/arkiv/{k}/{d}/{k}-{d}.xlsx");
        yield return ("json", $"/arkiv/{k}/{d}/{k}-{d}.json");
        yield return ("html-rapport", $"/arkiv/{k}/{d}/rapport");
        yield return ("sammenligning", $"/sammenligning?kommune={k}&noegletal=anbragte_pr_1000&opdeling=&dato={d}");
        yield return ("sammenligning-xlsx", $"/sammenligning/projektmappe?kommune={k}&noegletal=anbragte_pr_1000&opdeling=&dato={d}");
        yield return ("dashboard", "/hangfire");
        yield return ("dashboard-side", "/hangfire/jobs/enqueued");
        yield return ("forside", "/");
    }

    private static HttpStatusCode Forventet(string? bruger, int kommune, string art)
    {
        if (bruger is null) return HttpStatusCode.Redirect;
        var rolle = WebFixture.Brugere[bruger].Rolle;
        if (art is "forside") return HttpStatusCode.OK;
        if (art.StartsWith("dashboard")) return rolle == "operatoer" ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        if (art.StartsWith("sammenligning")) return rolle == "kommune" ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
        return rolle != "kommune" || WebFixture.Brugere[bruger].Kommune == kommune ? HttpStatusCode.OK : HttpStatusCode.NotFound;
    }

    [Fact]
    public async Task Hver_rolle_hver_kommune_hver_url()
    {
        var fejl = new List<string>();
        var antal = 0;
        foreach (var bruger in Roller)
        {
            using var klient = await web.Klient(bruger);
            foreach (var k in WebFixture.Kommuner)
                foreach (var (art, url) in Urler(k))
                {
                    antal++;
                    using var svar = await klient.GetAsync(url);
                    var forventet = Forventet(bruger, k, art);
                    var krop = await svar.Content.ReadAsByteArrayAsync();
                    var tekst = System.Text.Encoding.UTF8.GetString(krop);
                    if (svar.StatusCode != forventet)
                        fejl.Add($"{bruger ?? "anonym"} {url}: {(int)svar.StatusCode}, forventede {(int)forventet}");
                    if (bruger is null && svar.Headers.Location is { } l && !l.OriginalString.Contains("/log-ind"))
                        fejl.Add($"anonym {url}: sendt til {l}, ikke log-ind");
                    // Refused answers carry no data: no kommune name, no file bytes.
                    if (svar.StatusCode != HttpStatusCode.OK && (tekst.Contains(WebFixture.Navne[k]) || tekst.StartsWith("%PDF") || tekst.Contains("observationer")))
                        fejl.Add($"{bruger ?? "anonym"} {url}: afvist svar indeholder data");
                    if (svar.StatusCode == HttpStatusCode.OK && art == "pdf" && !tekst.StartsWith("%PDF"))
                        fejl.Add($"{bruger} {url}: ikke en PDF");
                }
        }
        // 5 roles × 3 kommuner × 10 URLs.
        Assert.Equal(150, antal);
        Assert.Empty(fejl);
    }

    [Theory]
    [InlineData("aarby", 101)]
    [InlineData("bebyg", 147)]
    public async Task Kommunebrugerens_arkiv_viser_kun_egen_kommune(string bruger, int egen)
    {
        using var klient = await web.Klient(bruger);
        var side = await klient.GetStringAsync("/");
        Assert.Contains(WebFixture.Navne[egen], side);
        foreach (var k in WebFixture.Kommuner.Where(k => k != egen))
        {
            Assert.DoesNotContain(WebFixture.Navne[k], side);
            Assert.DoesNotContain($"/arkiv/{k}/", side);
        }
        Assert.DoesNotContain("/sammenligning", side);
        Assert.DoesNotContain("/hangfire", side);
    }

    [Fact]
    public async Task Anonym_faar_kun_log_ind_og_health()
    {
        using var klient = await web.Klient(null);
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/log-ind")).StatusCode);
        var health = await klient.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", await health.Content.ReadAsStringAsync());
        foreach (var url in new[] { "/", "/findes-ikke", "/log-ud", "/arkiv/101/2017-09-30/101-2017-09-30.json" })
        {
            var svar = await klient.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
            Assert.StartsWith("/log-ind", svar.Headers.Location!.OriginalString);
        }
    }
}
