using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Identity;
using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;
using Rapportering.Tests.Sammenligninger;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Web;

/// <summary>
/// Two installations as real `rapportering serve` processes on loopback: Haderslev's (510) and
/// Herning's (657, which also holds the public figures). Haderslev's serve sends its archived
/// export to Herning's upload endpoint with the key Herning gave it; Herning's comparison page
/// and workbook then show both kommuner beside hele landet. A wrong key and another kommune's
/// export are refused (401, 403), as is an export that publishes a count under 5 (422); logged, without the key.
/// </summary>
public sealed class UdvekslingProcesTests(EksportMappe e) : IClassFixture<EksportMappe>, IDisposable
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("rap-udveksling-").FullName;
    private readonly List<(Process P, StringBuilder Ud)> _processer = [];

    public void Dispose()
    {
        foreach (var (p, _) in _processer)
            if (!p.HasExited)
            {
                Process.Start("kill", ["-TERM", p.Id.ToString()])!.WaitForExit();
                if (!p.WaitForExit(20_000)) p.Kill(true);
            }
        try { Directory.Delete(_mappe, true); } catch (IOException) { }
    }

    private static string J(string sti) => sti.Replace("\\", "/");

    /// <summary>An installation's archive with its own kommune's export, as its job archives it.</summary>
    private string Installation(string navn, int kommune)
    {
        var rod = Path.Combine(_mappe, navn);
        var arkiv = new Arkiv(Path.Combine(rod, "arkiv"), TimeProvider.System);
        arkiv.SkrivVersion(kommune, Skaeringsdato.Parse(EksportMappe.Dato),
            new Dictionary<string, byte[]> { [Path.GetFileName(e.Fil(kommune))] = File.ReadAllBytes(e.Fil(kommune)) }, new DateOnly(2025, 10, 31), "1", "x");
        return rod;
    }

    private async Task<(string Adresse, StringBuilder Log)> Start(string rod, string udveksling, string data)
    {
        var port = LedigPort.Naeste();
        var config = Path.Combine(rod, "drift.json");
        var hash = new PasswordHasher<object>().HashPassword(null!, "konsulent-hemmelig");
        File.WriteAllText(config, $$"""
            {
              "Jobs": { "Storage": "inmemory", "PollingSekunder": 1, "TilbagevendendeId": "" },
              "Arkiv": { "Rod": "{{J(Path.Combine(rod, "arkiv"))}}" },
              "Levering": { "LogFil": "{{J(Path.Combine(rod, "levering.db"))}}" },
              "Data": {{data}},
              "Udveksling": {{udveksling}},
              "Rapportering": { "Web": {
                "SessionsFil": "{{J(Path.Combine(rod, "sessioner.db"))}}",
                "NoeglerMappe": "{{J(Path.Combine(rod, "noegler"))}}",
                "Brugere": [ { "brugernavn": "konsulent", "adgangskode-hash": "{{hash}}", "rolle": "konsulent" } ] } }
            }
            """);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "rapportering.dll"), "serve", "--config", config, "--urls", $"http://127.0.0.1:{port}" })
            psi.ArgumentList.Add(a);
        psi.Environment["Logging__Console__FormatterName"] = "simple";
        var p = Process.Start(psi)!;
        var log = new StringBuilder();
        p.OutputDataReceived += (_, l) => { if (l.Data is { } d) lock (log) log.AppendLine(d); };
        p.ErrorDataReceived += (_, l) => { if (l.Data is { } d) lock (log) log.AppendLine(d); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        _processer.Add((p, log));
        var adresse = $"http://127.0.0.1:{port}";
        using var klient = new HttpClient();
        for (var i = 0; ; i++)
        {
            try { if ((await klient.GetAsync(adresse + "/health")).IsSuccessStatusCode) break; }
            catch (HttpRequestException) { }
            if (p.HasExited || i > 240) Assert.Fail($"serve startede ikke: {Tekst(log)}");
            await Task.Delay(250);
        }
        return (adresse, log);
    }

    private static string Tekst(StringBuilder log) { lock (log) return log.ToString(); }

    private static async Task Vent(Func<bool> betingelse, string hvad, StringBuilder log)
    {
        for (var i = 0; i < 240 && !betingelse(); i++) await Task.Delay(250);
        Assert.True(betingelse(), $"{hvad}: {Tekst(log)}");
    }

    [Fact]
    public async Task Haderslev_sender_sin_eksport_til_Herning_som_viser_begge_ved_siden_af_hele_landet()
    {
        var (noegle510, gemt510) = UdvekslingsNoegle.Ny(510);
        var (noegle657, gemt657) = UdvekslingsNoegle.Ny(657);
        var herning = Installation("herning", 657);
        var haderslev = Installation("haderslev", 510);

        // Herning knows Haderslev's and its own key only as salt + hash.
        var (modtager, modtagerLog) = await Start(herning,
            $$"""{ "IntervalSekunder": 1, "Noegler": [ { "Kommune": 510, "Salt": "{{gemt510.Salt}}", "Hash": "{{gemt510.Hash}}" }, { "Kommune": 657, "Salt": "{{gemt657.Salt}}", "Hash": "{{gemt657.Hash}}" } ] }""",
            $$"""{ "Provider": "sqlite", "Forbindelse": "Data Source={{J(e.OffentligDb)}}" }""");
        Assert.DoesNotContain(noegle510, File.ReadAllText(Path.Combine(herning, "drift.json")));
        var (_, afsenderLog) = await Start(haderslev,
            $$"""{ "IntervalSekunder": 1, "Modtagere": [ { "Url": "{{modtager}}/udveksling/eksport", "Noegle": "{{noegle510}}" } ] }""",
            """{ "Provider": "sqlite", "Forbindelse": "Data Source=findes-ikke.db" }""");

        // Haderslev's serve sends; Herning archives it among the received exports, hash-checked and versioned.
        var modtagne = new Arkiv(Path.Combine(herning, "modtaget"), TimeProvider.System);
        var dato = Skaeringsdato.Parse(EksportMappe.Dato);
        await Vent(() => modtagne.SenesteVersion(510, dato) == 1, "Herning modtog ikke Haderslevs eksport", modtagerLog);
        Assert.Equal(File.ReadAllBytes(e.Fil(510)), modtagne.LaesFil(510, dato, 1, $"510-{EksportMappe.Dato}.json"));
        await Vent(() => Tekst(afsenderLog).Contains($"eksport for kommune 510 pr. {EksportMappe.Dato} sendt til 127.0.0.1"), "afsenderen loggede ikke afsendelsen", afsenderLog);
        Assert.Contains($"Udveksling: eksport for kommune 510 pr. {EksportMappe.Dato} modtaget fra 127.0.0.1 (ny, version 1)", Tekst(modtagerLog));
        // Sent once: the next rounds do not send the same version again.
        await Task.Delay(2500);
        Assert.Single(Regex.Matches(Tekst(afsenderLog), "sendt til"));

        // The consultant at Herning: the comparison page (server-rendered) shows both kommuner, the average and hele landet.
        var cookies = new CookieContainer();
        using var klient = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(modtager) };
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.LogInd(klient, "konsulent", "konsulent-hemmelig")).StatusCode);
        var side = await klient.GetStringAsync($"/sammenligning?kommune=657&noegletal=anbragte_pr_1000&opdeling=&dato={EksportMappe.Dato}");
        var obs = new[] { 657, 510 }.Select(k => e.Laes(k).Observationer.Where(o => o.Noegletal.Kode == "anbragte_pr_1000" && o.Opdeling is null).MaxBy(o => o.Periode)!).ToList();
        string Raekke(string navn) => Regex.Matches(side, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).First(r => r.Contains(navn));
        Assert.Contains($"<td class=\"tal\">{Rapportering.Figures.Formatering.Tal(obs[0].Vaerdi!.Value)}</td>", Raekke("Herning Kommune"));
        Assert.Contains($"<td class=\"tal\">{Rapportering.Figures.Formatering.Tal(obs[1].Vaerdi!.Value)}</td>", Raekke("Haderslev Kommune"));
        var gennemsnit = obs.Sum(o => o.Taeller!.Value) * 1000m / obs.Sum(o => o.Naevner!.Value);
        Assert.Contains($"<td class=\"tal\">{Rapportering.Figures.Formatering.Tal(gennemsnit)}</td>", Raekke("Gennemsnit af kommunerne i sammenligningen"));
        // Hele landet from Danmarks Statistik: 657 5,0, 510 10,0, hele landet 7,7, with source and caveat.
        var offentlig = side[side.IndexOf("id=\"offentlige\"", StringComparison.Ordinal)..];
        string ORaekke(string navn) => Regex.Matches(offentlig, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).First(r => r.Contains(navn));
        Assert.Contains("<td class=\"tal\">5,0</td>", ORaekke("Herning Kommune"));
        Assert.Contains("<td class=\"tal\">10,0</td>", ORaekke("Haderslev Kommune"));
        Assert.Contains("<td class=\"tal\">7,7</td>", ORaekke("Hele landet"));
        Assert.Contains("Kilde: Anbringelsesstatistikken (Danmarks Statistik)", offentlig);
        Assert.Contains("funktionsnedsættelse og uledsagede mindreårige", offentlig);

        // The workbook from the same page: both kommuner, the average, and the hele landet sheet.
        var bytes = await klient.GetByteArrayAsync($"/sammenligning/projektmappe?kommune=657&noegletal=anbragte_pr_1000&opdeling=&dato={EksportMappe.Dato}");
        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var ark = wb.Worksheet("Anbragte");
        const int h = SammenligningWorkbookRenderer.OverskriftRaekke;
        Assert.Equal([657, 510], [ark.Cell(h + 1, 1).GetValue<int>(), ark.Cell(h + 2, 1).GetValue<int>()]);
        var sidste = ark.Row(h).LastCellUsed().Address.ColumnNumber;
        Assert.Equal((double)gennemsnit, ark.Cell(h + 3, sidste).GetDouble(), 9);
        var hl = wb.Worksheet("Hele landet").CellsUsed().ToList();
        Assert.Equal(153.0 * 1000 / 19800, hl.First(c => c.GetString() == "Hele landet").WorksheetRow().Cell(3).GetDouble(), 9);
        Assert.Equal(10.0, hl.First(c => c.GetString() == "Haderslev Kommune").WorksheetRow().Cell(3).GetDouble(), 9);
        Assert.Equal(1, wb.Worksheet("Forside").CellsUsed().Single(c => c.GetString() == "Heraf modtagne eksporter").CellRight().GetValue<int>());

        // Refusals: no key, a wrong key (401); Herning's own key with Haderslev's export (403). Logged, never the key.
        Task<HttpStatusCode> Send(string? noegle, int kommune) => SendBytes(noegle, File.ReadAllBytes(e.Fil(kommune)));
        async Task<HttpStatusCode> SendBytes(string? noegle, byte[] indhold)
        {
            using var anden = new HttpClient();
            using var besked = new HttpRequestMessage(HttpMethod.Post, modtager + "/udveksling/eksport") { Content = new ByteArrayContent(indhold) };
            if (noegle is not null) besked.Headers.Authorization = new AuthenticationHeaderValue("Bearer", noegle);
            return (await anden.SendAsync(besked)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(null, 510));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send("forkert-" + noegle510, 510));
        Assert.Equal(HttpStatusCode.Forbidden, await Send(noegle657, 510));
        Assert.Equal(HttpStatusCode.Forbidden, await Send(noegle510, 657));
        // Haderslev's key and export, but 3 anbragte published: the receiver's discretion check refuses it (422).
        var usikker = Rapportering.Rendering.Json.JsonEksportRenderer.Render(new Rapportering.Figures.FigurEksport(510, EksportMappe.Dato, 2025,
            [new Rapportering.Figures.Observation("anbragte_pr_1000", null, EksportMappe.Dato, 0.6m, 3, 5000)], []));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await SendBytes(noegle510, usikker));
        await Vent(() => Regex.Matches(Tekst(modtagerLog), "afvist \\(403\\)").Count == 2 && Tekst(modtagerLog).Contains("afvist (422)"), "afvisningerne blev ikke logget", modtagerLog);
        var modtagetLog = Tekst(modtagerLog);
        Assert.Contains("Udveksling afvist (401) fra 127.0.0.1: ingen nøgle", modtagetLog);
        Assert.Contains("Udveksling afvist (401) fra 127.0.0.1: ukendt nøgle", modtagetLog);
        Assert.Contains("Udveksling afvist (403) fra 127.0.0.1: nøglen for kommune 657 sendte kommune 510s eksport", modtagetLog);
        Assert.Contains("Udveksling afvist (403) fra 127.0.0.1: nøglen for kommune 510 sendte kommune 657s eksport", modtagetLog);
        Assert.Contains("Udveksling afvist (422) fra 127.0.0.1: eksporten fra kommune 510 viser antal under 5, som skulle være undertrykt", modtagetLog);
        foreach (var hemmelig in new[] { noegle510, noegle657 }) Assert.DoesNotContain(hemmelig, modtagetLog + Tekst(afsenderLog));
        // Refused exports changed nothing: still version 1 of 510, and 657 was never received.
        Assert.Equal(1, modtagne.SenesteVersion(510, dato));
        Assert.Null(modtagne.SenesteVersion(657, dato));
        Assert.DoesNotContain("Unhandled exception", modtagetLog);
    }

    [Fact]
    public async Task En_eksport_i_indbakken_tages_ind_og_noget_andet_laegges_i_afvist()
    {
        var herning = Installation("herning-mappe", 657);
        var indbakke = Path.Combine(herning, "indbakke");
        Directory.CreateDirectory(indbakke);
        File.Copy(e.Fil(510), Path.Combine(indbakke, Path.GetFileName(e.Fil(510))));
        File.WriteAllText(Path.Combine(indbakke, "noget-andet.json"), """{ "kommune": 510 }""");
        var (_, log) = await Start(herning, $$"""{ "IntervalSekunder": 1, "Indbakke": "{{J(indbakke)}}" }""", """{ "Provider": "sqlite", "Forbindelse": "" }""");
        var modtagne = new Arkiv(Path.Combine(herning, "modtaget"), TimeProvider.System);
        var dato = Skaeringsdato.Parse(EksportMappe.Dato);
        await Vent(() => modtagne.SenesteVersion(510, dato) == 1 && Directory.Exists(Path.Combine(indbakke, "afvist")), "indbakken blev ikke læst", log);
        Assert.Equal(File.ReadAllBytes(e.Fil(510)), modtagne.LaesFil(510, dato, 1, $"510-{EksportMappe.Dato}.json"));
        Assert.Single(Directory.GetFiles(Path.Combine(indbakke, "behandlet")));
        Assert.EndsWith("noget-andet.json", Assert.Single(Directory.GetFiles(Path.Combine(indbakke, "afvist"))));
        Assert.Empty(Directory.GetFiles(indbakke));
        Assert.Contains("Udveksling: en fil i mappen er afvist (IkkeEksport) og lagt i afvist/", Tekst(log));
    }

    [Fact]
    public async Task En_noegle_taget_ud_af_konfigurationen_afvises_uden_genstart()
    {
        var (gammel, gemtGammel) = UdvekslingsNoegle.Ny(510);
        var (ny, gemtNy) = UdvekslingsNoegle.Ny(510);
        var herning = Installation("herning-noegler", 657);
        var (adresse, log) = await Start(herning,
            $$"""{ "IntervalSekunder": 1, "Noegler": [ { "Kommune": 510, "Salt": "{{gemtGammel.Salt}}", "Hash": "{{gemtGammel.Hash}}" } ] }""",
            """{ "Provider": "sqlite", "Forbindelse": "" }""");
        var eksport = File.ReadAllBytes(e.Fil(510));
        using var klient = new HttpClient();
        async Task<HttpStatusCode> Send(string noegle)
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, adresse + "/udveksling/eksport") { Content = new ByteArrayContent(eksport) };
            req.Headers.Authorization = new("Bearer", noegle);
            return (await klient.SendAsync(req)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Created, await Send(gammel));

        // The operator gives Haderslev a new key: the file is rewritten as an editor does (new file, rename).
        var config = Path.Combine(herning, "drift.json");
        var tekst = File.ReadAllText(config).Replace(gemtGammel.Hash, gemtNy.Hash).Replace(gemtGammel.Salt, gemtNy.Salt);
        File.WriteAllText(config + ".ny", tekst);
        File.Move(config + ".ny", config, overwrite: true);
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(gammel));
        Assert.Equal(HttpStatusCode.OK, await Send(ny)); // the same export again: archived already, no new version
        await Vent(() => Tekst(log).Contains("Udvekslingsnøglerne er læst igen: 1 nøgle(r) for kommune 510"), "nøglerne blev ikke læst igen", log);

        // A half-written file gives no keys at all, not the old ones; mended, the new key works again.
        File.WriteAllText(config, tekst[..(tekst.Length / 2)]);
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(ny));
        await Vent(() => Tekst(log).Contains("Udvekslingsnøglerne kunne ikke læses igen fra " + config), "den halve fil blev ikke meldt", log);
        File.WriteAllText(config, tekst);
        Assert.Equal(HttpStatusCode.OK, await Send(ny));

        var alt = Tekst(log);
        Assert.DoesNotContain(gammel, alt);
        Assert.DoesNotContain(ny, alt);
        Assert.DoesNotContain("Exception", alt);
        Assert.Equal(1, new Arkiv(Path.Combine(herning, "modtaget"), TimeProvider.System).SenesteVersion(510, Skaeringsdato.Parse(EksportMappe.Dato)));
    }
}
