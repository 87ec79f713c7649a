using Rapportering.Templates;

namespace Rapportering.Tests.Templates;

/// <summary>
/// tekster.json is parsed once for as long as its text stays the same (a batch reads it for every
/// kommune), and an edit counts from the next load on, even one made at once and of the same length.
/// </summary>
public sealed class RapportTeksterFilTests : IDisposable
{
    private readonly DirectoryInfo _mappe = Directory.CreateTempSubdirectory("rapporttekster-");

    public void Dispose() => _mappe.Delete(recursive: true);

    private string EgenFil(string json)
    {
        var sti = Path.Combine(_mappe.FullName, "rapport", "tekster.json");
        Directory.CreateDirectory(Path.GetDirectoryName(sti)!);
        File.WriteAllText(sti, json);
        return sti;
    }

    [Fact]
    public void Samme_tekst_giver_de_samme_ord_og_en_rettelse_ses_straks()
    {
        var skabeloner = Skabeloner.Standard(_mappe.FullName);
        EgenFil("""{ "mail": { "emne": "Rapport A" } }""");

        var foerste = RapportTekster.Laes(skabeloner);
        var igen = RapportTekster.Laes(skabeloner);

        Assert.Equal("Rapport A", foerste.Hent("mail.emne"));
        Assert.Same(foerste, igen); // parsed once
        // The same length, written at once: within the file clock's tick, so only the text tells.
        EgenFil("""{ "mail": { "emne": "Rapport B" } }""");
        var rettet = RapportTekster.Laes(skabeloner);
        Assert.Equal("Rapport B", rettet.Hent("mail.emne"));
        Assert.NotSame(foerste, rettet);
        // The built-in words alone are another set again.
        Assert.NotEqual("Rapport A", RapportTekster.Indbyggede().Hent("mail.emne"));
    }

    [Fact]
    public void En_oedelagt_fil_afvises_hver_gang_og_den_rettede_laeses()
    {
        var skabeloner = Skabeloner.Standard(_mappe.FullName);
        EgenFil("""{ "mail": { "emne": """);

        Assert.Throws<SkabelonFejl>(() => RapportTekster.Laes(skabeloner));
        Assert.Throws<SkabelonFejl>(() => RapportTekster.Laes(skabeloner)); // not kept as if it were good

        EgenFil("""{ "mail": { "emne": "Rettet" } }""");
        Assert.Equal("Rettet", RapportTekster.Laes(skabeloner).Hent("mail.emne"));
    }
}
