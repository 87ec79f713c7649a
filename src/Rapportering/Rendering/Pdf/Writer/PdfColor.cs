namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>An sRGB colour with opacity (255 opaque), as the report's themes and charts name them.</summary>
internal readonly record struct PdfColor(byte R, byte G, byte B, byte A = 255)
{
    public static readonly PdfColor White = new(255, 255, 255);
    public static readonly PdfColor Black = new(0, 0, 0);

    public static PdfColor Rgb(int r, int g, int b) => new((byte)r, (byte)g, (byte)b);

    public static PdfColor Argb(int a, int r, int g, int b) => new((byte)r, (byte)g, (byte)b, (byte)a);

    /// <summary>Hex digits without the '#': "rrggbb", or "rgb" as CSS shortens it; false for anything else.</summary>
    public static bool TryHex(ReadOnlySpan<char> cifre, out PdfColor farve)
    {
        farve = default;
        if (cifre.Length is not (3 or 6) || cifre.ContainsAnyExcept(HexCifre)) return false;
        var v = cifre.Length == 6
            ? int.Parse(cifre, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture)
            : int.Parse((ReadOnlySpan<char>)[cifre[0], cifre[0], cifre[1], cifre[1], cifre[2], cifre[2]], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
        farve = Rgb(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> HexCifre = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}

internal enum LineCap { Butt = 0, Round = 1 }

internal enum LineJoin { Miter = 0, Round = 1 }

/// <summary>A stroke: colour, width in points, a dash pattern in multiples of the width, cap and join.</summary>
internal sealed record Pen(PdfColor Color, double Width, double[]? Dash = null, LineCap Cap = LineCap.Butt, LineJoin Join = LineJoin.Miter)
{
    /// <summary>Dashes three widths long with gaps of one width.</summary>
    public static readonly double[] Dashed = [3, 1];
}
