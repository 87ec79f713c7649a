using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Rapportering.Jobs.Jobs;
using Rapportering.Pipeline;
using Rapportering.Rendering.Xlsx;
using Rapportering.Templates;
using SkiaSharp;

namespace Rapportering.Tests.Jobs;

/// <summary>The verify step on a real rendered report (demo database, kommune 510, 30 September 2017).</summary>
public sealed class ArtefaktKontrolTests : IClassFixture<ArtefaktKontrolTests.Rapport>
{
    public sealed class Rapport : IDisposable
    {
        private readonly BatchOpsaetning _b = new(510);
        public RapportResultat Resultat { get; }

        public RapportTekster Tekster { get; }

        public Rapport()
        {
            Resultat = new RapportPipeline().ByggAsync(new RapportBestilling(
                new DataKilde("sqlite", $"Data Source={_b.DbFil};Pooling=false"), 510, BatchOpsaetning.Dato, Formater.Alle, _b.Indstillinger(1).Skabeloner)).GetAwaiter().GetResult();
            Tekster = RapportTekster.Laes(Skabeloner.Standard(_b.Indstillinger(1).Skabeloner));
        }

        public void Dispose() => _b.Dispose();
    }

    private static readonly string[] Overskrifter = new KontrolIndstillinger().PdfOverskrifter;
    private readonly RapportResultat _r;
    private readonly RapportTekster _t;

    public ArtefaktKontrolTests(Rapport r) => (_r, _t) = (r.Resultat, r.Tekster);

    private IReadOnlyList<string> Fejl(RapportResultat r) => ArtefaktKontrol.Fejl(r, Formater.Alle, Overskrifter, _t);

    private RapportResultat Med(Format f, byte[] indhold) =>
        _r with { Filer = _r.Filer.ToDictionary(x => x.Key, x => x.Key == f ? indhold : x.Value) };

    [Fact]
    public void Rigtig_rapport_har_alle_afsnit_og_bestaar_kontrollen()
    {
        Assert.Equal(7, Overskrifter.Length);
        Assert.Empty(Fejl(_r));
    }

    [Fact]
    public void Pdf_uden_afsnittene_fejler_og_naevner_hvert_manglende_afsnit()
    {
        // A valid one-page PDF with only the summary heading: the six other headings are missing.
        var fejl = Fejl(Med(Format.Pdf, PdfMedKunResume()));
        Assert.Equal(Overskrifter.Skip(1).Select(o => $"PDF'en mangler afsnittet \"{o}\""), fejl);
    }

    [Fact]
    public void Afskaaret_pdf_og_regneark_og_tom_json_fejler()
    {
        var pdf = _r.Filer[Format.Pdf];
        Assert.Contains(Fejl(Med(Format.Pdf, pdf[..(pdf.Length / 3)])),
            f => f.StartsWith("PDF'en kan ikke åbnes", StringComparison.Ordinal) || f.StartsWith("PDF'en mangler", StringComparison.Ordinal));
        var xlsx = _r.Filer[Format.Xlsx];
        Assert.Contains(Fejl(Med(Format.Xlsx, xlsx[..(xlsx.Length / 2)])),
            f => f.StartsWith("regnearket kan ikke åbnes", StringComparison.Ordinal));
        var tomJson = "{\"kommune\":510,\"observationer\":[]}"u8.ToArray();
        Assert.Equal(["JSON-eksporten har ingen observationer"], Fejl(Med(Format.Json, tomJson)));
    }

    [Fact]
    public void Rigtigt_regneark_har_rapportens_ark_og_aabner_i_referencelaeseren()
    {
        var ark = KommuneWorkbookRenderer.ArkNavne(_r.Dokument!, _t);
        // Forside, one sheet per table, Diagrammer, Definitioner: as the reference reader sees them.
        Assert.Equal("Forside", ark[0]);
        Assert.Equal(["Diagrammer", "Definitioner"], ark.TakeLast(2));
        using var wb = new XLWorkbook(new MemoryStream(_r.Filer[Format.Xlsx]));
        Assert.Equal(ark, wb.Worksheets.Select(w => w.Name));
        Assert.Empty(RegnearkKontrol.Fejl(_r.Filer[Format.Xlsx], ark));
    }

