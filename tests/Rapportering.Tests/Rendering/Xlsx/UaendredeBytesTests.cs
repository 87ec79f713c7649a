using System.Security.Cryptography;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// The speed-ups of the save path (charts written in the normalising zip pass) must not change
/// a single byte. The hashes are of the fixture's workbooks rendered by the code before that
/// change (commit cc3c82d); a deliberate change of content updates them here.
/// </summary>
public class UaendredeBytesTests
{
    // Updated on purpose: "Ønsket retning" reads "Stigende"/"Faldende" (no "bedre"); then issue 14's
    // marks: ".." for a suppressed value, "<5" for a suppressed cohort, the templates' footnote words;
    // then issue 13's Datakvalitet sheet (view, kolonne and "Hvad er gjort" columns); then issue 15's
    // one decimals rule (amounts and indices "#,##0.0" like every other value); then issue 15's
    // workbook drawn from the report document (a sheet per report table, every chart native);
    // then issue 16's one chart palette (Report/Diagramfarver.cs); then the y axis of the chart
    // specification (Report/DiagramAkse.cs: min, max and major unit) in every native chart; then
    // issue 20: the whole workbook written by the streaming writer (StroemPakke) instead of ClosedXML,
    // a new package with the same content: StroemKommuneTests reads it back and compares every cell,
    // note, width, height, pane, table, link and chart part with ClosedXML's (ClosedXmlKommune).
    private const string KommuneHash = "46F0BFE2A75744257BDDB65C5878C705E6F5037236C890C23DE4750000E0CBBF";
    // Updated once on purpose: the average row's label became the shared
    // "Gennemsnit af kommunerne i databasen" (Figures/Landsgennemsnit), the web page's label; then
    // issue 14's marks (".." for a suppressed value) and the templates' footnote words in the notes;
    // then issue 17: built from exports only, the label "Gennemsnit af kommunerne i sammenligningen",
    // "Kommuner i sammenligningen" and "Heraf modtagne eksporter" on the front sheet; then the
    // Data sheet's rows streamed into the sheet XML (inline strings; same cells, read back by the tests);
    // then issue 15's one decimals rule (amounts and indices "#,##0.0"); then issue 17/20: the whole
    // workbook written by the streaming writer (StroemPakke) instead of ClosedXML, a new package with
    // the same content: StroemSammenligningTests reads it back and compares every cell with ClosedXML's;
    // then the plain cells' font size 11, not 0 (Stil.Standard skipped its defaults): styles.xml, and the
    // style numbers of sheets whose looks differed only by that font (the Data sheet's bytes unchanged).
    private const string SammenligningHash = "C515D975792DC216542625552B15057179E37656168818945580B70435BFCF44";

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
        ], 510, [561], XlsxFixtur.Dannet) { Tekster = RapportTekster.Indbyggede() };
        using var ms = new MemoryStream();
        new SammenligningWorkbookRenderer().Render(input, ms);
        return ms.ToArray();
    }
}
