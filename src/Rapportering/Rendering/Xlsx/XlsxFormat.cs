using Rapportering.Figures;
using Rapportering.Report.Sektioner;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Number formats, sheet names and small cell helpers shared by both workbooks. Format codes
/// use Excel's invariant separators; a Danish Excel shows them as 1.234,5.
/// </summary>
internal static class XlsxFormat
{
    public const string Dato = "dd-mm-yyyy";
    public const string LangDato = "[$-406]d. mmmm yyyy";
    public const string Tidsstempel = "dd-mm-yyyy hh:mm";
    public const string Aar = "0";
    public const string Heltal = "#,##0";
    public const string Decimaltal = "#,##0.0##";

    /// <summary>The format of a figure's value: the report's decimals (<see cref="Visning.Decimaler"/>), whatever the unit.</summary>
    public static readonly string VaerdiFormat = Talformat(Visning.Decimaler);

    /// <summary>An Excel number format with grouping and a fixed count of decimals ("#,##0.0").</summary>
    public static string Talformat(int decimaler) => decimaler == 0 ? Heltal : "#,##0." + new string('0', decimaler);

    /// <summary>Counts are whole numbers; a non-whole count keeps its decimals visible.</summary>
    public static string AntalFormat(decimal v) => v == decimal.Truncate(v) ? Heltal : Decimaltal;
}
