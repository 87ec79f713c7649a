using ClosedXML.Excel;
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

    public static readonly XLColor Overskriftsfarve = XLColor.FromHtml("#1F4E79");
    public static readonly XLColor Fremhaevning = XLColor.FromHtml("#FFF2CC");

    /// <summary>The format of a figure's value: the report's decimals (<see cref="Visning.Decimaler"/>), whatever the unit.</summary>
    public static readonly string VaerdiFormat = Talformat(Visning.Decimaler);

    /// <summary>An Excel number format with grouping and a fixed count of decimals ("#,##0.0").</summary>
    public static string Talformat(int decimaler) => decimaler == 0 ? Heltal : "#,##0." + new string('0', decimaler);

    /// <summary>Counts are whole numbers; a non-whole count keeps its decimals visible.</summary>
    public static string AntalFormat(decimal v) => v == decimal.Truncate(v) ? Heltal : Decimaltal;

    public static string JaNej(bool b) => b ? "Ja" : "Nej";

    /// <summary>Writes text as text: "2016/17" or "&lt;5" must never be read as a date or number.</summary>
    public static void Tekst(IXLCell celle, string tekst)
    {
        celle.SetValue(tekst);
        celle.DataType = XLDataType.Text;
    }

    public static void Overskrift(IXLCell celle, string tekst, double stoerrelse = 14)
    {
        Tekst(celle, tekst);
        celle.Style.Font.Bold = true;
        celle.Style.Font.FontSize = stoerrelse;
        celle.Style.Font.FontColor = Overskriftsfarve;
    }

    public static void Hyperlink(IXLCell celle, string ark, string tekst)
    {
        Tekst(celle, tekst);
        celle.Hyperlink = new XLHyperlink($"'{ark}'!A1");
        celle.Style.Font.FontColor = XLColor.FromHtml("#0563C1");
        celle.Style.Font.Underline = XLFontUnderlineValues.Single;
    }

    /// <summary>
    /// A header row that reads the same in Excel and LibreOffice (which ignores table styles),
    /// and print set-up: A4 landscape, one page wide, the header repeated on every page.
    /// </summary>
    public static void TabelOverskrift(IXLWorksheet ark, int raekke, int kolonner)
    {
        var r = ark.Range(raekke, 1, raekke, kolonner);
        r.Style.Font.Bold = true;
        r.Style.Font.FontColor = XLColor.White;
        r.Style.Fill.BackgroundColor = Overskriftsfarve;
        ark.PageSetup.SetRowsToRepeatAtTop(raekke, raekke);
        Udskrift(ark);
    }

    public static void Udskrift(IXLWorksheet ark)
    {
        ark.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ark.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ark.PageSetup.FitToPages(1, 0);
    }

    /// <summary>
    /// Column widths from content (AdjustToContents needs GDI+ and crashes on Linux): the
    /// longest shown text from <paramref name="fraRaekke"/> down, within [min, max] characters.
    /// </summary>
    public static void Kolonnebredder(IXLWorksheet ark, int fraRaekke, double min = 8, double max = 60)
    {
        var bredder = new Dictionary<int, double>();
        foreach (var celle in ark.CellsUsed())
        {
            if (celle.Address.RowNumber < fraRaekke) continue;
            var laengde = Laengde(celle);
            if (celle.Address.RowNumber == fraRaekke) laengde += 3; // room for the filter button
            var k = celle.Address.ColumnNumber;
            bredder[k] = Math.Max(bredder.GetValueOrDefault(k), laengde);
        }
        foreach (var (k, b) in bredder)
            ark.Column(k).Width = Math.Clamp(b + 2, min, max);
    }

    private static double Laengde(IXLCell celle) => celle.DataType switch
    {
        XLDataType.DateTime => celle.Style.NumberFormat.Format == LangDato ? 18 : 10,
        // Right-aligned numbers get air before a left-aligned neighbour.
        XLDataType.Number => Formatering.Tal(celle.GetValue<decimal>(), Visning.Decimaler).Length + 2,
        _ => celle.GetString().Length,
    };
}
