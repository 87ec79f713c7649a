using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

internal enum TextAlign { Left, Center, Right }

/// <summary>Size in points, bold or regular, colour; LineHeight is a factor of the size.</summary>
internal sealed record TextStyle(float Size, bool Bold = false, PdfColor? Color = null, float LineHeight = 1.35f)
{
    public PdfColor Farve => Color ?? PdfColor.Rgb(0x22, 0x22, 0x22);
    public float LinePitch => Size * LineHeight;
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithColor(PdfColor color) => this with { Color = color };
    public TextStyle WithSize(float size) => this with { Size = size };
}
