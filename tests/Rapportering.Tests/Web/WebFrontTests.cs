using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Sammenligninger;
using Rapportering.Jobs.Web;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Web;

[Collection(WebSamling.Navn)]
public sealed class WebFrontTests(WebFixture web)
{
    [Fact]
    public async Task Forkert_adgangskode_giver_fejl_og_ingen_adgang()
    {
        using var klient = await web.Klient(null);
        var svar = await WebFixture.LogInd(klient, "aarby", "forkert");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains("Forkert brugernavn eller adgangskode.", await svar.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await klient.GetAsync("/")).StatusCode);
        // An unknown user gets the same message (no hint which part was wrong).
        var ukendt = await WebFixture.LogInd(klient, "findes-ikke", "forkert");
        Assert.Contains("Forkert brugernavn eller adgangskode.", await ukendt.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Log_ind_uden_antiforgery_token_afvises()
    {
        using var klient = await web.Klient(null);
        var svar = await klient.PostAsync("/log-ind", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["brugernavn"] = "operatoer", ["adgangskode"] = WebFixture.Brugere["operatoer"].Kode }));
        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
    }

    [Theory]
    [InlineData("/arkiv/101", "/arkiv/101")]
    [InlineData("//ondt.example/x", "/")]
    [InlineData("https://ondt.example/", "/")]
    public async Task Efter_log_ind_sendes_man_kun_videre_paa_samme_websted(string retur, string forventet)
    {
        using var klient = await web.Klient(null);
        var svar = await WebFixture.LogInd(klient, "aarby", WebFixture.Brugere["aarby"].Kode, retur);
        Assert.Equal(forventet, svar.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Arkivet_viser_og_leverer_den_hoejeste_version()
    {
        using var klient = await web.Klient("aarby");
        var side = await klient.GetStringAsync("/arkiv/101");
        // Two cut dates, newest first; 30/9 at version 2.
        Assert.True(side.IndexOf("30. september 2017") < side.IndexOf("31. maj 2017"));
        Assert.Contains("<td class=\"tal\">2</td>", side);
        var pdf = await klient.GetByteArrayAsync($"/arkiv/101/{WebFixture.Dato}/101-{WebFixture.Dato}.pdf");
        using (var doc = PdfDocument.Open(pdf)) Assert.Equal(1, doc.NumberOfPages);
        var svar = await klient.GetAsync($"/arkiv/101/{WebFixture.Dato}/101-{WebFixture.Dato}.xlsx");
        Assert.Equal("attachment", svar.Content.Headers.ContentDisposition!.DispositionType);
        // Files other than the report's own names are not reachable, nor paths out of the folder.
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync($"/arkiv/101/{WebFixture.Dato}/hemmelig.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync($"/arkiv/101/{WebFixture.Dato}/..%2F..%2F147%2F{WebFixture.Dato}%2Fv1%2F147-{WebFixture.Dato}.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync("/arkiv/101/2017-13-45/rapport")).StatusCode);
    }

    [Fact]
    public async Task Mailens_link_til_en_bestemt_version_virker_og_kun_for_egen_kommune()
    {
        // The delivery mail links {Arkiv:Url}/{kode}/{dato}/v{N}/{fil} (KommuneJob): both versions resolve.
        using var klient = await web.Klient("aarby");
        foreach (var v in new[] { 1, 2 })
        {
            var svar = await klient.GetAsync($"/arkiv/101/{WebFixture.Dato}/v{v}/101-{WebFixture.Dato}.xlsx");
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync($"/arkiv/101/{WebFixture.Dato}/v9/101-{WebFixture.Dato}.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync($"/arkiv/147/{WebFixture.Dato}/v1/147-{WebFixture.Dato}.xlsx")).StatusCode);
    }

    [Fact]
    public async Task En_fil_der_ikke_passer_med_manifestet_udleveres_ikke()
    {
        using var klient = await web.Klient("konsulent");
        var d = WebFixture.TidligereDato;
        // 151's PDF of 31/5 was changed after archiving: refused, and none of its bytes go out.
        var svar = await klient.GetAsync($"/arkiv/151/{d}/151-{d}.pdf");
        Assert.Equal(HttpStatusCode.InternalServerError, svar.StatusCode);
        var tekst = await svar.Content.ReadAsStringAsync();
        Assert.DoesNotContain("ændret efter arkivering", tekst);
        Assert.Contains("stemmer ikke med arkivets kontrolsum", tekst);
        // The untouched files of the same version are still served.
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync($"/arkiv/151/{d}/151-{d}.json")).StatusCode);
    }

    [Fact]
    public async Task Html_rapporten_er_selvstaendig_og_maa_ikke_hente_noget_udefra()
    {
        using var klient = await web.Klient("konsulent");
        var svar = await klient.GetAsync($"/arkiv/147/{WebFixture.Dato}/rapport");
        Assert.Equal("text/html", svar.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'none'", svar.Headers.GetValues("Content-Security-Policy").Single());
        var html = await svar.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"da\">", html);
        Assert.Contains("Bebyg Kommune", html);
    }

    [Fact]
    public async Task Sammenligning_viser_kommune_referencekommuner_og_gennemsnit()
    {
        using var klient = await web.Klient("konsulent");
        var side = await klient.GetStringAsync($"/sammenligning?kommune=101&noegletal=anbragte_pr_1000&opdeling=&dato={WebFixture.Dato}");
        // 30/9: Aarby 12,0, Bebyg 8,0, Cestrup 6,0; the average is weighted by the nævner:
        // (60 + 8 + 12) / (5000 + 1000 + 2000) × 1000 = 10,0 (a plain mean would be 8,7).
        foreach (var tal in new[] { "12,0", "8,0", "6,0", "10,0" }) Assert.Contains($"<td class=\"tal\">{tal}</td>", side);
        Assert.DoesNotContain("8,7", side);
        Assert.Contains("Gennemsnit af kommunerne i sammenligningen", side);
        Assert.Contains("role=\"img\"", side);
        // The chart's words for a screen reader are made from the texts, with every kommune's value.
        Assert.Contains("aria-label=\"Søjlediagram: Anbragte pr. 1.000 0-17-årige, pr. 1.000 0-17-årige, 30. september 2017: Aarby Kommune 12,0; Bebyg Kommune 8,0; Cestrup Kommune 6,0; Gennemsnit af kommunerne i sammenligningen 10,0.\"", side);
        Assert.Contains("<caption>Anbragte pr. 1.000 0-17-årige (pr. 1.000 0-17-årige)</caption>", side);

        var serie = await klient.GetStringAsync($"/sammenligning?kommune=101&noegletal=anbragte_pr_1000&opdeling=&dato={WebFixture.Dato}&visning=serie");
        // 31/5: Bebyg suppressed (a rate: ".."), Cestrup missing (–); the average is Aarby's 11,0 alone, never a zero.
        Assert.Contains(">..</abbr>", serie);
        Assert.DoesNotContain("&lt;5", serie);
        Assert.Contains("..: Andelen, raten eller gennemsnittet er undertrykt", serie);
        Assert.Contains("–: Mangler data.", serie);
        Assert.Contains("<td class=\"tal\">–</td>", serie);
        // The series as the report's line charts say it: the span and the latest values.
        Assert.Contains("aria-label=\"Linjediagram: Anbragte pr. 1.000 0-17-årige, pr. 1.000 0-17-årige, 31. januar 2017 til 30. september 2017. Seneste tal, 30. september 2017: Aarby Kommune 12,0;", serie);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(serie, "<td class=\"tal\">11,0</td>").Count);
    }

    [Fact]
    public async Task Nyt_noegletal_med_forrige_noegletals_opdeling_vises_straks_med_egne_opdelinger()
    {
        using var klient = await web.Klient("konsulent");
        // The form still sends Anbringelsesformer's "institution" after the user picked Anbragte:
        // one press shows Anbragte's total at once, and the list holds Anbragte's opdelinger only.
        var side = await klient.GetStringAsync($"/sammenligning?kommune=101&noegletal=anbragte_pr_1000&opdeling=institution&dato={WebFixture.Dato}");
        Assert.Contains("<td class=\"tal\">12,0</td>", side);
        Assert.Contains("Nøgletallet har ikke opdelingen »Institution«, så her vises »I alt«.", side);
        var valg = Regex.Match(side, "<select id=\"opdeling\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["I alt"], Regex.Matches(valg, "<option[^>]*>([^<]*)</option>").Select(m => m.Groups[1].Value));

        // The other way: Anbringelsesformer has no total, so "" falls back to its first opdeling.
        var anden = await klient.GetStringAsync($"/sammenligning?kommune=101&noegletal=anbringelsesformer_pct&opdeling=&dato={WebFixture.Dato}");
        Assert.Contains("<option value=\"institution\" selected>", anden);
        Assert.Contains("så her vises »Institution«", anden);
        // A valid choice gets no notice.
        Assert.DoesNotContain("Nøgletallet har ikke", await klient.GetStringAsync($"/sammenligning?kommune=101&noegletal=anbragte_pr_1000&opdeling=&dato={WebFixture.Dato}"));
    }

    [Fact]
    public async Task Sammenligningen_kan_hentes_som_projektmappe()
    {
        using var klient = await web.Klient("operatoer");
        var bytes = await klient.GetByteArrayAsync($"/sammenligning/projektmappe?kommune=101&noegletal=anbragte_pr_1000&opdeling=&dato={WebFixture.Dato}");
        using var wb = new XLWorkbook(new MemoryStream(bytes));
        // The Excel branch's comparison workbook: sheet "Anbragte", header row 4, periods from column 4
        // (31/1, 31/5, 30/9); rows: Aarby (focus), then its reference kommuner Bebyg and Cestrup.
        var ws = wb.Worksheet("Anbragte");
        Assert.Equal("Aarby Kommune", ws.Cell(5, 2).GetString());
        Assert.Equal(12.0, ws.Cell(5, 6).GetDouble());
        Assert.Equal("Cestrup Kommune", ws.Cell(7, 2).GetString());
        Assert.Equal(6.0, ws.Cell(7, 6).GetDouble());
    }

    [Fact]
    public async Task Sidens_gennemsnit_er_projektmappens_gennemsnit()
    {
        using var klient = await web.Klient("konsulent");
        var q = $"?kommune=101&noegletal=anbragte_pr_1000&opdeling=&dato={WebFixture.Dato}&visning=serie";
        var side = await klient.GetStringAsync("/sammenligning" + q);
        var raekke = Regex.Matches(side, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Single(r => r.Contains("Gennemsnit af kommunerne i sammenligningen"));
        var paaSiden = Regex.Matches(raekke, "<td class=\"tal\">([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();

        using var wb = new XLWorkbook(new MemoryStream(await klient.GetByteArrayAsync("/sammenligning/projektmappe" + q)));
        var ws = wb.Worksheet("Anbragte");
        var r = ws.Column(2).CellsUsed().Single(c => c.GetString() == "Gennemsnit af kommunerne i sammenligningen").Address.RowNumber;
        var iProjektmappen = Enumerable.Range(4, 3).Select(c => Formatering.Tal((decimal)ws.Cell(r, c).GetDouble(), 1)).ToList();

        // 31/1: 50/5000 → 10,0; 31/5: Bebyg suppressed, so 55/5000 → 11,0; 30/9: 80/8000 → 10,0.
        Assert.Equal(["10,0", "11,0", "10,0"], iProjektmappen);
        Assert.Equal(iProjektmappen, paaSiden);
    }

    [Fact]
    public void Hash_lavet_som_dokumenteret_med_python_kan_bruges()
    {
        // The README recipe: 0x01 | prf=2 (SHA-512) | 100000 | salt length 16 | salt | PBKDF2 32 bytes.
        var salt = RandomNumberGenerator.GetBytes(16);
        var noegle = Rfc2898DeriveBytes.Pbkdf2("hemmelig"u8, salt, 100000, HashAlgorithmName.SHA512, 32);
        byte[] hoved = [0x01, 0, 0, 0, 2, 0, 1, 0x86, 0xA0, 0, 0, 0, 16];
        var hash = Convert.ToBase64String([.. hoved, .. salt, .. noegle]);
        var brugere = new Brugere([new WebBruger("test", hash, Roller.Konsulent, null)]);
        Assert.NotNull(brugere.Kontroller("test", "hemmelig"));
        Assert.Null(brugere.Kontroller("test", "Hemmelig"));
        Assert.NotNull(new Brugere([new WebBruger("x", Brugere.LavHash("abc"), Roller.Operatoer, null)]).Kontroller("X", "abc"));
    }
}
