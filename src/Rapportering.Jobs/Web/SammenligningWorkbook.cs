using ClosedXML.Excel;
using Rapportering.Figures;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The comparison as a workbook. A stand-in until the comparison workbook renderer from the
/// Excel branch is in main; column widths are set by hand (AdjustToContents needs GDI+ on Linux).
/// </summary>
public static class SammenligningWorkbook
{
    public static byte[] Render(Sammenligning s)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Sammenligning");
        ws.Cell(1, 1).Value = s.Titel;
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        ws.Cell(2, 1).Value = $"Enhed: {s.Figur.EnhedTekst}. Skæringsdato: {Formatering.Dato(s.Dato)}.";
        ws.Cell(3, 1).Value = s.Figur.Definition;

        const int hoved = 5;
        ws.Cell(hoved, 1).Value = "Kommune";
        ws.Cell(hoved, 2).Value = "Rolle";
        for (var p = 0; p < s.Perioder.Count; p++) ws.Cell(hoved, 3 + p).Value = Sammenligning.PeriodeTekst(s.Perioder[p]);
        ws.Row(hoved).Style.Font.Bold = true;
        var format = Sammenligning.Decimaler(s.Figur.Enhed) switch { 0 => "#,##0", 2 => "#,##0.00", _ => "#,##0.0" };
        for (var r = 0; r < s.Raekker.Count; r++)
        {
            var raekke = s.Raekker[r];
            ws.Cell(hoved + 1 + r, 1).Value = raekke.Navn;
            ws.Cell(hoved + 1 + r, 2).Value = raekke.Rolle;
            for (var p = 0; p < raekke.Vaerdier.Count; p++)
            {
                var c = ws.Cell(hoved + 1 + r, 3 + p);
                var v = raekke.Vaerdier[p];
                if (v.Undertrykt) c.Value = Formatering.Undertrykt;
                else if (v.Vaerdi is { } x) { c.Value = x; c.Style.NumberFormat.Format = format; }
                else c.Value = "mangler data";
                c.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
        }
        ws.Cell(hoved + s.Raekker.Count + 2, 1).Value = "<5: undertrykt, færre end 5 personer. Gennemsnittet er et simpelt gennemsnit af kommunernes tal; undertrykte tal indgår ikke.";
        ws.Column(1).Width = 36;
        ws.Column(2).Width = 18;
        for (var p = 0; p < s.Perioder.Count; p++) ws.Column(3 + p).Width = 20;
        ws.SheetView.FreezeRows(hoved);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }
}
