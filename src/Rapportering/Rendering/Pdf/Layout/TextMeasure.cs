namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Text widths in one face at one size: the sum of the characters' advances in font units
/// (no kerning, what PDFsharp measured), turned into points only at the end. The sum is exact,
/// so a line's width grows word by word (line + space + word) without measuring the line again,
/// and gives the same points as measuring the joined text.
/// </summary>
internal readonly struct TextMeasure(ushort[] advances, double size, int unitsPerEm)
{
    public long Units(ReadOnlySpan<char> text)
    {
        long units = 0;
        foreach (var c in text) units += advances[c];
        return units;
    }

    public long Units(char c) => advances[c];

    public float Width(long units) => (float)(units * size / unitsPerEm);

    public float Width(ReadOnlySpan<char> text) => Width(Units(text));
}