    [Fact]
    public void Afskaaret_regneark_afvises_med_en_dansk_linje()
    {
        var xlsx = _r.Filer[Format.Xlsx];
        var afskaaret = xlsx[..(xlsx.Length * 2 / 3)];
        Assert.ThrowsAny<Exception>(() => new XLWorkbook(new MemoryStream(afskaaret)));
        Assert.Equal(["regnearket kan ikke åbnes: det er ikke en hel zip-fil"], Fejl(Med(Format.Xlsx, afskaaret)));
    }

    [Fact]
    public void Ark_der_ikke_er_xml_afvises_og_navngives()
    {
        // The second table's sheet (sheet3: after Forside and Tabel 1) cut off mid-element.
        var brudt = Ombyg(_r.Filer[Format.Xlsx], (navn, indhold) => navn == "xl/worksheets/sheet3.xml" ? indhold[..(indhold.Length / 2)] : indhold);
        Assert.ThrowsAny<Exception>(() => new XLWorkbook(new MemoryStream(brudt)));
        Assert.Equal(["regnearket kan ikke åbnes: delen xl/worksheets/sheet3.xml er ikke gyldig XML"], Fejl(Med(Format.Xlsx, brudt)));
    }

    [Fact]
    public void Manglende_ark_afvises_baade_naar_arket_og_naar_dets_del_mangler()
    {
        var xlsx = _r.Filer[Format.Xlsx];
        // Tabel 2 gone from the workbook's sheet list: still a workbook the reference reader opens, but not the report's.
        var udenArk = Ombyg(xlsx, (navn, indhold) => navn == "xl/workbook.xml"
            ? Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(indhold), "<sheet name=\"Tabel 2\"[^>]*/>", ""))
            : indhold);
        using (var wb = new XLWorkbook(new MemoryStream(udenArk))) Assert.DoesNotContain(wb.Worksheets, w => w.Name == "Tabel 2");
        Assert.Equal(["regnearket mangler arket \"Tabel 2\""], Fejl(Med(Format.Xlsx, udenArk)));

        // Tabel 2 still listed, its part gone.
        var udenDel = Ombyg(xlsx, (navn, indhold) => navn == "xl/worksheets/sheet3.xml" ? null : indhold);
        Assert.ThrowsAny<Exception>(() => new XLWorkbook(new MemoryStream(udenDel)));
        Assert.Equal(["regnearket kan ikke åbnes: arket \"Tabel 2\" peger på en del, der mangler"], Fejl(Med(Format.Xlsx, udenDel)));
    }

    [Fact]
    public void Regneark_uden_indholdstyper_afvises()
    {
        var uden = Ombyg(_r.Filer[Format.Xlsx], (navn, indhold) => navn == "[Content_Types].xml" ? null : indhold);
        Assert.ThrowsAny<Exception>(() => new XLWorkbook(new MemoryStream(uden)));
        Assert.Equal(["regnearket kan ikke åbnes: [Content_Types].xml mangler"], Fejl(Med(Format.Xlsx, uden)));
    }

    /// <summary>The workbook's zip with each entry changed (or left out: null), in the same order.</summary>
    private static byte[] Ombyg(byte[] xlsx, Func<string, byte[], byte[]?> aendr)
    {
        using var ind = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var ms = new MemoryStream();
        using (var ud = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in ind.Entries)
            {
                using var s = e.Open();
                using var buf = new MemoryStream();
                s.CopyTo(buf);
                if (aendr(e.FullName, buf.ToArray()) is not { } ny) continue;
                using var w = ud.CreateEntry(e.FullName).Open();
                w.Write(ny);
            }
        return ms.ToArray();
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
