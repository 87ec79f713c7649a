using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Charts;

internal enum Markoer { Cirkel, Firkant, TrekantOp, Rude, AabenCirkel, AabenFirkant, TrekantNed }

/// <summary>
/// A marker shape per series, so lines differ by more than colour (greyscale print, colour
/// blindness); an open circle marks a preliminary value. Used by the chart and its legend.
/// </summary>
internal static class Markoerer
{
    private static readonly Markoer[] Raekke =
        [Markoer.Cirkel, Markoer.Firkant, Markoer.TrekantOp, Markoer.Rude, Markoer.AabenCirkel, Markoer.AabenFirkant, Markoer.TrekantNed];

    public static Markoer For(int serie) => Raekke[serie % Raekke.Length];

    public static PdfColor Farve(string hex) => PdfTema.ParseFarve(hex, PdfColor.Black);

    /// <summary>The same hue mixed with white: how preliminary values are filled.</summary>
    public static PdfColor Lysere(PdfColor c, double andel = 0.6) => PdfTema.Bland(c, PdfColor.White, (float)andel);

    public static void Tegn(Canvas g, Markoer m, double x, double y, PdfColor farve, double s = 3.2)
    {
        var pen = new Pen(farve, 1);
        switch (m)
        {
            case Markoer.Firkant: g.FillRect(x - s, y - s, 2 * s, 2 * s, farve); break;
            case Markoer.TrekantOp: g.FillPolygon([(x, y - s), (x + s, y + s), (x - s, y + s)], farve); break;
            case Markoer.TrekantNed: g.FillPolygon([(x, y + s), (x + s, y - s), (x - s, y - s)], farve); break;
            case Markoer.Rude: g.FillPolygon([(x, y - s), (x + s, y), (x, y + s), (x - s, y)], farve); break;
            case Markoer.AabenCirkel: g.FillEllipse(x, y, s, PdfColor.White); g.StrokeEllipse(x, y, s, pen); break;
            case Markoer.AabenFirkant: g.FillRect(x - s, y - s, 2 * s, 2 * s, PdfColor.White); g.StrokeRect(x - s, y - s, 2 * s, 2 * s, pen); break;
            default: g.FillEllipse(x, y, s, farve); break;
        }
    }
}
