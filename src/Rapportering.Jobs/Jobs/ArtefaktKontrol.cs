using System.Text.Json;
using Rapportering.Pipeline;
using Rapportering.Rendering.Xlsx;
using Rapportering.Templates;
using UglyToad.PdfPig;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The verify step: reopen what was rendered before anything is archived or sent — the PDF opens
/// and has every required heading, the workbook would open and has the report's sheets
/// (<see cref="RegnearkKontrol"/>), the JSON export holds figures.
/// Returns the problems in Danish; empty = fit to deliver.
/// </summary>
public static class ArtefaktKontrol
{
    public static IReadOnlyList<string> Fejl(RapportResultat r, IReadOnlySet<Format> bestilt, IReadOnlyList<string> pdfOverskrifter, RapportTekster tekster)
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
                fejl.Add("PDF'en kan ikke åbnes: den er ikke en hel PDF-fil");
            }
        }
        if (r.Filer.TryGetValue(Format.Xlsx, out var xlsx) && xlsx.Length > 0)
            fejl.AddRange(RegnearkKontrol.Fejl(xlsx, r.Dokument is { } dokument ? KommuneWorkbookRenderer.ArkNavne(dokument, tekster) : null));
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
                fejl.Add($"JSON-eksporten kan ikke læses: fejl i linje {(e.LineNumber ?? 0) + 1}");
            }
        }
        return fejl;
    }

    private static string Normaliser(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
