using System.Globalization;
using ClosedXML.Excel;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// One sheet as ClosedXML wrote it (the reference) against the same sheet as the streaming writer
/// wrote it, both read back with ClosedXML: the used range, and for every cell in it its note,
/// emptiness, type, value, number format, font (bold, italic, underline, size, colour), alignment,
/// wrapping, fill and borders. Used by StroemKommuneTests and StroemSammenligningTests.
/// </summary>
internal static class ArkSammenligning
{
    /// <returns>How many filled cells and how many notes were compared.</returns>
    public static (int Celler, int Noter) Celler(IXLWorksheet g, IXLWorksheet n, string hvor)
    {
        var sidste = g.LastCellUsed()!.Address;
        var nySidste = n.LastCellUsed()!.Address;
        Assert.True(sidste.RowNumber == nySidste.RowNumber, $"{hvor}: sidste række {nySidste.RowNumber}, før {sidste.RowNumber}");
        Assert.True(sidste.ColumnNumber == nySidste.ColumnNumber, $"{hvor}: sidste kolonne {nySidste.ColumnNumber}, før {sidste.ColumnNumber}");
        int celler = 0, noter = 0;
        for (var r = 1; r <= sidste.RowNumber; r++)
            for (var k = 1; k <= sidste.ColumnNumber; k++)
            {
                var a = g.Cell(r, k);
                var b = n.Cell(r, k);
                var sted = $"{hvor}!{a.Address}";
                Assert.True(a.HasComment == b.HasComment, $"{sted}: note {b.HasComment}, før {a.HasComment}");
                if (a.HasComment)
                {
                    Assert.True(a.Comment.Text == b.Comment.Text, $"{sted}: note '{b.Comment.Text}', før '{a.Comment.Text}'");
                    Assert.Equal(a.Comment.Author, b.Comment.Author);
                    noter++;
                }
                Assert.True(a.IsEmpty() == b.IsEmpty(), $"{sted}: tom {b.IsEmpty()}, før {a.IsEmpty()}");
                if (a.IsEmpty()) continue;
                Assert.True(a.DataType == b.DataType, $"{sted}: type {b.DataType}, før {a.DataType}");
                // ClosedXML wrote 15 significant digits, the stream the double exactly ("R").
                if (a.DataType == XLDataType.Number)
                    Assert.True(Math.Abs(a.GetDouble() - b.GetDouble()) <= 1e-14 * Math.Max(1, Math.Abs(a.GetDouble())), $"{sted}: {b.GetDouble()}, før {a.GetDouble()}");
                else if (a.DataType == XLDataType.DateTime) Assert.Equal(a.GetDateTime(), b.GetDateTime());
                else Assert.True(a.GetString() == b.GetString(), $"{sted}: '{b.GetString()}', før '{a.GetString()}'");
                Assert.True(a.Style.NumberFormat.Format == b.Style.NumberFormat.Format, $"{sted}: format '{b.Style.NumberFormat.Format}', før '{a.Style.NumberFormat.Format}'");
                var (fa, fb) = (a.Style.Font, b.Style.Font);
                Assert.True((fa.Bold, fa.Italic, fa.Underline, fa.FontSize) == (fb.Bold, fb.Italic, fb.Underline, fb.FontSize), $"{sted}: skrift {fb.Bold}/{fb.Italic}/{fb.Underline}/{fb.FontSize}, før {fa.Bold}/{fa.Italic}/{fa.Underline}/{fa.FontSize}");
                Assert.True(Farve(fa.FontColor) == Farve(fb.FontColor), $"{sted}: skriftfarve {Farve(fb.FontColor)}, før {Farve(fa.FontColor)}");
                Assert.True(Vandret(a) == Vandret(b), $"{sted}: justering {b.Style.Alignment.Horizontal}, før {a.Style.Alignment.Horizontal}");
                Assert.True(a.Style.Alignment.Vertical == b.Style.Alignment.Vertical, $"{sted}: lodret {b.Style.Alignment.Vertical}, før {a.Style.Alignment.Vertical}");
                Assert.True(a.Style.Alignment.WrapText == b.Style.Alignment.WrapText, $"{sted}: ombrydning {b.Style.Alignment.WrapText}");
                Assert.True(Fyld(a) == Fyld(b), $"{sted}: fyld {Fyld(b)}, før {Fyld(a)}");
                Assert.True((a.Style.Border.TopBorder, a.Style.Border.BottomBorder) == (b.Style.Border.TopBorder, b.Style.Border.BottomBorder),
                    $"{sted}: kanter {b.Style.Border.TopBorder}/{b.Style.Border.BottomBorder}, før {a.Style.Border.TopBorder}/{a.Style.Border.BottomBorder}");
                celler++;
            }
        return (celler, noter);
    }

    // ClosedXML reads "general" alignment and no fill back in more than one spelling.
    private static XLAlignmentHorizontalValues Vandret(IXLCell c) =>
        c.Style.Alignment.Horizontal == XLAlignmentHorizontalValues.General ? XLAlignmentHorizontalValues.General : c.Style.Alignment.Horizontal;

    private static string Fyld(IXLCell c) =>
        c.Style.Fill.PatternType == XLFillPatternValues.None ? "" : c.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", CultureInfo.InvariantCulture);

    // Black is the default font colour: ClosedXML writes it, the stream leaves it out.
    private static string Farve(XLColor c) => c.ColorType switch
    {
        XLColorType.Color => c.Color.ToArgb() == unchecked((int)0xFF000000) ? "" : c.Color.ToArgb().ToString("X8", CultureInfo.InvariantCulture),
        XLColorType.Theme when c.ThemeColor == XLThemeColor.Text1 => "",
        _ => c.ToString(),
    };
}
