using System.Security.Claims;
using Rapportering.Jobs.Web;

namespace Rapportering.Tests.Web;

/// <summary>The mapping from the provider's groups and claims to a role and kommune, rule by rule.</summary>
public sealed class GruppeKortlaegningTests
{
    private static readonly OidcIndstillinger Ind = new()
    {
        Autoritet = "https://idp.example",
        KommuneClaim = "kommune",
        Grupper =
        [
            new() { Gruppe = "drift", Rolle = "operatoer" },
            new() { Gruppe = "konsulenter", Rolle = "konsulent" },
            new() { Gruppe = "kommune-657", Rolle = "kommune", Kommune = 657 },
            new() { Gruppe = "kommune-615", Rolle = "kommune", Kommune = 615 },
            new() { Gruppe = "rapportering", Rolle = "kommune" },
        ],
    };

    private static Adgang? Kort(string[] grupper, string? kommune = null)
    {
        var claims = grupper.Select(g => new Claim("groups", g)).Append(new Claim("name", "Test Testesen")).ToList();
        if (kommune is not null) claims.Add(new Claim("kommune", kommune));
        return new GruppeKortlaegning(Ind).Kortlaeg(new ClaimsPrincipal(new ClaimsIdentity(claims, "t")));
    }

    [Fact]
    public void Hoejeste_rolle_vinder_og_konsulent_og_operatoer_har_ingen_kommune()
    {
        Assert.Equal(("operatoer", (int?)null), Kort(["kommune-657", "DRIFT"]) is { } a ? (a.Rolle, a.Kommune) : default);
        Assert.Equal(("konsulent", (int?)null), Kort(["konsulenter", "andet"]) is { } b ? (b.Rolle, b.Kommune) : default);
    }

    [Fact]
    public void Kommunen_kommer_fra_gruppe_eller_claim_og_skal_vaere_entydig()
    {
        Assert.Equal(657, Kort(["kommune-657"])!.Kommune);
        Assert.Equal(101, Kort(["rapportering"], "101")!.Kommune);
        Assert.Equal(657, Kort(["kommune-657"], "657")!.Kommune);
        // Two kommuner, or a kommune role with none: no access, never a guess.
        Assert.Null(Kort(["kommune-657", "kommune-615"]));
        Assert.Null(Kort(["kommune-657"], "615"));
        Assert.Null(Kort(["rapportering"]));
        Assert.Null(Kort(["rapportering"], "ikke-et-tal"));
    }

    [Fact]
    public void Navnet_kommer_fra_udbyderen_og_ellers_er_det_tomt()
    {
        Assert.Equal("Test Testesen", Kort(["drift"])!.Navn);
        var uden = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "drift"), new Claim("upn", "tt@kommune.example")], "t"));
        Assert.Equal("tt@kommune.example", new GruppeKortlaegning(Ind).Kortlaeg(uden)!.Navn);
        // No name at all: empty, and the page frame words it from the templates (web.ramme.ukendt_bruger), not this class.
        var ingen = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "drift")], "t"));
        Assert.Equal("", new GruppeKortlaegning(Ind).Kortlaeg(ingen)!.Navn);
    }

    [Fact]
    public void Ingen_tilknyttet_gruppe_giver_ingen_adgang()
    {
        Assert.Null(Kort([]));
        Assert.Null(Kort(["alle-ansatte"], "657"));
    }

    [Fact]
    public void Aendret_tildeling_giver_nyt_stempel_og_ugyldig_tildeling_afvises()
    {
        var foer = new GruppeKortlaegning(Ind).Stempel;
        Assert.Equal(foer, new GruppeKortlaegning(Ind with { }).Stempel);
        Assert.NotEqual(foer, new GruppeKortlaegning(Ind with { Grupper = [.. Ind.Grupper.Skip(1)] }).Stempel);
        Assert.Throws<InvalidOperationException>(() => new GruppeKortlaegning(Ind with { Grupper = [new() { Gruppe = "x", Rolle = "admin" }] }));
        Assert.Throws<InvalidOperationException>(() => new GruppeKortlaegning(Ind with { Grupper = [new() { Gruppe = "x" }] }));
    }

    [Theory]
    [InlineData("/arkiv/101?x=1", true)]
    [InlineData("/", true)]
    [InlineData("/%09/ondt.example/", true)] // still encoded: a local path
    [InlineData("/\t/ondt.example/", false)]
    [InlineData("/a\u00e6", false)]
    [InlineData("//ondt.example", false)]
    [InlineData("/\\ondt.example", false)]
    [InlineData("/a\\b", false)]
    [InlineData("ondt.example", false)]
    [InlineData("", false)]
    public void Lokal_url_er_kun_en_ren_sti(string url, bool lokal) => Assert.Equal(lokal, LokalUrl.Kontroller(url) is not null);
}
