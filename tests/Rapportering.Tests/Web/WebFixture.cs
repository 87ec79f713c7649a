using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Jobs.Web;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Rendering.Html;
using SkiaSharp;

namespace Rapportering.Tests.Web;

/// <summary>
/// Starts the real web front (Kestrel on 127.0.0.1, free ports, HTTP and HTTPS with a
/// self-signed certificate) over a temp archive and temp templates, with in-memory Hangfire
/// storage, local users and single sign-on against the test OpenID Connect provider, a real
/// process (<see cref="TestIdpProces"/>). Kommuner: 101 Aarby (reference kommuner 147 and 151),
/// 147 Bebyg, 151 Cestrup. 101 has 2017-05-31 and 2017-09-30 (v1 and v2); 151 has a 2017-05-31
/// whose PDF no longer matches the manifest. 127.0.0.2 is a trusted proxy; one browser is shared.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Dato = "2017-09-30";
    public const string Proxy = "127.0.0.2";
    public static readonly int[] Kommuner = [101, 147, 151];
    public static readonly Dictionary<int, string> Navne = new() { [101] = "Aarby Kommune", [147] = "Bebyg Kommune", [151] = "Cestrup Kommune" };
    /// <summary>User name → (password, role, kommune). The last four are changed or locked by single tests.</summary>
    public static readonly Dictionary<string, (string Kode, string Rolle, int? Kommune)> Brugere = new()
    {
        ["aarby"] = ("aarby-hemmelig", "kommune", 101),
        ["bebyg"] = ("bebyg-hemmelig", "kommune", 147),
        ["konsulent"] = ("konsulent-hemmelig", "konsulent", null),
        ["operatoer"] = ("operatoer-hemmelig", "operatoer", null),
        ["flyttes"] = ("flyttes-hemmelig", "kommune", 101),
        ["fjernes"] = ("fjernes-hemmelig", "konsulent", null),
        ["degraderes"] = ("degraderes-hemmelig", "operatoer", null),
        ["spaerres"] = ("spaerres-hemmelig", "kommune", 147),
    };

    public string Rod { get; } = Path.Combine(Path.GetTempPath(), $"rapportering-web-{Guid.NewGuid():N}");
    public string Adresse => _vaert!.Adresse;
    public string AdresseHttps => _vaert!.AdresseHttps;
    public TestIdpProces Idp => _idp!;
    public LogOpsamler Log => _vaert!.Log;
    private WebVaert? _vaert;
    private TestIdpProces? _idp;
    private IPlaywright? _pw;
    private IBrowser? _browser;
    private readonly SemaphoreSlim _browserLaas = new(1, 1);
    private readonly X509Certificate2 _certifikat = Certifikat();

    public async Task InitializeAsync()
    {
        LavArkiv(Path.Combine(Rod, "arkiv"));
        var skabeloner = Path.Combine(Rod, "skabeloner", "kommuner");
        Directory.CreateDirectory(skabeloner);
        File.WriteAllText(Path.Combine(skabeloner, "101.json"), """{ "navn": "Aarby Kommune", "referencekommuner": [147, 151] }""");
        File.WriteAllText(Path.Combine(skabeloner, "147.json"), """{ "navn": "Bebyg Kommune", "referencekommuner": [101] }""");
        File.WriteAllText(Path.Combine(skabeloner, "151.json"), """{ "navn": "Cestrup Kommune" }""");
        _idp = await TestIdpProces.Start(Rod);
        await _idp.Varm();
        _vaert = await StartVaert(Brugere);
    }

    /// <summary>
    /// A web front over the same archive, key ring and session file, with these users: what a
    /// restart after a configuration change is. The caller disposes it.
    /// </summary>
    public async Task<WebVaert> StartVaert(IReadOnlyDictionary<string, (string Kode, string Rolle, int? Kommune)> brugere)
    {
        var konfig = new Dictionary<string, string?>
        {
            ["Rapportering:Arkiv:Rod"] = Path.Combine(Rod, "arkiv"),
            ["Rapportering:Skabeloner"] = Path.Combine(Rod, "skabeloner"),
            ["Rapportering:Web:NoeglerMappe"] = Path.Combine(Rod, "noegler"),
            ["Rapportering:Web:SessionsFil"] = Path.Combine(Rod, "sessioner.db"),
            ["Rapportering:Web:Proxyer:0"] = Proxy,
            ["Rapportering:Web:Oidc:Autoritet"] = _idp!.Adresse,
            ["Rapportering:Web:Oidc:KlientId"] = TestIdpProces.KlientId,
            ["Rapportering:Web:Oidc:KlientHemmelighed"] = TestIdpProces.Hemmelighed,
            ["Rapportering:Web:Oidc:KraevHttps"] = "false",
            ["Rapportering:Web:Oidc:KommuneClaim"] = "kommune",
            ["Rapportering:Web:Oidc:Grupper:0:Gruppe"] = "g-rapportering-drift",
            ["Rapportering:Web:Oidc:Grupper:0:Rolle"] = "operatoer",
            ["Rapportering:Web:Oidc:Grupper:1:Gruppe"] = "g-rapportering-konsulent",
            ["Rapportering:Web:Oidc:Grupper:1:Rolle"] = "konsulent",
            ["Rapportering:Web:Oidc:Grupper:2:Gruppe"] = "g-rapportering-kommune",
            ["Rapportering:Web:Oidc:Grupper:2:Rolle"] = "kommune",
            ["Rapportering:Web:Oidc:Grupper:3:Gruppe"] = "g-kommune-147",
            ["Rapportering:Web:Oidc:Grupper:3:Kommune"] = "147",
        };
        var hasher = new PasswordHasher<object>();
        var i = 0;
        foreach (var (navn, (kode, rolle, kommune)) in brugere)
        {
            konfig[$"Rapportering:Web:Brugere:{i}:brugernavn"] = navn;
            // The same hash across restarts: a new hash of the same password is a changed user.
            konfig[$"Rapportering:Web:Brugere:{i}:adgangskode-hash"] = Hashes.GetOrAdd(kode, k => hasher.HashPassword(null!, k));
            konfig[$"Rapportering:Web:Brugere:{i}:rolle"] = rolle;
            if (kommune is { } k) konfig[$"Rapportering:Web:Brugere:{i}:kommune"] = k.ToString();
            i++;
        }
        var log = new LogOpsamler();
        var app = WebFront.Byg([], b =>
        {
            b.Configuration.AddInMemoryCollection(konfig);
            b.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, 0);
                k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(_certifikat));
            });
            b.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning);
            b.Services.AddHangfire(c => c.UseInMemoryStorage());
        }, app => app.MapGet("/test/fejl", string () => throw new InvalidOperationException("hemmelig undtagelsestekst")).AllowAnonymous());
        await app.StartAsync();
        var adresser = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var vaert = new WebVaert(app, adresser.First(a => a.StartsWith("http:")), adresser.First(a => a.StartsWith("https:")), log);
        _idp.TilfoejKlientAdresse(vaert.Adresse);
        return vaert;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Hashes = new();

    /// <summary>One browser for every browser test (starting chromium is the slow part).</summary>
    public async Task<IBrowser> Browser()
    {
        await _browserLaas.WaitAsync();
        try
        {
            _pw ??= await Playwright.CreateAsync();
            return _browser ??= await _pw.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        finally
        {
            _browserLaas.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _pw?.Dispose();
        if (_vaert is not null) await _vaert.DisposeAsync();
        if (_idp is not null) await _idp.DisposeAsync();
        try { Directory.Delete(Rod, true); } catch (IOException) { }
    }

    /// <summary>A client that keeps cookies and does not follow redirects; signed in when a user name is given.</summary>
    public Task<HttpClient> Klient(string? bruger) => Klient(bruger, Adresse);

    public async Task<HttpClient> Klient(string? bruger, string adresse, IPAddress? fra = null) =>
        (await KlientOgCookies(bruger, adresse, fra)).Klient;

    /// <summary>As <see cref="Klient(string?)"/>, with its cookies (to copy them, as a thief would).</summary>
    public async Task<(HttpClient Klient, CookieContainer Cookies)> KlientOgCookies(string? bruger, string? adresse = null, IPAddress? fra = null)
    {
        var cookies = new CookieContainer();
        var klient = LavKlient(adresse ?? Adresse, fra, cookies);
        if (bruger is null) return (klient, cookies);
        var svar = await LogInd(klient, bruger, Brugere[bruger].Kode);
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        return (klient, cookies);
    }

    /// <summary>A new client signed in at this address (a restarted host).</summary>
    public static async Task<HttpClient> LavKlientLoggetInd(string adresse, string bruger)
    {
        var klient = LavKlient(adresse, null, new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await LogInd(klient, bruger, Brugere[bruger].Kode)).StatusCode);
        return klient;
    }

    /// <summary>A client from a given loopback address (127.0.0.2 is the trusted proxy), trusting the test certificate.</summary>
    public static HttpClient LavKlient(string adresse, IPAddress? fra, CookieContainer? cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        if (fra is not null)
            handler.ConnectCallback = async (ctx, ct) =>
            {
                var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                s.Bind(new IPEndPoint(fra, 0));
                await s.ConnectAsync(ctx.DnsEndPoint, ct);
                return new NetworkStream(s, ownsSocket: true);
            };
        return new HttpClient(handler) { BaseAddress = new Uri(adresse) };
    }

    public static async Task<HttpResponseMessage> LogInd(HttpClient klient, string bruger, string kode, string? retur = null)
    {
        var side = await klient.GetStringAsync("/log-ind");
        var token = Regex.Match(side, "name=\"__af\" value=\"([^\"]+)\"").Groups[1].Value;
        var felter = new Dictionary<string, string> { ["__af"] = token, ["brugernavn"] = bruger, ["adgangskode"] = kode };
        if (retur is not null) felter["ReturnUrl"] = retur;
        return await klient.PostAsync("/log-ind", new FormUrlEncodedContent(felter));
    }

    private static X509Certificate2 Certifikat()
    {
        using var rsa = RSA.Create(2048);
        var req = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        req.CertificateExtensions.Add(san.Build());
        using var c = req.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Re-imported so Kestrel's TLS stack gets a private key it can use on Linux.
        return X509CertificateLoader.LoadPkcs12(c.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>Written with the jobs' own <see cref="Arkiv"/>, so manifests and hashes are real.</summary>
    private static void LavArkiv(string rod)
    {
        var arkiv = new Arkiv(rod, TimeProvider.System);
        var dato = Skaeringsdato.Parse(Dato);
        // 101/2017-09-30 has two versions; v1 (a PDF that is not a PDF) must never be served.
        var gammel = Filer(101, Dato);
        gammel[$"101-{Dato}.pdf"] = "gammel version"u8.ToArray();
        arkiv.SkrivVersion(101, dato, gammel, dato.Dato, "web-test-1", "h");
        foreach (var k in Kommuner) arkiv.SkrivVersion(k, dato, Filer(k, Dato), dato.Dato, "web-test-2", "h");
        var maj = Skaeringsdato.Parse(TidligereDato);
        arkiv.SkrivVersion(101, maj, Filer(101, TidligereDato), maj.Dato, "web-test-2", "h");
        // Not a report: must be ignored and unreachable.
        File.WriteAllText(Path.Combine(arkiv.VersionsMappe(101, dato, 2), "hemmelig.txt"), "hemmelig");
        // 151's 31/5 PDF was changed after archiving: its hash no longer matches the manifest.
        var aendret = arkiv.SkrivVersion(151, maj, Filer(151, TidligereDato), maj.Dato, "web-test-2", "h");
        File.WriteAllText(Path.Combine(aendret.Mappe, $"151-{TidligereDato}.pdf"), "ændret efter arkivering");
    }

    public const string TidligereDato = "2017-05-31";

    private static Dictionary<string, byte[]> Filer(int kode, string dato)
    {
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Worksheets.Add("Nøgletal").Cell(1, 1).Value = Navne[kode];
            wb.SaveAs(ms);
        }
        return new Dictionary<string, byte[]>
        {
            [$"{kode}-{dato}.pdf"] = Pdf(),
            [$"{kode}-{dato}.html"] = System.Text.Encoding.UTF8.GetBytes(HtmlRenderer.Render(TestDokument.Lav(kode, Navne[kode]))),
            [$"{kode}-{dato}.json"] = JsonEksportRenderer.Render(Eksport(kode, dato)),
            [$"{kode}-{dato}.xlsx"] = ms.ToArray(),
        };
    }

    /// <summary>
    /// anbragte_pr_1000 per kommune: 101 → 10,0 · 11,0 · 12,0 (31/1, 31/5, 30/9 2017);
    /// 147 → suppressed on 31/5, 8,0 on 30/9; 151 → 6,0 on 30/9 only.
    /// </summary>
    public static FigurEksport Eksport(int kode, string dato)
    {
        var obs = kode switch
        {
            101 => new List<Observation>
            {
                new("anbragte_pr_1000", null, "2017-01-31", 10.0m, 50, 5000),
                new("anbragte_pr_1000", null, "2017-05-31", 11.0m, 55, 5000),
                new("anbragte_pr_1000", null, "2017-09-30", 12.0m, 60, 5000),
            },
            147 => [new("anbragte_pr_1000", null, "2017-05-31", null, null, 900, true), new("anbragte_pr_1000", null, "2017-09-30", 8.0m, 8, 1000)],
            _ => [new("anbragte_pr_1000", null, "2017-09-30", 6.0m, 12, 2000)],
        };
        // An older report only has the periods up to its own cut date.
        obs = obs.Where(o => string.CompareOrdinal(o.Periode.ToString(), dato) <= 0).ToList();
        return new FigurEksport(kode, dato, 2017, obs, []);
    }

    private static byte[] Pdf()
    {
        using var ms = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(ms))
        {
            var c = doc.BeginPage(595, 842);
            using var p = new SKPaint { Color = SKColors.SteelBlue };
            c.DrawRect(50, 50, 200, 100, p);
            doc.EndPage();
            doc.Close();
        }
        return ms.ToArray();
    }
}

