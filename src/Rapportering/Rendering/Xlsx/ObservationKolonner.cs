using ClosedXML.Excel;
using Rapportering.Figures;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The observation columns of the JSON export plus readable ones (Danish name, opdeling, unit).
/// Used by the kommune workbook and the comparison workbook's tidy table alike.
/// </summary>
internal static class ObservationKolonner
{
    public static readonly IReadOnlyList<string> Overskrifter =
    [
        "Nøgletal (id)", "Navn", "Opdeling (id)", "Opdeling", "Periode",
        "Værdi", "Tæller", "Nævner", "Enhed", "Undertrykt", "Foreløbig",
    ];

    public const int VaerdiKolonne = 5; // 0-based offset of "Værdi" among the columns
    public const string UndertryktNote =
        "Undertrykt: tallet bygger på færre end 5 personer og vises ikke af hensyn til diskretion.";

    public static void SkrivOverskrifter(IXLWorksheet ark, int raekke, int kolonne)
    {
        for (var i = 0; i < Overskrifter.Count; i++)
            XlsxFormat.Tekst(ark.Cell(raekke, kolonne + i), Overskrifter[i]);
    }

    public static void Skriv(IXLWorksheet ark, int raekke, int kolonne, Observation o, bool noteVedUndertrykt)
    {
        var figur = Katalog.Hent(o.Noegletal);
        XlsxFormat.Tekst(ark.Cell(raekke, kolonne), o.Noegletal);
        XlsxFormat.Tekst(ark.Cell(raekke, kolonne + 1), figur.Navn);
        if (o.Opdeling is not null) XlsxFormat.Tekst(ark.Cell(raekke, kolonne + 2), o.Opdeling);
        XlsxFormat.Tekst(ark.Cell(raekke, kolonne + 3), Katalog.OpdelingNavn(o.Opdeling) ?? "");
        PeriodeCelle.Skriv(ark.Cell(raekke, kolonne + 4), o.Periode);
        if (o.Undertrykt)
        {
            Undertrykt(ark.Cell(raekke, kolonne + 5), noteVedUndertrykt);
            Undertrykt(ark.Cell(raekke, kolonne + 6), noteVedUndertrykt);
        }
        else
        {
            Tal(ark.Cell(raekke, kolonne + 5), o.Vaerdi, XlsxFormat.VaerdiFormat(figur.Enhed));
            Tal(ark.Cell(raekke, kolonne + 6), o.Taeller, o.Taeller is { } t ? XlsxFormat.AntalFormat(t) : "");
        }
        Tal(ark.Cell(raekke, kolonne + 7), o.Naevner, o.Naevner is { } n ? XlsxFormat.AntalFormat(n) : "");
        XlsxFormat.Tekst(ark.Cell(raekke, kolonne + 8), figur.EnhedTekst);
        XlsxFormat.Tekst(ark.Cell(raekke, kolonne + 9), XlsxFormat.JaNej(o.Undertrykt));
        XlsxFormat.Tekst(ark.Cell(raekke, kolonne + 10), XlsxFormat.JaNej(o.Foreloebig));
    }

    private static void Tal(IXLCell celle, decimal? v, string format)
    {
        if (v is not { } x) return; // missing stays empty: never a 0 where data is missing
        celle.SetValue(x);
        celle.Style.NumberFormat.Format = format;
    }

    private static void Undertrykt(IXLCell celle, bool medNote)
    {
        XlsxFormat.Tekst(celle, Formatering.Undertrykt);
        celle.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        if (!medNote) return;
        celle.Comment.Author = "Rapportering";
        celle.Comment.AddText(UndertryktNote);
    }
}
