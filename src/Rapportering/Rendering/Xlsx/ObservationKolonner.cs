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

    public static void SkrivOverskrifter(IXLWorksheet ark, int raekke, int kolonne, Kolonnebredder bredder)
    {
        for (var i = 0; i < Overskrifter.Count; i++)
        {
            XlsxFormat.Tekst(ark.Cell(raekke, kolonne + i), Overskrifter[i]);
            bredder.Overskrift(kolonne + i, Overskrifter[i]);
        }
    }

    public static void Skriv(IXLWorksheet ark, int raekke, int kolonne, Observation o, bool noteVedUndertrykt, Kolonnebredder bredder)
    {
        var figur = Katalog.Hent(o.Noegletal);
        void Tekst(int k, string tekst)
        {
            XlsxFormat.Tekst(ark.Cell(raekke, kolonne + k), tekst);
            bredder.Tekst(kolonne + k, tekst);
        }
        void Tal(int k, decimal? v, string format)
        {
            if (v is not { } x) return; // missing stays empty: never a 0 where data is missing
            var celle = ark.Cell(raekke, kolonne + k);
            celle.SetValue(x);
            celle.Style.NumberFormat.Format = format;
            bredder.Tal(kolonne + k, x);
        }
        void Undertrykt(int k)
        {
            UndertryktCelle(ark.Cell(raekke, kolonne + k), noteVedUndertrykt);
            bredder.Tekst(kolonne + k, Formatering.Undertrykt);
        }

        Tekst(0, o.Noegletal);
        Tekst(1, figur.Navn);
        if (o.Opdeling is not null) Tekst(2, o.Opdeling);
        Tekst(3, Katalog.OpdelingNavn(o.Opdeling) ?? "");
        PeriodeCelle.Skriv(ark.Cell(raekke, kolonne + 4), o.Periode, bredder, kolonne + 4);
        if (o.Undertrykt)
        {
            Undertrykt(5);
            Undertrykt(6);
        }
        else
        {
            Tal(5, o.Vaerdi, XlsxFormat.VaerdiFormat(figur.Enhed));
            Tal(6, o.Taeller, o.Taeller is { } t ? XlsxFormat.AntalFormat(t) : "");
        }
        Tal(7, o.Naevner, o.Naevner is { } n ? XlsxFormat.AntalFormat(n) : "");
        Tekst(8, figur.EnhedTekst);
        Tekst(9, XlsxFormat.JaNej(o.Undertrykt));
        Tekst(10, XlsxFormat.JaNej(o.Foreloebig));
    }

    private static void UndertryktCelle(IXLCell celle, bool medNote)
    {
        XlsxFormat.Tekst(celle, Formatering.Undertrykt);
        celle.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        if (!medNote) return;
        celle.Comment.Author = "Rapportering";
        celle.Comment.AddText(UndertryktNote);
    }
}
