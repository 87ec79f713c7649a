using System.Security.Cryptography;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;

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
    // then issue 13's Datakvalitet sheet (view, kolonne and "Hvad er gjort" columns).
    private const string KommuneHash = "B8F50DEF6D8A044774602FCD7E28F78D13E8DF33F5868C450F1A3DBA07AD6FE5";
    // Updated once on purpose: the average row's label became the shared
    // "Gennemsnit af kommunerne i databasen" (Figures/Landsgennemsnit), the web page's label; then
    // issue 14's marks (".." for a suppressed value) and the templates' footnote words in the notes;
    // then issue 17: built from exports only, the label "Gennemsnit af kommunerne i sammenligningen",
    // "Kommuner i sammenligningen" and "Heraf modtagne eksporter" on the front sheet; then the
    // Data sheet's rows streamed into the sheet XML (inline strings; same cells, read back by the tests).
    private const string SammenligningHash = "1C16EA6925BE2C4006F432634228EE0DE360290F6293F2B2D105F02CA2F3D460";

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
        var input = new SammenligningsModel(
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
