using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Rapportering.Tests.Web;

/// <summary>
/// The points of issue 18 one by one, each against the running web front: throttling, redirect
/// targets, the comparison link, HTTPS and proxies, the Host header, caching, HEAD and error pages.
/// </summary>
[Collection(WebSamling.Navn)]
public sealed class SikkerhedTests(WebFixture web, Xunit.Abstractions.ITestOutputHelper ud)
{
    private static readonly string[] SikkerhedsHoveder = ["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Content-Security-Policy", "Cache-Control"];

    [Fact]
    public async Task Halvtreds_forkerte_adgangskoder_spaerrer_og_den_rigtige_hjaelper_saa_ikke()
    {
        // Its own client address, so the address lockout stays out of the other tests' way.
        using var klient = WebFixture.LavKlient(web.Adresse, IPAddress.Parse("127.0.0.3"), new CookieContainer());
        var tid = Stopwatch.StartNew();
        var statusser = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++) statusser.Add((await WebFixture.LogInd(klient, "spaerres", "forkert-" + i)).StatusCode);
        var femti = tid.Elapsed;
        var rigtig = await WebFixture.LogInd(klient, "spaerres", WebFixture.Brugere["spaerres"].Kode);
        Assert.Equal(HttpStatusCode.TooManyRequests, rigtig.StatusCode);
        Assert.Contains("For mange forkerte forsøg", await rigtig.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await klient.GetAsync("/")).StatusCode);
        // Five plain wrong passwords (the fifth starts the lockout); then 429 for the name and the address.
        Assert.Equal(5, statusser.Count(s => s == HttpStatusCode.OK));
        Assert.All(statusser.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.True(femti < TimeSpan.FromSeconds(60), $"50 forsøg tog {femti}");
        ud.WriteLine($"50 forkerte forsøg: {femti.TotalMilliseconds:0} ms; den rigtige adgangskode derefter: {(int)rigtig.StatusCode}");

        // Per user: from another address the right password is refused as well.
        using var andenAdresse = WebFixture.LavKlient(web.Adresse, IPAddress.Parse("127.0.0.4"), new CookieContainer());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WebFixture.LogInd(andenAdresse, "spaerres", WebFixture.Brugere["spaerres"].Kode)).StatusCode);
        // Per address: 127.0.0.3 tried 50 times, so another user's right password is refused from there too ...
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WebFixture.LogInd(klient, "bebyg", WebFixture.Brugere["bebyg"].Kode)).StatusCode);
        // ... and works from elsewhere.
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.LogInd(andenAdresse, "bebyg", WebFixture.Brugere["bebyg"].Kode)).StatusCode);

        // One line per lockout, naming neither the user name nor any password.
        var spaerringer = web.Log.Linjer.Where(l => l.StartsWith("Log ind spærret")).ToList();
        Assert.Contains(spaerringer, l => l.Contains("for ét brugernavn"));
        Assert.Contains(spaerringer, l => l.Contains("fra adresserne 127.0.0.0/24"));
        Assert.DoesNotContain(web.Log.Linjer, l => l.Contains("127.0.0.3"));
        Assert.DoesNotContain(web.Log.Linjer, l => l.Contains("spaerres") || l.Contains("forkert-") || l.Contains("hemmelig"));
    }

    [Theory]
    [InlineData("10.1.2.3", "10.1.2.0/24")]
    [InlineData("::ffff:10.1.2.3", "10.1.2.0/24")]
    [InlineData("2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd::/48")]
    public void Spaerringens_logning_naevner_netvaerket_ikke_adressen(string adresse, string net)
    {
        var a = IPAddress.Parse(adresse);
        Assert.Equal(net, Rapportering.Jobs.Web.LogIndSpaerring.Netvaerk(a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a));
    }

    [Theory]
    [InlineData("/\t/ondt.example/")]
    [InlineData("/\n/ondt.example/")]
    [InlineData("/\r\nSet-Cookie: x=y")]
    [InlineData("/\v/ondt.example/")]
    [InlineData("/arkiv/æøå")]
    [InlineData("/ /ondt.example")]
    [InlineData("/\\ondt.example")]
    [InlineData("//ondt.example/x")]
    [InlineData("https://ondt.example/")]
    public async Task En_returadresse_der_ikke_er_en_ren_lokal_sti_sender_til_forsiden(string retur)
    {
        using var klient = await web.Klient(null);
        var svar = await WebFixture.LogInd(klient, "aarby", WebFixture.Brugere["aarby"].Kode, retur);
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/", svar.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Returadressen_fra_url_en_kontrolleres_ogsaa_paa_formularen()
    {
        using var klient = await web.Klient(null);
        // "/%09/..." decodes to a TAB: the form must not carry it on.
        var side = await klient.GetStringAsync("/log-ind?ReturnUrl=%2F%09%2Fondt.example%2F");
        Assert.DoesNotContain("name=\"ReturnUrl\"", side);
        var god = await klient.GetStringAsync("/log-ind?ReturnUrl=%2Farkiv%2F101");
        Assert.Contains("name=\"ReturnUrl\" value=\"/arkiv/101\"", god);
    }

    [Fact]
    public async Task Forespoergslen_spejles_ikke_i_projektmappens_link()
    {
        // Sent raw over a socket: HttpClient would percent-encode the quote and the angle brackets.
        var (konsulent, cookies) = await web.KlientOgCookies("konsulent");
        using var _ = konsulent;
        var svar = await RaaGet(web.Adresse, "/sammenligning?kommune=101&x=\"><script>alert(1)</script>", cookies.GetCookieHeader(new Uri(web.Adresse)));
        Assert.Contains("200 OK", svar.Split('\n')[0]);
        Assert.DoesNotContain("<script>", svar);
        Assert.DoesNotContain("alert(1)", svar);
        Assert.Matches("href=\"/sammenligning/projektmappe\\?kommune=101&amp;noegletal=[a-z_0-9]+&amp;opdeling=[a-z_]*&amp;dato=2017-09-30&amp;visning=dato\"", svar);
    }

    [Fact]
    public async Task Over_https_hsts_og_secure_paa_hver_cookie_over_http_ingen()
    {
        using var https = WebFixture.LavKlient(web.AdresseHttps, null, new CookieContainer());
        var svar = await https.GetAsync("/log-ind");
        Assert.Equal("max-age=31536000", svar.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = svar.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("rapportering.af="));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        // The sign-in cookie and the SSO correlation cookies too.
        var logInd = await WebFixture.LogInd(https, "aarby", WebFixture.Brugere["aarby"].Kode);
        Assert.Equal(HttpStatusCode.Redirect, logInd.StatusCode);
        Assert.All(logInd.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        using var anonym = WebFixture.LavKlient(web.AdresseHttps, null, null);
        var sso = await anonym.GetAsync("/log-ind/sso");
        Assert.Equal(HttpStatusCode.Redirect, sso.StatusCode);
        Assert.All(sso.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        using var http = WebFixture.LavKlient(web.Adresse, null, null);
        var plain = await http.GetAsync("/log-ind");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task X_forwarded_proto_gaelder_kun_fra_den_konfigurerede_proxy()
    {
        foreach (var (fra, betroet) in new[] { (WebFixture.Proxy, true), ("127.0.0.1", false) })
        {
            using var klient = WebFixture.LavKlient(web.Adresse, IPAddress.Parse(fra), null);
            using var req = new HttpRequestMessage(HttpMethod.Get, "/log-ind");
            req.Headers.Add("X-Forwarded-Proto", "https");
            req.Headers.Add("X-Forwarded-For", "203.0.113.9");
            var svar = await klient.SendAsync(req);
            Assert.Equal(betroet, svar.Headers.Contains("Strict-Transport-Security"));
            Assert.Equal(betroet, svar.Headers.GetValues("Set-Cookie").All(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public async Task Host_headeren_kommer_ikke_med_i_omdirigeringen_til_log_ind()
    {
        using var klient = await web.Klient(null);
        using var req = new HttpRequestMessage(HttpMethod.Get, "/arkiv/101");
        req.Headers.Host = "ondt.example";
        var svar = await klient.SendAsync(req);
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/log-ind?ReturnUrl=%2Farkiv%2F101", svar.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Private_sider_og_filer_gemmes_ikke_i_cache_og_head_besvares()
    {
        using var klient = await web.Klient("aarby");
        var d = WebFixture.Dato;
        foreach (var url in new[] { "/", "/arkiv/101", $"/arkiv/101/{d}/rapport", $"/arkiv/101/{d}/101-{d}.pdf", $"/arkiv/101/{d}/v1/101-{d}.xlsx", $"/arkiv/101/{d}/101-{d}.json" })
        {
            var svar = await klient.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            Assert.Equal("no-store, private", string.Join(", ", svar.Headers.CacheControl!.ToString().Split(", ").Order()));
            using var head = await klient.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(svar.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Fejlsider_har_sikkerhedshovederne_og_ingen_undtagelsestekst()
    {
        using var klient = await web.Klient(null);
        var fejl = await klient.GetAsync("/test/fejl");
        Assert.Equal(HttpStatusCode.InternalServerError, fejl.StatusCode);
        var tekst = await fejl.Content.ReadAsStringAsync();
        Assert.Contains("Der opstod en fejl", tekst);
        Assert.DoesNotContain("hemmelig undtagelsestekst", tekst);
        Assert.DoesNotContain(web.Log.Linjer, l => l.Contains("hemmelig undtagelsestekst"));
        Assert.Contains(web.Log.Linjer, l => l.Contains("Uventet fejl (System.InvalidOperationException) i /test/fejl"));
        using var aarby = await web.Klient("aarby");
        foreach (var svar in new[] { fejl, await aarby.GetAsync("/findes-ikke"), await aarby.GetAsync("/sammenligning"), await aarby.PostAsync("/arkiv/101", null) })
            foreach (var h in SikkerhedsHoveder)
                Assert.True(svar.Headers.Contains(h) || svar.Content.Headers.Contains(h), $"{(int)svar.StatusCode} mangler {h}");
    }

    /// <summary>A GET written byte for byte, with the cookies of a signed-in client.</summary>
    private static async Task<string> RaaGet(string adresse, string maal, string cookieHeader)
    {
        var uri = new Uri(adresse);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var s = tcp.GetStream();
        await s.WriteAsync(Encoding.ASCII.GetBytes($"GET {maal} HTTP/1.1\r\nHost: {uri.Authority}\r\nCookie: {cookieHeader}\r\nConnection: close\r\n\r\n"));
        using var r = new StreamReader(s, Encoding.UTF8);
        return await r.ReadToEndAsync();
    }
}
