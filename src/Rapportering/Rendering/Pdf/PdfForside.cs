using SkiaSharp;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>The cover: a band in the kommune colour with name, udvalg and logo; title, period and date below.</summary>
internal static class PdfForside
{
    private const float Baand = 300;
    private const float Margin = 56.7f;
    private const float TopMargin = 64;

    public static PageSpec Side(Forside f, PdfTema tema, ImageElement logo)
    {
        var hvid = new TextStyle(30, Bold: true, Color: SKColors.White, LineHeight: 1.15f);
        var navnKolonne = new Column(
        [
            new Paragraph(f.Kommunenavn, hvid),
            new Paragraph(f.Udvalg, new TextStyle(13, Color: PdfTema.Bland(tema.Primaer, SKColors.White, 0.85f))),
        ], 8);
        var logoFelt = new Drawing(104, (c, box) =>
        {
            using var p = new SKPaint { Color = SKColors.White, IsAntialias = true };
            c.DrawRoundRect(box, 8, 8, p);
            logo.DrawInto(c, SKRect.Inflate(box, -10, -10));
        }, width: 92);
        var top = new Row([new RowItem(navnKolonne), new RowItem(logo.Loaded ? logoFelt : Drawing.Spacer(1), Fixed: 92)], 20);

        var indhold = new Column(
        [
            new SizedBox(new Padding(top, top: 10), Baand - TopMargin),
            Drawing.Spacer(40),
            new Paragraph(f.Titel, new TextStyle(26, Bold: true, Color: tema.Primaer, LineHeight: 1.2f)),
            new Paragraph(f.Undertitel, new TextStyle(14, Color: PdfTema.Tekstfarve, LineHeight: 1.35f)),
            Drawing.Spacer(18),
            Drawing.Rule(tema.Sekundaer, 2),
            Drawing.Spacer(10),
            new Paragraph($"Periode: {f.Periode}", new TextStyle(11, Color: PdfTema.Tekstfarve)),
            new Paragraph($"Udgivet: {f.Dato}", new TextStyle(11, Color: PdfTema.Graa)),
        ], 6);

        return new PageSpec(indhold, PageSpec.A4, Margin, TopMargin, Margin, 56, Numbered: false,
            Background: (c, page, _) =>
            {
                using var p = new SKPaint { Color = tema.Primaer, IsAntialias = true };
                c.DrawRect(new SKRect(0, 0, page.Width, Baand), p);
                p.Color = tema.Sekundaer;
                c.DrawRect(new SKRect(0, Baand, page.Width, Baand + 6), p);
                c.DrawRect(new SKRect(0, page.Height - 18, page.Width, page.Height), p);
            });
    }
}
