using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Rapportering.Rendering.Pdf;
using Rapportering.Report;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>
/// What our own PDF writer (Rendering/Pdf/Writer) must get right that PDFsharp used to: a
/// cross-reference table that points at every object, embedded fonts with a ToUnicode map,
/// copyable Danish letters, the same bytes for the same report (and a different /ID for
/// another), no number written at a precision that reads like a CPR number, and a branding
/// font subset so the file stays small. Read back with qpdf, poppler and PdfPig.
/// </summary>
public sealed class PdfSkriverTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => new PdfRenderer().Render(PdfEksempel.Dokument()));

    [Fact]
    public void Qpdf_finder_ingen_fejl_og_hver_krydsreference_peger_paa_sit_objekt()
    {
        var (kode, ud) = PdfVaerktoej.Koer(Pdf.Value, "qpdf", "--check");
        Assert.True(kode == 0, ud);
        Assert.Contains("No syntax or stream encoding errors", ud);
        Assert.DoesNotContain("WARNING", ud);

        // Our own reading of the table: entry n's offset is where "n 0 obj" starts.
        var raa = Encoding.Latin1.GetString(Pdf.Value);
        var startxref = int.Parse(Regex.Match(raa, @"startxref\n(\d+)").Groups[1].Value);
        Assert.StartsWith("xref\n0 ", raa[startxref..]);
        var poster = Regex.Matches(raa[startxref..], @"(\d{10}) 00000 n").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.True(poster.Count > 100, $"{poster.Count} objekter");
        for (var n = 1; n <= poster.Count; n++) Assert.StartsWith($"{n} 0 obj", raa[poster[n - 1]..]);
    }

    [Fact]
    public void Skrifterne_er_indlejret_med_unicodetabel()
    {
        var (kode, ud) = PdfVaerktoej.Koer(Pdf.Value, "pdffonts");
        Assert.Equal(0, kode);
        var raekker = ud.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(2, raekker.Count); // DejaVu Sans and DejaVu Sans Bold
        foreach (var r in raekker)
        {
            var felter = Regex.Split(r.Trim(), @"\s+");
            // name, type "CID TrueType", encoding, emb, sub, uni, object id
            Assert.Equal(("CID", "TrueType", "Identity-H", "yes", "yes"), (felter[1], felter[2], felter[3], felter[4], felter[6]));
        }
    }

    [Fact]
    public void Kopieret_tekst_giver_aeoeaa_og_minustegn()
    {
        var (kode, tekst) = PdfVaerktoej.Koer(Pdf.Value, "pdftotext", "-enc", "UTF-8", "{fil}", "-");
        Assert.Equal(0, kode);
        Assert.Contains("Særlige tegn: æ ø å Æ Ø Å é ü – — „citat“ § 50", tekst);
        Assert.Contains("Haderslev Kommune", tekst);
        Assert.Contains("\u22121,1", tekst); // a negative figure in the example's table
    }

    [Fact]
    public void Samme_rapport_giver_samme_bytes_og_en_anden_rapport_et_andet_id()
    {
        Assert.Equal(Pdf.Value, new PdfRenderer().Render(PdfEksempel.Dokument()));
        var andet = PdfEksempel.Dokument() with { Metadata = PdfEksempel.Dokument().Metadata with { Titel = "En anden titel" } };
        Assert.NotEqual(Id(Pdf.Value), Id(new PdfRenderer().Render(andet)));
    }

    private static string Id(byte[] pdf) => Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\[<([0-9A-F]{32})>").Groups[1].Value;

    [Fact]
    public void Intet_tal_med_mere_end_tre_decimaler_eller_cpr_form()
    {
        var tekst = Dekomprimeret(Pdf.Value);
        Assert.Contains(" Tj", tekst); // the pages' content streams were inflated and read
        var lange = Regex.Matches(tekst, @"\d+\.\d{4,}").Select(m => m.Value).ToList();
        Assert.True(lange.Count == 0, string.Join(", ", lange.Take(5)));
        var cpr = Regex.Match(tekst, @"\b\d{6}-?\d{4}\b");
        Assert.False(cpr.Success, cpr.Value);
    }

    /// <summary>The file with every stream but the font programs and the image samples inflated, without the cross-reference table.</summary>
    private static string Dekomprimeret(byte[] pdf)
    {
        var raa = Encoding.Latin1.GetString(pdf);
        var ud = new StringBuilder();
        var ved = 0;
        foreach (Match m in Regex.Matches(raa, @"<<(?<dict>(?:(?!stream).)*?)>>\nstream\n", RegexOptions.Singleline))
        {
            var laengde = int.Parse(Regex.Match(m.Groups["dict"].Value, @"/Length (\d+)").Groups[1].Value);
            var start = m.Index + m.Length;
            ud.Append(raa, ved, m.Index + m.Length - ved);
            var binaer = m.Groups["dict"].Value.Contains("/Length1") || m.Groups["dict"].Value.Contains("/Subtype/Image");
            if (!binaer)
            {
                var data = pdf.AsSpan(start, laengde).ToArray();
                ud.Append(m.Groups["dict"].Value.Contains("/FlateDecode") ? Encoding.Latin1.GetString(Inflate(data)) : Encoding.Latin1.GetString(data));
            }
            ved = start + laengde;
        }
        ud.Append(raa, ved, raa.Length - ved);
        return Regex.Replace(ud.ToString(), @"(?m)^\d{10} \d{5} [fn] $", "");
    }

    private static byte[] Inflate(byte[] data)
    {
        using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        z.CopyTo(ms);
        return ms.ToArray();
    }

    [Fact]
    public void En_stor_brandingskrift_indlejres_som_delmaengde_og_filen_forbliver_lille()
    {
        // DejaVu Serif from Debian's fonts-dejavu-core (scripts/install-test-deps.sh): 380 KB a face, far over the limit for whole faces.
        const string mappe = "/usr/share/fonts/truetype/dejavu";
        var skrift = new PdfSkrift(File.ReadAllBytes(Path.Combine(mappe, "DejaVuSerif.ttf")), File.ReadAllBytes(Path.Combine(mappe, "DejaVuSerif-Bold.ttf")));
        var pdf = new PdfRenderer(new PdfRendererOptions(skrift)).Render(PdfEksempel.Dokument());
        Assert.InRange(pdf.Length, 20_000, 250_000);

        using (var doc = PdfDocument.Open(pdf))
        {
            var navne = doc.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
            Assert.Equal(2, navne.Count);
            Assert.All(navne, n => Assert.Matches(@"^[A-Z]{6}\+DejaVuSerif", n)); // a subset's tag before the name
            var tekst = string.Join(" ", doc.GetPages().Select(p => p.Text));
            Assert.Contains("Særlige tegn: æ ø å Æ Ø Å", tekst);
        }
        var (kode, ud) = PdfVaerktoej.Koer(pdf, "qpdf", "--check");
        Assert.True(kode == 0, ud);
        // pdftoppm draws the subset's glyphs without complaint (a broken glyf/loca gives errors on stderr).
        var (tegnKode, tegnUd) = PdfVaerktoej.Koer(pdf, "pdftoppm", "-r", "20", "-f", "2", "-l", "3", "{fil}");
        Assert.Equal(0, tegnKode);
        Assert.DoesNotContain("rror", tegnUd);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "rapportering-pdf-branding.pdf"), pdf); // to look at
    }

    [Fact]
    public void Et_png_logo_med_gennemsigtighed_indlejres_med_blod_maske()
    {
        // 100 x 50 px: the left half red, the right half transparent.
        using var bitmap = new SKBitmap(new SKImageInfo(100, 50, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(SKColors.Transparent);
        using (var c = new SKCanvas(bitmap)) c.DrawRect(0, 0, 50, 50, new SKPaint { Color = SKColors.Red });
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var doc = PdfEksempel.Dokument();
        doc = doc with { Forside = doc.Forside with { Logo = new Logo(png.ToArray(), "image/png") } };
        var pdf = new PdfRenderer().Render(doc);

        var (kode, liste) = PdfVaerktoej.Koer(pdf, "pdfimages", "-list");
        Assert.Equal(0, kode);
        var raekker = liste.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => Regex.Split(l.Trim(), @"\s+")).ToList();
        Assert.Equal([("image", "100", "50"), ("smask", "100", "50")], raekker.Select(r => (r[2], r[3], r[4])));

        // The cover at 72 dpi (a pixel a point): the logo is 72 x 36 pt at (456,6; 108) in the white box;
        // its red half is red, its transparent half shows the box's white, not black.
        var (tegnKode, _) = PdfVaerktoej.Koer(pdf, "pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-x", "440", "-y", "100", "-W", "100", "-H", "50", "{fil}", Path.Combine(Path.GetTempPath(), "rapportering-pdf-logo"));
        Assert.Equal(0, tegnKode);
        var ppm = Path.Combine(Path.GetTempPath(), "rapportering-pdf-logo-1.ppm");
        var (w, pixels) = Ppm(File.ReadAllBytes(ppm));
        File.Delete(ppm);
        (byte R, byte G, byte B) Pixel(int x, int y) => (pixels[3 * (y * w + x)], pixels[3 * (y * w + x) + 1], pixels[3 * (y * w + x) + 2]);
        Assert.Equal((255, 0, 0), Pixel(474 - 440, 126 - 100));
        Assert.Equal((255, 255, 255), Pixel(510 - 440, 126 - 100));
    }

    [Fact]
    public void Et_svg_logo_i_skabelonernes_delmaengde_tegnes_som_vektorer()
    {
        // The example's logo is templates/logos/510.svg (120 x 140 units): no picture in the file.
        var (kode, liste) = PdfVaerktoej.Koer(Pdf.Value, "pdfimages", "-list");
        Assert.Equal(0, kode);
        Assert.DoesNotContain(liste.Split('\n').Skip(2), l => l.Trim().Length > 0);
        // Drawn at 0,6 pt per unit into the 72 x 84 pt box at (456,6; 84): the shield's fill #1F4E79 at
        // unit (60, 30) = (492,6; 102) pt, its #F2C14E outline (4 units wide) at unit (11, 40) = (463,2; 108) pt.
        var (w, pixels) = Omraade(Pdf.Value, 440, 80, 100, 100);
        (byte R, byte G, byte B) Pixel(int x, int y) => (pixels[3 * (y * w + x)], pixels[3 * (y * w + x) + 1], pixels[3 * (y * w + x) + 2]);
        Assert.Equal((0x1F, 0x4E, 0x79), Pixel(492 - 440, 102 - 80));
        Assert.Equal((0xF2, 0xC1, 0x4E), Pixel(463 - 440, 108 - 80));
    }

    [Fact]
    public void Et_svg_uden_for_delmaengden_rasteriseres_som_foer()
    {
        // A rect is outside the subset: Svg.Skia draws it, 3 pixels per unit, opaque (no soft mask).
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><rect width=\"20\" height=\"10\" fill=\"#ff0000\"/></svg>");
        var doc = PdfEksempel.Dokument();
        var pdf = new PdfRenderer().Render(doc with { Forside = doc.Forside with { Logo = new Logo(svg, "image/svg+xml") } });
        var (kode, liste) = PdfVaerktoej.Koer(pdf, "pdfimages", "-list");
        Assert.Equal(0, kode);
        var raekker = liste.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => Regex.Split(l.Trim(), @"\s+")).ToList();
        Assert.Equal([("image", "60", "30")], raekker.Select(r => (r[2], r[3], r[4])));
    }

    /// <summary>The cover at 72 dpi (a pixel a point), the part from (x, y) of w x h points: its width and RGB samples.</summary>
    private static (int Width, byte[] Pixels) Omraade(byte[] pdf, int x, int y, int w, int h)
    {
        var ud = Path.Combine(Path.GetTempPath(), $"rapportering-pdf-omraade-{Guid.NewGuid():N}");
        var (kode, _) = PdfVaerktoej.Koer(pdf, "pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-x", $"{x}", "-y", $"{y}", "-W", $"{w}", "-H", $"{h}", "{fil}", ud);
        Assert.Equal(0, kode);
        var ppm = ud + "-1.ppm";
        var bytes = File.ReadAllBytes(ppm);
        File.Delete(ppm);
        return Ppm(bytes);
    }

    /// <summary>A binary PPM (P6, 8 bit): its width and its RGB samples.</summary>
    private static (int Width, byte[] Pixels) Ppm(byte[] ppm)
    {
        var hoved = Encoding.ASCII.GetString(ppm, 0, 20).Split('\n');
        var w = int.Parse(hoved[1].Split(' ')[0]);
        var start = hoved[0].Length + hoved[1].Length + hoved[2].Length + 3;
        return (w, ppm[start..]);
    }

    [Fact]
    public void En_brandingskrift_der_ikke_er_truetype_giver_den_indbyggede()
    {
        var skrift = new PdfSkrift(Encoding.ASCII.GetBytes("ikke en skrift, bare tekst med en .ttf-endelse"));
        var pdf = new PdfRenderer(new PdfRendererOptions(skrift)).Render(PdfEksempel.Dokument());
        Assert.Equal(Pdf.Value.Length, pdf.Length);
        Assert.Equal(Pdf.Value, pdf);
    }
}
