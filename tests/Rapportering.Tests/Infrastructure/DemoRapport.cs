using System.Text;
using Rapportering.Domain;
using Rapportering.Pipeline;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Infrastructure;

/// <summary>
/// The real thing, built once for the tests that read a real report (DemoHtmlTests, DemoRapportTests):
/// a small demo database (one kommune, 0,3 of its children) through the real pipeline to HTML, PDF
/// and JSON, rendered twice (the second render shows the bytes are deterministic), with the PDF's
/// words per page and the demo's person ids.
/// </summary>
public sealed class DemoRapport : IDisposable
{
    public const string Samling = "Demorapport";

    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "rap-demo-rapport-" + Guid.NewGuid().ToString("N"));

    public DemoRapport()
    {
        var db = DemoUdtraek.OpretDemoDb(_mappe, 510);
        var bestilling = new RapportBestilling(new DataKilde("sqlite", $"Data Source={db}"), 510, Skaeringsdato.Parse("2025-09-30"),
            new HashSet<Format> { Format.Html, Format.Pdf, Format.Json });
        Resultat = new RapportPipeline().ByggAsync(bestilling).GetAwaiter().GetResult();
        Igen = new RapportPipeline().ByggAsync(bestilling).GetAwaiter().GetResult();
        PersonIder = DemoUdtraek.PersonIder(db);
        Html = Encoding.UTF8.GetString(Resultat.Filer[Format.Html]);
        using var pdf = PdfDocument.Open(Resultat.Filer[Format.Pdf]);
        Sider = [.. pdf.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList())];
        FonteIndlejret = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).OfType<string>().Distinct().ToList();
    }

    public RapportResultat Resultat { get; }
    public RapportResultat Igen { get; }
    public IReadOnlyList<string> PersonIder { get; }
    public string Html { get; }
    public IReadOnlyList<List<string>> Sider { get; }
    public IReadOnlyList<string> FonteIndlejret { get; }

    public void Dispose()
    {
        try { Directory.Delete(_mappe, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(DemoRapport.Samling)]
public sealed class DemoRapportSamling : ICollectionFixture<DemoRapport>;
