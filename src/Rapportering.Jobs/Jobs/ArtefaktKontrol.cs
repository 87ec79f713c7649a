using System.Text.Json;
using ClosedXML.Excel;
using Rapportering.Pipeline;
using UglyToad.PdfPig;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The verify step: reopen what was rendered before anything is archived or sent — the PDF opens
/// and has every required heading, the workbook opens, the JSON export holds figures.
/// Returns the problems in Danish; empty = fit to deliver.
/// </summary>
public static class ArtefaktKontrol
{
    public static IReadOnlyList<string> Fejl(RapportResultat r, IReadOnlySet<Format> bestilt, IReadOnlyList<string> pdfOverskrifter)
    {
        var fejl = new List<string>();
        foreach (var f in bestilt)
            if (!r.Filer.TryGetValue(f, out var b) || b.Length == 0)
                fejl.Add($"{f.Endelse()} mangler");
        if (r.Eksport.Observationer.Count == 0)
            fejl.Add("ingen nøgletal i eksporten");

        if (r.Filer.TryGetValue(Format.Pdf, out var pdf) && pdf.Length > 0)
        {
            try
            {
                using var dok = PdfDocument.Open(pdf);
                if (dok.NumberOfPages == 0) fejl.Add("PDF'en har ingen sider");
                var tekst = Normaliser(string.Concat(dok.GetPages().Select(p => p.Text)));
                foreach (var o in pdfOverskrifter.Where(o => !tekst.Contains(Normaliser(o), StringComparison.OrdinalIgnoreCase)))
                    fejl.Add($"PDF'en mangler afsnittet \"{o}\"");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                fejl.Add($"PDF'en kan ikke åbnes: {e.Message}");
            }
        }
        if (r.Filer.TryGetValue(Format.Xlsx, out var xlsx) && xlsx.Length > 0)
        {
            try
            {
                using var wb = new XLWorkbook(new MemoryStream(xlsx));
                if (!wb.Worksheets.Any()) fejl.Add("regnearket har ingen ark");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                fejl.Add($"regnearket kan ikke åbnes: {e.Message}");
            }
        }
        if (r.Filer.TryGetValue(Format.Json, out var json) && json.Length > 0)
        {
            try
            {
                using var d = JsonDocument.Parse(json);
                if (!d.RootElement.TryGetProperty("observationer", out var obs) || obs.GetArrayLength() == 0)
                    fejl.Add("JSON-eksporten har ingen observationer");
            }
            catch (JsonException e)
            {
                fejl.Add($"JSON-eksporten kan ikke læses: {e.Message}");
            }
        }
        return fejl;
    }

    private static string Normaliser(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
