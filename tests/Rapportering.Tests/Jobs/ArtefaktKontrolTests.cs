using Rapportering.Jobs.Jobs;
using Rapportering.Pipeline;
using SkiaSharp;

namespace Rapportering.Tests.Jobs;

/// <summary>The verify step on a real rendered report (demo database, kommune 510, 30 September 2017).</summary>
public sealed class ArtefaktKontrolTests : IClassFixture<ArtefaktKontrolTests.Rapport>
{
    public sealed class Rapport : IDisposable
    {
        private readonly BatchOpsaetning _b = new(510);
        public RapportResultat Resultat { get; }

        public Rapport() => Resultat = new RapportPipeline().ByggAsync(new RapportBestilling(
            new DataKilde("sqlite", $"Data Source={_b.DbFil};Pooling=false"), 510, BatchOpsaetning.Dato, Formater.Alle, _b.Indstillinger(1).Skabeloner)).GetAwaiter().GetResult();

        public void Dispose() => _b.Dispose();
    }

    private static readonly string[] Overskrifter = new KontrolIndstillinger().PdfOverskrifter;
    private readonly RapportResultat _r;

    public ArtefaktKontrolTests(Rapport r) => _r = r.Resultat;

    private RapportResultat Med(Format f, byte[] indhold) =>
        _r with { Filer = _r.Filer.ToDictionary(x => x.Key, x => x.Key == f ? indhold : x.Value) };

    [Fact]
    public void Rigtig_rapport_har_alle_afsnit_og_bestaar_kontrollen()
    {
        Assert.Equal(7, Overskrifter.Length);
        Assert.Empty(ArtefaktKontrol.Fejl(_r, Formater.Alle, Overskrifter));
    }

    [Fact]
    public void Pdf_uden_afsnittene_fejler_og_naevner_hvert_manglende_afsnit()
    {
        // A valid one-page PDF with only the summary heading: the six other headings are missing.
        var fejl = ArtefaktKontrol.Fejl(Med(Format.Pdf, PdfMedKunResume()), Formater.Alle, Overskrifter);
        Assert.Equal(Overskrifter.Skip(1).Select(o => $"PDF'en mangler afsnittet \"{o}\""), fejl);
    }

    [Fact]
    public void Afskaaret_pdf_og_regneark_og_tom_json_fejler()
    {
        var pdf = _r.Filer[Format.Pdf];
        Assert.Contains(ArtefaktKontrol.Fejl(Med(Format.Pdf, pdf[..(pdf.Length / 3)]), Formater.Alle, Overskrifter),
            f => f.StartsWith("PDF'en kan ikke åbnes", StringComparison.Ordinal) || f.StartsWith("PDF'en mangler", StringComparison.Ordinal));
        var xlsx = _r.Filer[Format.Xlsx];
        Assert.Contains(ArtefaktKontrol.Fejl(Med(Format.Xlsx, xlsx[..(xlsx.Length / 2)]), Formater.Alle, Overskrifter),
            f => f.StartsWith("regnearket kan ikke åbnes", StringComparison.Ordinal));
        var tomJson = "{\"kommune\":510,\"observationer\":[]}"u8.ToArray();
        Assert.Equal(["JSON-eksporten har ingen observationer"], ArtefaktKontrol.Fejl(Med(Format.Json, tomJson), Formater.Alle, Overskrifter));
    }

    private static byte[] PdfMedKunResume()
    {
        using var ms = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(ms))
        {
            var c = doc.BeginPage(595, 842);
            using var font = new SKFont(SKTypeface.FromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), 20);
            using var paint = new SKPaint { Color = SKColors.Black };
            c.DrawText("Resumé", 50, 100, SKTextAlign.Left, font, paint);
            doc.EndPage();
            doc.Close();
        }
        return ms.ToArray();
    }
}
