using System.Diagnostics;
using System.Text.Json;

namespace Rapportering.Tests.Web;

/// <summary>
/// The test OpenID Connect provider (tests/Rapportering.TestIdp, OpenIddict) as a real process on
/// loopback. Its clients and users are a JSON file it re-reads on every request, so a redirect URI
/// can be added once the web front knows its port.
/// </summary>
public sealed class TestIdpProces : IAsyncDisposable
{
    public const string KlientId = "rapportering";
    public const string Hemmelighed = "test-hemmelighed-for-rapportering";
    /// <summary>IdP user → (password, groups, extra claims).</summary>
    public static readonly Dictionary<string, (string Kode, string[] Grupper, Dictionary<string, string> Claims)> Brugere = new()
    {
        ["sso-operatoer"] = ("op-kode", ["g-rapportering-drift", "g-alle-ansatte"], []),
        ["sso-konsulent"] = ("kons-kode", ["g-rapportering-konsulent"], []),
        ["sso-bebyg"] = ("bebyg-kode", ["g-rapportering-kommune", "g-kommune-147"], []),
        ["sso-aarby-claim"] = ("aarby-kode", ["g-rapportering-kommune"], new() { ["kommune"] = "101" }),
        ["sso-ingen-gruppe"] = ("ingen-kode", ["g-alle-ansatte"], []),
    };

    private readonly Process _proces;
    private readonly string _fil;
    private readonly List<string> _retur = [], _efterLogUd = [];
    public string Adresse { get; }

    private TestIdpProces(Process p, string fil, string adresse) => (_proces, _fil, Adresse) = (p, fil, adresse);

    public static async Task<TestIdpProces> Start(string mappe)
    {
        var fil = Path.Combine(mappe, "idp.json");
        Skriv(fil, [], []);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Dll(), "--konfig", fil, "--urls", "http://127.0.0.1:0" }) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        _ = p.StandardError.ReadToEndAsync();
        using var frist = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await p.StandardOutput.ReadLineAsync(frist.Token) is { } linje)
            if (linje.StartsWith("lytter: ")) return new TestIdpProces(p, fil, linje["lytter: ".Length..].TrimEnd('/'));
        throw new InvalidOperationException("test-IdP'en startede ikke");
    }

    /// <summary>
    /// Asks for the discovery document and the signing keys once, before any test: the first
    /// requests of a cold provider process pay for its JIT and its key, and in a full run on two
    /// busy cores that once took a browser step past its timeout (an SSO sign-in, three times in
    /// six runs; never with the web tests alone). Here it has a minute and no browser waiting.
    /// </summary>
    public async Task Varm()
    {
        using var klient = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var sti in new[] { "/.well-known/openid-configuration", "/.well-known/jwks" })
            (await klient.GetAsync(Adresse + sti)).EnsureSuccessStatusCode();
    }

    /// <summary>Registers a web front's callback URIs with the client.</summary>
    public void TilfoejKlientAdresse(string webAdresse)
    {
        lock (_retur)
        {
            _retur.Add(webAdresse + "/signin-oidc");
            _efterLogUd.Add(webAdresse + "/signout-callback-oidc");
            Skriv(_fil, _retur, _efterLogUd);
        }
    }

    private static void Skriv(string fil, IEnumerable<string> retur, IEnumerable<string> efter)
    {
        var indhold = new
        {
            klienter = new[] { new { id = KlientId, hemmelighed = Hemmelighed, retur = retur.ToArray(), efterLogUd = efter.ToArray() } },
            brugere = Brugere.Select(b => new { navn = b.Key, adgangskode = b.Value.Kode, grupper = b.Value.Grupper, claims = b.Value.Claims }).ToArray(),
        };
        File.WriteAllText(fil + ".tmp", JsonSerializer.Serialize(indhold));
        File.Move(fil + ".tmp", fil, true);
    }

    /// <summary>The provider built beside this test assembly's configuration (Debug or Release).</summary>
    private static string Dll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var konfiguration = bin.Parent!.Name;
        var rod = bin;
        while (rod is not null && !File.Exists(Path.Combine(rod.FullName, "Rapportering.sln"))) rod = rod.Parent;
        var dll = Path.Combine(rod!.FullName, "tests", "Rapportering.TestIdp", "bin", konfiguration, bin.Name, "Rapportering.TestIdp.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("test-IdP'en er ikke bygget", dll);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_proces.HasExited) _proces.Kill(entireProcessTree: true);
        await _proces.WaitForExitAsync();
        _proces.Dispose();
    }
}
