using System.Security.Cryptography;
using Rapportering.Rendering.Xlsx;

namespace Rapportering.Tests.Xlsx;

/// <summary>
/// The speed-ups of the save path (charts written in the normalising zip pass) must not change
/// a single byte. The hashes are of the fixture's workbooks rendered by the code before that
/// change (commit cc3c82d); a deliberate change of content updates them here.
/// </summary>
public class UaendredeBytesTests
{
    // Updated on purpose: "Ønsket retning" reads "Stigende"/"Faldende" (no "bedre"); then issue 14's
    // marks: ".." for a suppressed value, "<5" for a suppressed cohort, the templates' footnote words;
    // then issue 13's Datakvalitet sheet (view, kolonne and "Hvad er gjort" columns); then issue 16's
    // one chart palette (the line colours of Report/Diagramfarver.cs).
    private const string KommuneHash = "449318F2219BF6818C60C565B9BC63E090582AE072C83C83B9C3C7098A1C6F4E";
    // Updated once on purpose: the average row's label became the shared
    // "Gennemsnit af kommunerne i databasen" (Figures/Landsgennemsnit), the web page's label; then
    // issue 14's marks (".." for a suppressed value) and the templates' footnote words in the notes.
    private const string SammenligningHash = "3FD92C57841C7F93FEB90D254D369A8C07D0C599D689050A9B3BA6696E6A1F6E";

    [Fact]
    public void Kommunens_regneark_er_byte_for_byte_som_foer_optimeringen() =>
        SammeHash(KommuneHash, XlsxFixtur.RenderKommune());

    [Fact]
    public void Sammenligningen_er_byte_for_byte_som_foer_optimeringen() =>
        SammeHash(SammenligningHash, Sammenligning());

    private static void SammeHash(string forventet, byte[] fil)
    {
        var hash = Convert.ToHexString(SHA256.HashData(fil));
        Assert.True(hash == forventet, $"SHA-256 er nu {hash}");
    }

    /// <summary>Three fixture kommuner, 510 in focus with 561 as reference kommune.</summary>
    private static byte[] Sammenligning()
    {
        var input = new SammenligningInput(
        [
            new(XlsxFixtur.Eksport(510), "Testrup Kommune"),
            new(XlsxFixtur.Eksport(561, 5), "Referenceby Kommune"),
            new(XlsxFixtur.Eksport(630, 20), "Øvrigby Kommune"),
        ], 510, [561], XlsxFixtur.Dannet);
        using var ms = new MemoryStream();
        new SammenligningWorkbookRenderer().Render(input, ms);
        return ms.ToArray();
    }
}
