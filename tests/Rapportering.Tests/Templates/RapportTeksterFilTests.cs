using Rapportering.Templates;

namespace Rapportering.Tests.Templates;

/// <summary>
/// tekster.json is parsed once for as long as its text stays the same (a batch reads it for every
/// kommune), and an edit counts from the next load on, even one made at once and of the same length.
/// </summary>
public sealed class RapportTeksterFilTests
{
    [Fact]
    public void Samme_tekst_giver_de_samme_ord_og_en_rettelse_ses_straks()
    {
        using var egne = new EgneTekster("""{ "mail": { "emne": "Rapport A" } }""");

        var foerste = egne.Laes();
        var igen = egne.Laes();

        Assert.Equal("Rapport A", foerste.Hent("mail.emne"));
        Assert.Same(foerste, igen); // parsed once
        // The same length, written at once: within the file clock's tick, so only the text tells.
        egne.Skriv("""{ "mail": { "emne": "Rapport B" } }""");
        var rettet = egne.Laes();
        Assert.Equal("Rapport B", rettet.Hent("mail.emne"));
        Assert.NotSame(foerste, rettet);
        // The built-in words alone are another set again.
        Assert.NotEqual("Rapport A", RapportTekster.Indbyggede().Hent("mail.emne"));
    }

    [Fact]
    public void En_oedelagt_fil_afvises_hver_gang_og_den_rettede_laeses()
    {
        using var egne = new EgneTekster("""{ "mail": { "emne": """);

        Assert.Throws<SkabelonFejl>(egne.Laes);
        Assert.Throws<SkabelonFejl>(egne.Laes); // not kept as if it were good

        egne.Skriv("""{ "mail": { "emne": "Rettet" } }""");
        Assert.Equal("Rettet", egne.Laes().Hent("mail.emne"));
    }
}
