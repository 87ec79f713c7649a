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

    /// <summary>Every URL of every kommune with this client must answer as to an anonymous user.</summary>
    private static async Task<List<string>> SomAnonym(HttpClient klient, string hvem)
    {
        var fejl = new List<string>();
        foreach (var k in WebFixture.Kommuner)
            foreach (var (art, url) in Urler(k))
            {
                using var svar = await klient.GetAsync(url);
                if (svar.StatusCode != HttpStatusCode.Redirect || svar.Headers.Location?.OriginalString.StartsWith("/log-ind") != true)
                    fejl.Add($"{hvem} {url}: {(int)svar.StatusCode}, forventede omdirigering til log ind");
            }
        return fejl;
    }

    /// <summary>A client that sends exactly this cookie header (a copy of someone's cookies).</summary>
    private static HttpClient MedKopi(string adresse, CookieContainer original, string fra)
    {
        var kopi = WebFixture.LavKlient(adresse, null, null);
        kopi.DefaultRequestHeaders.Add("Cookie", original.GetCookieHeader(new Uri(fra)));
        return kopi;
    }

    [Fact]
    public async Task Efter_genstart_gaelder_den_nye_konfiguration_for_flyttet_fjernet_og_degraderet_bruger()
    {
        var d = WebFixture.Dato;
        var (flyttes, fc) = await web.KlientOgCookies("flyttes");
        var (fjernes, fjc) = await web.KlientOgCookies("fjernes");
        var (degraderes, dc) = await web.KlientOgCookies("degraderes");
        var (aarby, ac) = await web.KlientOgCookies("aarby");
        Assert.Equal(HttpStatusCode.OK, (await flyttes.GetAsync($"/arkiv/101/{d}/101-{d}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await degraderes.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fjernes.GetAsync("/sammenligning")).StatusCode);

        // The configuration changes and the server restarts (same key ring, same session file):
        // flyttes moves from 101 to 147, fjernes is removed, degraderes becomes a user of 151.
        var nye = new Dictionary<string, (string Kode, string Rolle, int? Kommune)>(WebFixture.Brugere)
        {
            ["flyttes"] = (WebFixture.Brugere["flyttes"].Kode, "kommune", 147),
            ["degraderes"] = (WebFixture.Brugere["degraderes"].Kode, "kommune", 151),
        };
        nye.Remove("fjernes");
        await using var efter = await web.StartVaert(nye);

        var fejl = new List<string>();
        foreach (var (navn, cookies) in new[] { ("flyttes", fc), ("fjernes", fjc), ("degraderes", dc) })
        {
            using var gammel = MedKopi(efter.Adresse, cookies, web.Adresse);
            fejl.AddRange(await SomAnonym(gammel, navn + " (gammel cookie)"));
        }
        Assert.Empty(fejl);
        // An unchanged user keeps the session across the restart: the refusals above are the changes.
        using var uaendret = MedKopi(efter.Adresse, ac, web.Adresse);
        Assert.Equal(HttpStatusCode.OK, (await uaendret.GetAsync($"/arkiv/101/{d}/101-{d}.pdf")).StatusCode);

        // Signed in again, each gets what the configuration of now says.
        using var ny = await WebFixture.LavKlientLoggetInd(efter.Adresse, "flyttes");
        Assert.Equal(HttpStatusCode.NotFound, (await ny.GetAsync($"/arkiv/101/{d}/101-{d}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ny.GetAsync($"/arkiv/147/{d}/147-{d}.pdf")).StatusCode);
        using var nyDegraderet = await WebFixture.LavKlientLoggetInd(efter.Adresse, "degraderes");
        Assert.Equal(HttpStatusCode.Forbidden, (await nyDegraderet.GetAsync("/hangfire")).StatusCode);
        using var nyFjernet = WebFixture.LavKlient(efter.Adresse, null, new CookieContainer());
        var svar = await WebFixture.LogInd(nyFjernet, "fjernes", WebFixture.Brugere["fjernes"].Kode);
        Assert.Contains("Forkert brugernavn eller adgangskode.", await svar.Content.ReadAsStringAsync());
        foreach (var k in new[] { flyttes, fjernes, degraderes, aarby }) k.Dispose();
    }

    [Fact]
    public async Task En_cookie_kopieret_foer_log_ud_virker_ikke_efter_log_ud()
    {
        var d = WebFixture.Dato;
        var (klient, cookies) = await web.KlientOgCookies("konsulent");
        using var _ = klient;
        using var kopi = MedKopi(web.Adresse, cookies, web.Adresse);
        Assert.Equal(HttpStatusCode.OK, (await kopi.GetAsync($"/arkiv/147/{d}/147-{d}.pdf")).StatusCode);

        var side = await klient.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(side, "name=\"__af\" value=\"([^\"]+)\"").Groups[1].Value;
        var ud = await klient.PostAsync("/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }));
        Assert.Equal("/log-ind?logget-ud=1", ud.Headers.Location!.OriginalString);

        Assert.Empty(await SomAnonym(kopi, "kopieret cookie"));
        Assert.Empty(await SomAnonym(klient, "egen klient"));
    }
}