/// <summary>One running web front; disposing stops it.</summary>
public sealed class WebVaert(WebApplication app, string adresse, string adresseHttps, LogOpsamler log) : IAsyncDisposable
{
    public string Adresse { get; } = adresse;
    public string AdresseHttps { get; } = adresseHttps;
    public LogOpsamler Log { get; } = log;

    public async ValueTask DisposeAsync()
    {
        // AddHangfire points Hangfire's process-wide log provider at this host's logger factory;
        // reset it before the host disposes that factory, or later Hangfire hosts in this test
        // process (the job tests) fail with ObjectDisposedException.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        await app.DisposeAsync();
    }
}

/// <summary>Keeps every log line of a web front, to check what is (and is not) written.</summary>
public sealed class LogOpsamler : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _linjer = new();
    public IReadOnlyList<string> Linjer => [.. _linjer];
    public ILogger CreateLogger(string kategori) => new Logger(this);
    public void Dispose() { }

    private sealed class Logger(LogOpsamler ejer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel level) => level >= LogLevel.Information;
        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? e, Func<TState, Exception?, string> f) =>
            ejer._linjer.Enqueue(f(state, e) + (e is null ? "" : " " + e));
    }
}

[CollectionDefinition(Navn)]
public sealed class WebSamling : ICollectionFixture<WebFixture>
{
    public const string Navn = "Web";
}
