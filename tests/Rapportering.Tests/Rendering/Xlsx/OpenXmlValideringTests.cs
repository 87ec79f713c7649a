using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Rapportering.Tests.Rendering.Xlsx;

public class OpenXmlValideringTests
{
    [Fact]
    public void Diagrammer_og_tegning_er_gyldig_OpenXml()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxFixtur.RenderKommune()), false);
        // Every chart of the report (lines and columns) is a real chart part under the sheet's drawing, so the validator sees them.
        var figurer = XlsxFixtur.Input().Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Rapportering.Report.Diagram>().Count(d => d.Kategorier.Count > 0);
        Assert.True(figurer > 5);
        Assert.Equal(figurer, doc.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []).Count());
        var fejl = new OpenXmlValidator().Validate(doc).ToList();
        var vores = fejl.Where(f => f.Part?.Uri.OriginalString.Contains("chart", StringComparison.Ordinal) == true
                                    || f.Part?.Uri.OriginalString.Contains("drawing", StringComparison.Ordinal) == true
                                    || f.Node?.LocalName == "drawing").ToList();
        Assert.True(vores.Count == 0, string.Join("\n", vores.Select(f => $"{f.Part?.Uri}: {f.Description}")));
    }
}

public class OpenXmlValideringHeleTests
{
    [Fact]
    public void Hele_kommunens_regneark_er_gyldig_OpenXml()
    {
        // Written by our own streaming writer: every part (sheets, tables, notes, styles, charts), not only the charts.
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxFixtur.RenderKommune()), false);
        Assert.True(doc.WorkbookPart!.WorksheetParts.Count(w => w.WorksheetCommentsPart is not null) > 2);
        Assert.True(doc.WorkbookPart.WorksheetParts.Count(w => w.TableDefinitionParts.Any()) > 8);
        var fejl = new OpenXmlValidator().Validate(doc).ToList();
        Assert.True(fejl.Count == 0, string.Join("\n", fejl.Take(10).Select(f => $"{f.Part?.Uri} {f.Path?.XPath}: {f.Description}")));
    }
}
