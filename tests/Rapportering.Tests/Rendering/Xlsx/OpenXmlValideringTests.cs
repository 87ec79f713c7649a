using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Rapportering.Tests.Xlsx;

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
