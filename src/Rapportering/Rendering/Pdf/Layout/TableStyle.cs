using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>A column; columns next to each other with the same <paramref name="Group"/> get one
/// header cell with the group's name above their own headers.</summary>
internal sealed record TableColumn(string Header, TextAlign Align = TextAlign.Right, string? Group = null);

internal sealed record TableCell(string Text, bool Bold = false);

/// <summary>Header row in the kommune colour with white text, zebra body rows, thin rules.</summary>
internal sealed record TableStyle(
    TextStyle Body,
    TextStyle Header,
    PdfColor HeaderBackground,
    PdfColor ZebraBackground,
    PdfColor RuleColor,
    float PadX = 5,
    float PadY = 3);
