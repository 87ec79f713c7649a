namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>An sRGB colour with opacity (255 opaque), as the report's themes and charts name them.</summary>
internal readonly record struct PdfColor(byte R, byte G, byte B, byte A = 255)
{
    public static readonly PdfColor White = new(255, 255, 255);
    public static readonly PdfColor Black = new(0, 0, 0);

    public static PdfColor Rgb(int r, int g, int b) => new((byte)r, (byte)g, (byte)b);

    public static PdfColor Argb(int a, int r, int g, int b) => new((byte)r, (byte)g, (byte)b, (byte)a);
}

internal enum LineCap { Butt = 0, Round = 1 }

internal enum LineJoin { Miter = 0, Round = 1 }

/// <summary>A stroke: colour, width in points, a dash pattern in multiples of the width, cap and join.</summary>
internal sealed record Pen(PdfColor Color, double Width, double[]? Dash = null, LineCap Cap = LineCap.Butt, LineJoin Join = LineJoin.Miter)
{
    /// <summary>Dashes three widths long with gaps of one width.</summary>
    public static readonly double[] Dashed = [3, 1];
}
