using System.Net;
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
using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Jobs.Web;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Html;
using SkiaSharp;

namespace Rapportering.Tests.Web;

/// <summary>
/// Starts the real web front (Kestrel on 127.0.0.1, a free port) over a temp archive and
/// temp templates, with in-memory Hangfire storage. Kommuner: 101 Aarby (reference kommuner
/// 147 and 151), 147 Bebyg, 151 Cestrup. 101 has 2017-05-31 and 2017-09-30 (v1 and v2); 151 has a
/// 2017-05-31 whose PDF no longer matches the manifest.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Dato = "2017-09-30";
    public static readonly int[] Kommuner = [101, 147, 151];
    public static readonly Dictionary<int, string> Navne = new() { [101] = "Aarby Kommune", [147] = "Bebyg Kommune", [151] = "Cestrup Kommune" };
    /// <summary>User name → (password, role, kommune).</summary>
    public static readonly Dictionary<string, (string Kode, string Rolle, int? Kommune)> Brugere = new()
    {
        ["aarby"] = ("aarby-hemmelig", "kommune", 101),
        ["bebyg"] = ("bebyg-hemmelig", "kommune", 147),
        ["konsulent"] = ("konsulent-hemmelig", "konsulent", null),
        ["operatoer"] = ("operatoer-hemmelig", "operatoer", null),
    };

    public string Rod { get; } = Path.Combine(Path.GetTempPath(), $"rapportering-web-{Guid.NewGuid():N}");
    public string Adresse { get; private set; } = "";
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        var arkiv = Path.Combine(Rod, "arkiv");
        LavArkiv(arkiv);
        var skabeloner = Path.Combine(Rod, "skabeloner", "kommuner");
        Directory.CreateDirectory(skabeloner);
        File.WriteAllText(Path.Combine(skabeloner, "101.json"), """{ "navn": "Aarby Kommune", "referencekommuner": [147, 151] }""");
        File.WriteAllText(Path.Combine(skabeloner, "147.json"), """{ "navn": "Bebyg Kommune", "referencekommuner": [101] }""");
        File.WriteAllText(Path.Combine(skabeloner, "151.json"), """{ "navn": "Cestrup Kommune" }""");

        var konfig = new Dictionary<string, string?>
        {
            ["Rapportering:Arkiv:Rod"] = arkiv,
            ["Rapportering:Skabeloner"] = Path.Combine(Rod, "skabeloner"),
        };
        var hasher = new PasswordHasher<object>();
        var i = 0;
        foreach (var (navn, (kode, rolle, kommune)) in Brugere)
        {
            konfig[$"Rapportering:Web:Brugere:{i}:brugernavn"] = navn;
            konfig[$"Rapportering:Web:Brugere:{i}:adgangskode-hash"] = hasher.HashPassword(null!, kode);
            konfig[$"Rapportering:Web:Brugere:{i}:rolle"] = rolle;
            if (kommune is { } k) konfig[$"Rapportering:Web:Brugere:{i}:kommune"] = k.ToString();
            i++;
        }

        _app = WebFront.Byg([], b =>
        {
            b.Configuration.AddInMemoryCollection(konfig);
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Logging.ClearProviders();
            b.Services.AddHangfire(c => c.UseInMemoryStorage());
        });
        await _app.StartAsync();
        Adresse = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        // AddHangfire points Hangfire's process-wide log provider at this host's logger factory;
        // reset it before the host disposes that factory, or later Hangfire hosts in this test
        // process (the job tests) fail with ObjectDisposedException.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(Rod, true); } catch (IOException) { }
    }

    /// <summary>A client that keeps cookies and does not follow redirects; signed in when a user name is given.</summary>
    public async Task<HttpClient> Klient(string? bruger)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var klient = new HttpClient(handler) { BaseAddress = new Uri(Adresse) };
        if (bruger is null) return klient;
        var svar = await LogInd(klient, bruger, Brugere[bruger].Kode);
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        return klient;
    }

    public static async Task<HttpResponseMessage> LogInd(HttpClient klient, string bruger, string kode, string? retur = null)
    {
        var side = await klient.GetStringAsync("/log-ind");
        var token = Regex.Match(side, "name=\"__af\" value=\"([^\"]+)\"").Groups[1].Value;
        var felter = new Dictionary<string, string> { ["__af"] = token, ["brugernavn"] = bruger, ["adgangskode"] = kode };
        if (retur is not null) felter["ReturnUrl"] = retur;
        return await klient.PostAsync("/log-ind", new FormUrlEncodedContent(felter));
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

[CollectionDefinition(Navn)]
public sealed class WebSamling : ICollectionFixture<WebFixture>
{
    public const string Navn = "Web";
}
