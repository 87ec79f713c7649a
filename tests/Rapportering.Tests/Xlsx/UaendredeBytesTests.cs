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
    // Updated once on purpose: "Ønsket retning" reads "Stigende"/"Faldende" (no "bedre").
    private const string KommuneHash = "A474EE44B2D6400D0D6BA6C5CD87BC511DAAB39238757A5143D86247B25CE062";
    // Updated once on purpose: the average row's label became the shared
    // "Gennemsnit af kommunerne i databasen" (Figures/Landsgennemsnit), the web page's label.
    private const string SammenligningHash = "AF1218FF3CDB8D64F828B0DFC90E4EBD84778DBCDF86AA3795F50815BE192491";

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
