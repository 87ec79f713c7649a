using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Rendering.Xlsx;
using Rapportering.Report.Sektioner;
using Rapportering.Templates;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// THE REFERENCE's cell helpers, not product code: the ClosedXML side of XlsxFormat, PeriodeCelle,
/// Kolonnebredder and ObservationKolonner as they stood in src before both workbooks were streamed
/// (commit 3e47208). Used only by <see cref="ClosedXmlKommune"/> and <see cref="ClosedXmlSammenligning"/>.
/// </summary>
internal static class XlFormat
{
    public static readonly XLColor Overskriftsfarve = XLColor.FromHtml("#1F4E79");
    public static readonly XLColor Fremhaevning = XLColor.FromHtml("#FFF2CC");

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

    /// <summary>A header row white on blue, and print set-up: A4 landscape, one page wide, the header repeated.</summary>
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

    /// <summary>Column widths from content: the longest shown text from <paramref name="fraRaekke"/> down, within [min, max].</summary>
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
        XLDataType.DateTime => celle.Style.NumberFormat.Format == XlsxFormat.LangDato ? 18 : 10,
        XLDataType.Number => Formatering.Tal(celle.GetValue<decimal>(), Visning.Decimaler).Length + 2,
        _ => celle.GetString().Length,
    };

    /// <summary>Measured widths onto a ClosedXML sheet (the instance method takes a streamed sheet).</summary>
    public static void Saet(this Kolonnebredder bredder, IXLWorksheet ark, double min = 8, double max = 60)
    {
        foreach (var (k, b) in bredder.Alle(min, max)) ark.Column(k).Width = b;
    }
}

internal static class XlPeriodeCelle
{
    public static void Skriv(IXLCell celle, Periode periode) =>
        PeriodeCelle.Skriv(new XlCeller(celle.Worksheet, null), celle.Address.RowNumber, celle.Address.ColumnNumber, periode, null);

    public static void Skriv(IXLCell celle, Periode periode, Kolonnebredder bredder, int kolonne) =>
        PeriodeCelle.Skriv(new XlCeller(celle.Worksheet, null), celle.Address.RowNumber, kolonne, periode, bredder);
}

internal static class XlObservationKolonner
{
    /// <summary>The export's column headers as the old renderer wrote them (its own list: the reference is independent of tekster.json).</summary>
    public static readonly IReadOnlyList<string> Overskrifter =
    [
        "Nøgletal (id)", "Navn", "Opdeling (id)", "Opdeling", "Periode",
        "Værdi", "Tæller", "Nævner", "Enhed", "Undertrykt", "Foreløbig",
    ];

    public static void SkrivOverskrifter(IXLWorksheet ark, int raekke, int kolonne, Kolonnebredder bredder)
    {
        for (var i = 0; i < Overskrifter.Count; i++)
        {
            XlFormat.Tekst(ark.Cell(raekke, kolonne + i), Overskrifter[i]);
            bredder.Overskrift(kolonne + i, Overskrifter[i]);
        }
    }

    internal static void MaerkeCelle(IXLCell celle, Hul h, RapportTekster? noter)
    {
        XlFormat.Tekst(celle, Formatering.Maerke(h));
        celle.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        if (noter is null) return;
        celle.Comment.Author = "Rapportering";
        celle.Comment.AddText(Formatering.Fodnoter([h], noter).Single());
    }
}

/// <summary>An observation row's cells on a ClosedXML sheet.</summary>
internal sealed class XlCeller(IXLWorksheet ark, RapportTekster? noter) : ICeller
{
    public void Tekst(int raekke, int kolonne, string tekst) => XlFormat.Tekst(ark.Cell(raekke, kolonne), tekst);

    public void Tal(int raekke, int kolonne, decimal vaerdi, string format)
    {
        var celle = ark.Cell(raekke, kolonne);
        celle.SetValue(vaerdi);
        celle.Style.NumberFormat.Format = format;
    }

    public void Dato(int raekke, int kolonne, DateTime dato, string format)
    {
        var celle = ark.Cell(raekke, kolonne);
        celle.SetValue(dato);
        celle.Style.NumberFormat.Format = format;
    }

    public void Maerke(int raekke, int kolonne, Hul hul) => XlObservationKolonner.MaerkeCelle(ark.Cell(raekke, kolonne), hul, noter);
}
