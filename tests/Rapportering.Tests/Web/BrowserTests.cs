using Microsoft.Playwright;

namespace Rapportering.Tests.Web;

/// <summary>
/// The user's path in a real browser (Debian's chromium driven by Playwright): sign in, open the
/// archive, download a PDF, open the HTML report, use the comparison, sign out. Screenshots go
/// to $RAPPORTERING_SKAERMBILLEDER (default: a temp folder) for a person to look at.
/// </summary>
[Collection(WebSamling.Navn)]
public sealed class BrowserTests(WebFixture web)
{
    private static readonly string Billeder = Environment.GetEnvironmentVariable("RAPPORTERING_SKAERMBILLEDER")
        ?? Path.Combine(Path.GetTempPath(), "rapportering-skaermbilleder");


    [Fact]
    public async Task Konsulent_logger_ind_henter_pdf_laeser_rapport_sammenligner_og_logger_ud()
    {
        Directory.CreateDirectory(Billeder);
        var browser = await web.Browser();
        IBrowserContext? ctx = null;
        try
        {
            ctx = await browser.NewContextAsync(new() { AcceptDownloads = true, Locale = "da-DK", ViewportSize = new() { Width = 1200, Height = 900 } });
            ctx.SetDefaultTimeout(45000); // generous: CI machines have 2 cores and the suite runs test classes in parallel
            var side = await ctx.NewPageAsync();

            // Anonymous: any page leads to the sign-in form.
            await side.GotoAsync(web.Adresse + "/arkiv/101");
            Assert.Contains("/log-ind", side.Url);
            await side.ScreenshotAsync(new() { Path = Path.Combine(Billeder, "1-log-ind.png"), FullPage = true });
            await side.GetByLabel("Brugernavn").FillAsync("konsulent");
            await side.GetByLabel("Adgangskode").FillAsync(WebFixture.Brugere["konsulent"].Kode);
            await side.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

            // Back where we wanted to go: Aarby's archive.
            await side.WaitForURLAsync("**/arkiv/101");
            Assert.EndsWith("/arkiv/101", side.Url);
            Assert.Equal("Rapporter for Aarby Kommune", await side.Locator("h1").InnerTextAsync());
            await side.GotoAsync(web.Adresse + "/");
            Assert.Equal("Rapportarkiv", await side.Locator("h1").InnerTextAsync());
            Assert.Equal(3, await side.Locator("main section table").CountAsync());
            await side.ScreenshotAsync(new() { Path = Path.Combine(Billeder, "2-arkiv.png"), FullPage = true });

            // Download the newest PDF of Aarby.
            var download = await side.RunAndWaitForDownloadAsync(() =>
                side.GetByRole(AriaRole.Link, new() { Name = "Hent PDF for Aarby Kommune, 30. september 2017" }).ClickAsync());
            Assert.Equal($"101-{WebFixture.Dato}.pdf", download.SuggestedFilename);
            var sti = Path.Combine(Billeder, download.SuggestedFilename);
            await download.SaveAsAsync(sti);
            Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(sti)[..4]);

            // The HTML report.
            await side.GetByRole(AriaRole.Link, new() { Name = "Læs rapporten for Aarby Kommune, 30. september 2017" }).ClickAsync();
            await side.WaitForURLAsync("**/rapport");
            Assert.Equal("Nøgletal, økonomi og trivsel", await side.Locator("h1").InnerTextAsync());
            Assert.Equal(3, await side.Locator("svg[role=img]").CountAsync());
            await side.ScreenshotAsync(new() { Path = Path.Combine(Billeder, "3-rapport.png"), FullPage = true });
            await side.EmulateMediaAsync(new() { Media = Media.Print });
            await side.ScreenshotAsync(new() { Path = Path.Combine(Billeder, "3b-rapport-print.png"), FullPage = false });
            await side.EmulateMediaAsync(new() { Media = Media.Screen });

            // The comparison: pick Aarby, the figure, the series.
            await side.GotoAsync(web.Adresse + "/sammenligning");
            await side.GetByLabel("Kommune").SelectOptionAsync("101");
            await side.GetByLabel("Nøgletal").SelectOptionAsync("anbragte_pr_1000");
            await side.GetByLabel("Hele serien").CheckAsync();
            await side.GetByRole(AriaRole.Button, new() { Name = "Vis sammenligning" }).ClickAsync();
            await side.WaitForURLAsync("**visning=serie**");
            var tabel = await side.Locator("main table").InnerTextAsync();
            Assert.Contains("Cestrup Kommune", tabel);
            Assert.Contains("12,0", tabel);
            await side.ScreenshotAsync(new() { Path = Path.Combine(Billeder, "4-sammenligning.png"), FullPage = true });
            var xlsx = await side.RunAndWaitForDownloadAsync(() => side.GetByRole(AriaRole.Link, new() { Name = "Hent sammenligningen som Excel-projektmappe" }).ClickAsync());
            Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);

            // Sign out: the archive is closed again.
            await side.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
            await side.WaitForURLAsync("**/log-ind**");
            Assert.Contains("Du er logget ud.", await side.Locator("main").InnerTextAsync());
            await side.GotoAsync(web.Adresse + "/");
            Assert.Contains("/log-ind", side.Url);
        }
        finally
        {
            if (ctx is not null) await ctx.CloseAsync();
        }
    }

    [Fact]
    public async Task Operatoer_ser_hangfire_og_kommunebruger_ser_kun_egen_kommune()
    {
        Directory.CreateDirectory(Billeder);
        var browser = await web.Browser();
        foreach (var (bruger, billede) in new[] { ("operatoer", "5-hangfire.png"), ("bebyg", "6-kommunebruger.png") })
        {
            var ctx = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 800 } });
            var side = await ctx.NewPageAsync();
            await side.GotoAsync(web.Adresse + "/log-ind");
            await side.GetByLabel("Brugernavn").FillAsync(bruger);
            await side.GetByLabel("Adgangskode").FillAsync(WebFixture.Brugere[bruger].Kode);
            await side.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();
            await side.WaitForURLAsync(web.Adresse + "/");
            if (bruger == "operatoer")
            {
                var svar = await side.GotoAsync(web.Adresse + "/hangfire");
                Assert.Equal(200, svar!.Status);
            }
            else
            {
                Assert.Equal(1, await side.Locator("main section table").CountAsync());
                Assert.DoesNotContain("Aarby", await side.ContentAsync());
                var svar = await side.GotoAsync(web.Adresse + "/hangfire");
                Assert.Equal(403, svar!.Status);
                await side.GotoAsync(web.Adresse + "/");
            }
            await side.ScreenshotAsync(new() { Path = Path.Combine(Billeder, billede), FullPage = true });
            await ctx.CloseAsync();
        }
    }
}
