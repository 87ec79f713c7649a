using PdfSharp.Drawing;

namespace Rapportering.Rendering.Pdf.Layout;

internal enum TextAlign { Left, Center, Right }

/// <summary>Size in points, bold or regular, colour; LineHeight is a factor of the size.</summary>
internal sealed record TextStyle(float Size, bool Bold = false, XColor? Color = null, float LineHeight = 1.35f)
{
    public XColor Farve => Color ?? XColor.FromArgb(0x22, 0x22, 0x22);
    public float LinePitch => Size * LineHeight;
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithColor(XColor color) => this with { Color = color };
    public TextStyle WithSize(float size) => this with { Size = size };
}
