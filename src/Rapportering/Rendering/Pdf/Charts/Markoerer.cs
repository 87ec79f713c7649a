using PdfSharp.Drawing;
using Rapportering.Rendering.Pdf.Layout;

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

    public static XColor Farve(string hex) => PdfTema.ParseFarve(hex, XColors.Black);

    /// <summary>The same hue mixed with white: how preliminary values are filled.</summary>
    public static XColor Lysere(XColor c, double andel = 0.6) => PdfTema.Bland(c, XColors.White, (float)andel);

    public static void Tegn(XGraphics g, Markoer m, double x, double y, XColor farve, double s = 3.2)
    {
        var fyld = new XSolidBrush(farve);
        var pen = new XPen(farve, 1);
        switch (m)
        {
            case Markoer.Firkant: g.DrawRectangle(fyld, x - s, y - s, 2 * s, 2 * s); break;
            case Markoer.TrekantOp: g.DrawPolygon(fyld, [new(x, y - s), new(x + s, y + s), new(x - s, y + s)], XFillMode.Winding); break;
            case Markoer.TrekantNed: g.DrawPolygon(fyld, [new(x, y + s), new(x + s, y - s), new(x - s, y - s)], XFillMode.Winding); break;
            case Markoer.Rude: g.DrawPolygon(fyld, [new(x, y - s), new(x + s, y), new(x, y + s), new(x - s, y)], XFillMode.Winding); break;
            case Markoer.AabenCirkel: g.DrawEllipse(new XSolidBrush(XColors.White), x - s, y - s, 2 * s, 2 * s); g.DrawEllipse(pen, x - s, y - s, 2 * s, 2 * s); break;
            case Markoer.AabenFirkant: g.DrawRectangle(new XSolidBrush(XColors.White), x - s, y - s, 2 * s, 2 * s); g.DrawRectangle(pen, x - s, y - s, 2 * s, 2 * s); break;
            default: g.DrawEllipse(fyld, x - s, y - s, 2 * s, 2 * s); break;
        }
    }
}
