using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

internal sealed record TableColumn(string Header, TextAlign Align = TextAlign.Right);

internal sealed record TableCell(string Text, bool Bold = false);

/// <summary>Header row in the kommune colour with white text, zebra body rows, thin rules.</summary>
internal sealed record TableStyle(
    TextStyle Body,
    TextStyle Header,
    SKColor HeaderBackground,
    SKColor ZebraBackground,
    SKColor RuleColor,
    float PadX = 5,
    float PadY = 3);
