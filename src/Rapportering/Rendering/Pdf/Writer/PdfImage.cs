namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>A picture ready to embed: 8-bit RGB samples and, when any pixel is not opaque, an
/// alpha channel for the soft mask; both already deflated (made once per picture and process).</summary>
internal sealed class PdfImage(int width, int height, byte[] rgb, byte[]? alpha)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Rgb { get; } = rgb;
    public byte[]? Alpha { get; } = alpha;

    /// <summary>From RGBA pixels, row by row; premultiplied ones (what a canvas draws) are divided by their alpha.</summary>
    public static PdfImage FromRgba(ReadOnlySpan<byte> rgba, int width, int height, bool premultiplied = false)
    {
        var n = width * height;
        var rgb = new byte[n * 3];
        var alpha = new byte[n];
        var opaque = true;
        for (var i = 0; i < n; i++)
        {
            var a = rgba[4 * i + 3];
            for (var k = 0; k < 3; k++)
            {
                var v = rgba[4 * i + k];
                rgb[3 * i + k] = premultiplied && a is > 0 and < 255 ? (byte)Math.Min(255, (v * 255 + a / 2) / a) : v;
            }
            alpha[i] = a;
            opaque &= alpha[i] == 255;
        }
        return new PdfImage(width, height, PdfFile.Deflate(rgb), opaque ? null : PdfFile.Deflate(alpha));
    }
}
