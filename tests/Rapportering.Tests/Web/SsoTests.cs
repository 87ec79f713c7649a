using Microsoft.Playwright;

namespace Rapportering.Tests.Web;

/// <summary>
/// Single sign-on in a real browser against the test OpenID Connect provider, a real process
/// (authorization code + PKCE): the provider's groups decide role and kommune, a user in no
/// mapped group gets nothing, and sign-out ends the session here and at the provider.
/// </summary>
[Collection(WebSamling.Navn)]
public sealed class SsoTests(WebFixture web)
{
    private async Task<(IBrowserContext, IPage)> NySide()
    {
        var ctx = await (await web.Browser()).NewContextAsync(new() { Locale = "da-DK" });
        // Generous: on a loaded 2-core machine the provider process once took over 45 s to answer.
        ctx.SetDefaultTimeout(90000);
        ctx.SetDefaultNavigationTimeout(90000);
        return (ctx, await ctx.NewPageAsync());
    }

    /// <summary>From the sign-in page through the provider's form and back.</summary>
    private async Task LogIndHosIdp(IPage side, string bruger)
    {
        try
        {
            await LogIndHosIdpTrin(side, bruger);
        }
        catch (TimeoutException e)
        {
            // Say where it stood and what the web front logged, so a slow step can be told apart from a hang.
            throw new TimeoutException($"{e.Message.Split('\n')[0]} på {side.Url}; webfrontens log:\n{string.Join('\n', web.Log.Linjer.TakeLast(30))}", e);
        }
    }

    private async Task LogIndHosIdpTrin(IPage side, string bruger)
    {
        await side.GetByRole(AriaRole.Link, new() { Name = "Log ind med kommunens login" }).ClickAsync();
        // Commit, not the load event: the fields are awaited by FillAsync anyway, and on a loaded
        // machine the provider's page once took longer than the timeout to report "load".
        await side.WaitForURLAsync(web.Idp.Adresse + "/login**", new() { WaitUntil = WaitUntilState.Commit });
        await side.GetByLabel("Brugernavn (IdP)").FillAsync(bruger);
        await side.GetByLabel("Adgangskode (IdP)").FillAsync(TestIdpProces.Brugere[bruger].Kode);
        await side.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
        await side.WaitForURLAsync(u => u.StartsWith(web.Adresse));
        await side.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Fact]
    public async Task Operatoer_fra_gruppen_logger_ind_ser_jobs_og_logger_ud_ogsaa_hos_udbyderen()
    {
        var (ctx, side) = await NySide();
        try
        {
            await side.GotoAsync(web.Adresse + "/arkiv/101");
            Assert.Contains("/log-ind", side.Url);
            await LogIndHosIdp(side, "sso-operatoer");
            // Back where the user wanted to go, as an operatoer (group g-rapportering-drift).
            Assert.EndsWith("/arkiv/101", side.Url);
            Assert.Equal("Rapporter for Aarby Kommune", await side.Locator("h1").InnerTextAsync());
            Assert.Contains("(operatør)", await side.Locator("header").InnerTextAsync());
            Assert.Equal(200, (await side.GotoAsync(web.Adresse + "/hangfire"))!.Status);
            var kopi = (await ctx.CookiesAsync([web.Adresse])).Single(c => c.Name == "rapportering.login");

            await side.GotoAsync(web.Adresse + "/");
            await side.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
            // Through the provider's end-session endpoint and back.
            await side.WaitForURLAsync("**/log-ind?logget-ud=1");
            Assert.Contains("Du er logget ud.", await side.Locator("main").InnerTextAsync());
            await side.GotoAsync(web.Adresse + "/");
            Assert.Contains("/log-ind", side.Url);
            // The provider's session is over too: signing in asks for the password again.
            await side.GetByRole(AriaRole.Link, new() { Name = "Log ind med kommunens login" }).ClickAsync();
            await side.WaitForURLAsync(web.Idp.Adresse + "/login**");

            // The old cookie, put back, is refused: the session was ended on the server.
            await ctx.AddCookiesAsync([new Cookie { Name = kopi.Name, Value = kopi.Value, Domain = kopi.Domain, Path = kopi.Path }]);
            await side.GotoAsync(web.Adresse + "/arkiv/101");
            Assert.Contains("/log-ind", side.Url);
        }
        finally
        {
            await ctx.CloseAsync();
        }
    }

    [Theory]
    [InlineData("sso-bebyg", 147)]        // kommune from a group (g-kommune-147)
    [InlineData("sso-aarby-claim", 101)]  // kommune from the kommune claim
    public async Task Kommunebruger_faar_kommunen_fra_gruppe_eller_claim_og_kun_den(string bruger, int kommune)
    {
        var (ctx, side) = await NySide();
        try
        {
            await side.GotoAsync(web.Adresse + "/");
            await LogIndHosIdp(side, bruger);
            Assert.Equal(web.Adresse + "/", side.Url);
            Assert.Contains($"(kommune {kommune})", await side.Locator("header").InnerTextAsync());
            Assert.Equal(1, await side.Locator("main section table").CountAsync());
            Assert.Contains(WebFixture.Navne[kommune], await side.Locator("main").InnerTextAsync());
            foreach (var anden in WebFixture.Kommuner.Where(k => k != kommune))
                Assert.Equal(404, (await side.GotoAsync(web.Adresse + $"/arkiv/{anden}"))!.Status);
            Assert.Equal(403, (await side.GotoAsync(web.Adresse + "/sammenligning"))!.Status);
            Assert.Equal(403, (await side.GotoAsync(web.Adresse + "/hangfire"))!.Status);
        }
        finally
        {
            await ctx.CloseAsync();
        }
    }

    [Fact]
    public async Task Konsulent_fra_gruppen_ser_sammenligningen()
    {
        var (ctx, side) = await NySide();
        try
        {
            await side.GotoAsync(web.Adresse + "/sammenligning");
            await LogIndHosIdp(side, "sso-konsulent");
            Assert.EndsWith("/sammenligning", side.Url);
            Assert.Equal("Sammenligning med referencekommuner", await side.Locator("h1").InnerTextAsync());
            Assert.Equal(403, (await side.GotoAsync(web.Adresse + "/hangfire"))!.Status);
        }
        finally
        {
            await ctx.CloseAsync();
        }
    }

    [Fact]
    public async Task Bruger_uden_tilknyttet_gruppe_faar_adgang_naegtet_og_ingen_cookie()
    {
        var (ctx, side) = await NySide();
        try
        {
            await side.GotoAsync(web.Adresse + "/arkiv/101");
            await LogIndHosIdp(side, "sso-ingen-gruppe");
            await side.WaitForURLAsync("**/adgang-naegtet");
            Assert.Equal("Adgang nægtet", await side.Locator("h1").InnerTextAsync());
            Assert.DoesNotContain(await ctx.CookiesAsync([web.Adresse]), c => c.Name == "rapportering.login");
            await side.GotoAsync(web.Adresse + "/arkiv/101");
            Assert.Contains("/log-ind", side.Url);
            Assert.Contains(web.Log.Linjer, l => l.Contains("ikke i en gruppe, der giver adgang"));
        }
        finally
        {
            await ctx.CloseAsync();
        }
    }
}
