using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Input;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using SkiaSharp;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// Scaffolding until the real pipeline and demo database are in main: a real (tiny) PDF with
/// the required heading, a real workbook and the JSON export, deterministic for a given
/// <see cref="Dataversion"/>. Counts renders per kommune.
/// </summary>
internal sealed class StandInBygger : IRapportBygger
{
    public int Dataversion { get; set; } = 1;
    public Func<int, bool> FejlFor { get; set; } = _ => false;
    public System.Collections.Concurrent.ConcurrentDictionary<int, int> Renderinger { get; } = new();

    public Task<RapportResultat> ByggAsync(RapportBestilling b, CancellationToken ct = default)
    {
        Renderinger.AddOrUpdate(b.KommuneKode, 1, (_, n) => n + 1);
        if (FejlFor(b.KommuneKode)) throw new IOException($"simuleret nedbrud under rendering af {b.KommuneKode}");
        var eksport = new FigurEksport(b.KommuneKode, b.Skaeringsdato.Iso, b.Skaeringsdato.Dato.Year,
            [new Observation("anbragte_pr_1000", null, b.Skaeringsdato.Iso, 10m + Dataversion, 10 + Dataversion, 1000, false, false)], []);
        var filer = new Dictionary<Format, byte[]>
        {
            [Format.Pdf] = Pdf(b.KommuneKode),
            [Format.Xlsx] = Xlsx(b.KommuneKode),
            [Format.Json] = JsonEksportRenderer.Render(eksport),
            [Format.Html] = System.Text.Encoding.UTF8.GetBytes($"<h1>Resumé {b.KommuneKode}</h1>"),
        };
        return Task.FromResult(new RapportResultat(b.KommuneKode, $"Testkommune {b.KommuneKode}", b.Skaeringsdato,
            b.Skaeringsdato.Dato, eksport, filer));
    }

    private static byte[] Pdf(int kode)
    {
        using var ms = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(ms))
        {
            var c = doc.BeginPage(595, 842);
            using var font = new SKFont(SKTypeface.FromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), 20);
            using var paint = new SKPaint { Color = SKColors.Black };
            c.DrawText($"Resumé {kode}", 50, 100, SKTextAlign.Left, font, paint);
            doc.EndPage();
            doc.Close();
        }
        return ms.ToArray();
    }

    private static byte[] Xlsx(int kode)
    {
        using var wb = new XLWorkbook();
        wb.AddWorksheet("Nøgletal").Cell(1, 1).Value = kode;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }
}

/// <summary>Complete input for every kommune except those in <see cref="Ufuldstaendige"/> (no population, no 2016 accounts).</summary>
internal sealed class StandInInputKilde(params int[] kommuner) : Rapportering.Jobs.Jobs.IKommuneInputKilde
{
    public HashSet<int> Ufuldstaendige { get; } = [];

    public Task<KommuneInput> LaesAsync(DataKilde kilde, int kommune, Skaeringsdato dato, CancellationToken ct = default) =>
        Task.FromResult(InputFabrik.Komplet(kommune, dato, udenBefolkningOgRegnskab2016: Ufuldstaendige.Contains(kommune)));

    public Task<IReadOnlyList<int>> KommunerAsync(DataKilde kilde, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<int>>(kommuner);
}

internal static class InputFabrik
{
    /// <summary>Population on the cut date, one measure started after the previous cut date,
    /// final accounts and PL index 2011 up to the cut date's year.</summary>
    public static KommuneInput Komplet(int kode, Skaeringsdato d, bool udenBefolkningOgRegnskab2016 = false)
    {
        var aar = Enumerable.Range(2011, d.Dato.Year - 2011 + 1).ToList();
        return new KommuneInput(
            new Kommune(kode, $"Testkommune {kode}"),
            udenBefolkningOgRegnskab2016 ? [] : [new Befolkning(kode, d.Dato.AddMonths(-1), 10, 500)],
            [new Person("p1", new DateOnly(2010, 1, 1))],
            [new Indsats("i1", "p1", kode, "forebyggende", null, "myndighed", d.Forrige().Dato.AddDays(10), null)],
            [],
            aar.Where(a => !(udenBefolkningOgRegnskab2016 && a == 2016))
               .Select(a => new RegnskabsPost(kode, a, "regnskab", "5.28.21", null, 1, 100m)).ToList(),
            aar.Select(a => new PlIndeks(a, 100m + a - 2011)).ToList(),
            [],
            new HashSet<int> { kode });
    }
}
