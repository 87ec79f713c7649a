using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>The cover: a band in the kommune colour with name, udvalg and logo; title, period and date below.
/// The texts are paragraphs of the structure; band, logo and rules are decoration.</summary>
internal static class PdfForside
{
    private const float Baand = 300;
    private const float Margin = 56.7f;
    private const float TopMargin = 64;

    public static PageSpec Side(Forside f, Rammetekster ramme, PdfTema tema, ImageElement logo)
    {
        var hvid = new TextStyle(30, Bold: true, Color: PdfColor.White, LineHeight: 1.15f);
        var navnKolonne = new Column(
        [
            P(f.Kommunenavn, hvid),
            P(f.Udvalg, new TextStyle(13, Color: PdfTema.Bland(tema.Primaer, PdfColor.White, 0.85f))),
        ], 8);
        var logoFelt = new Drawing(104, (c, box) =>
        {
            c.FillRoundedRect(box, 8, PdfColor.White); // corners: quarter circles 16 pt across
            logo.DrawInto(c, box.Inflate(-10, -10));
        }, width: 92);
        var top = new Row([new RowItem(navnKolonne), new RowItem(logo.Loaded ? logoFelt : Drawing.Spacer(1), Fixed: 92)], 20);

        var indhold = new Column(
        [
            new SizedBox(new Padding(top, top: 10), Baand - TopMargin),
            Drawing.Spacer(40),
            P(f.Titel, new TextStyle(26, Bold: true, Color: tema.Primaer, LineHeight: 1.2f)),
            P(f.Undertitel, new TextStyle(14, Color: PdfTema.Tekstfarve, LineHeight: 1.35f)),
            Drawing.Spacer(18),
            Drawing.Rule(tema.Sekundaer, 2),
            Drawing.Spacer(10),
            P(ramme.Periode(f.Periode), new TextStyle(11, Color: PdfTema.Tekstfarve)),
            P(ramme.Udgivet(f.Dato), new TextStyle(11, Color: PdfTema.Graa)),
        ], 6);

        return new PageSpec(indhold, PageSpec.A4, Margin, TopMargin, Margin, 56, Numbered: false,
            Background: (c, page, _) => c.Decorate(g =>
            {
                g.Fill(new Rect(0, 0, page.Width, Baand), tema.Primaer);
                g.Fill(new Rect(0, Baand, page.Width, Baand + 6), tema.Sekundaer);
                g.Fill(new Rect(0, page.Height - 18, page.Width, page.Height), tema.Sekundaer);
            }));
    }

    private static Tagged P(string tekst, TextStyle stil) => new("P", new Paragraph(tekst, stil));
}
