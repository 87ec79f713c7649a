using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The "Diagrammer" sheet: every chart of the report document as a native Excel chart (lines or
/// columns, as in the report) over a block with the chart's numbers (its number table, typed in
/// the report step). A suppressed or missing value stays an empty cell, so a line or a column
/// shows a gap instead of a false zero; the sheet's note says so.
/// </summary>
internal static class DiagramArk
{
    private const int DiagramHoejde = 18; // rows
    private const int DiagramBredde = 8;  // columns

    public static IReadOnlyList<Linjediagram> Byg(IXLWorksheet ark, RapportDokument dokument, RapportTekster t)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), t.Hent("regneark.diagrammer"));
        XlsxFormat.Tekst(ark.Cell(2, 1), t.Hent("regneark.diagrammer_tekst"));
        ark.Cell(2, 1).Style.Font.Italic = true;

        var diagrammer = new List<Linjediagram>();
        var r = 4;
        var bredeste = 1;
        foreach (var d in dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Diagram>())
        {
            if (d.Taltabel is not { Raekker.Count: > 0 } tabel) continue;
            var diagram = SkrivBlok(ark, r, d, tabel);
            diagrammer.Add(diagram);
            bredeste = Math.Max(bredeste, tabel.Kolonner.Count);
            r = Math.Max(diagram.SidsteRaekke, diagram.OverskriftRaekke + DiagramHoejde) + 3;
        }
        if (diagrammer.Count == 0) XlsxFormat.Tekst(ark.Cell(4, 1), t.Hent("regneark.ingen_diagrammer"));
        XlsxFormat.Udskrift(ark);
        ark.Column(1).Width = 20;
        for (var k = 2; k <= bredeste; k++) ark.Column(k).Width = 15;
        return diagrammer;
    }

    private static Linjediagram SkrivBlok(IXLWorksheet ark, int titelRaekke, Diagram d, Tabel tabel)
    {
        XlsxFormat.Tekst(ark.Cell(titelRaekke, 1), d.Titel);
        ark.Cell(titelRaekke, 1).Style.Font.Bold = true;
        var h = titelRaekke + 1;
        for (var k = 0; k < tabel.Kolonner.Count; k++) XlsxFormat.Tekst(ark.Cell(h, 1 + k), tabel.Kolonner[k].Overskrift);
        var overskrift = ark.Range(h, 1, h, tabel.Kolonner.Count);
        overskrift.Style.Font.Bold = true;
        overskrift.Style.Border.BottomBorder = XLBorderStyleValues.Thin;

        var serier = tabel.Kolonner.Count - 1;
        var kategorier = new List<double>();
        var tekster = new List<string>();
        var vaerdier = Enumerable.Range(0, serier).Select(_ => new List<double?>()).ToList();
        var kategoriFormat = XlsxFormat.Aar;
        var tekstKategorier = false;
        for (var i = 0; i < tabel.Raekker.Count; i++)
        {
            var raekke = tabel.Raekker[i];
            var kategori = raekke[0];
            var celle = ark.Cell(h + 1 + i, 1);
            switch (kategori.Periode)
            {
                case { Art: PeriodeArt.Skaeringsdato } p:
                    PeriodeCelle.Skriv(celle, p);
                    kategorier.Add(PeriodeCelle.Dato(p).ToOADate());
                    kategoriFormat = XlsxFormat.Dato;
                    break;
                case { Art: PeriodeArt.Regnskabsaar } p:
                    PeriodeCelle.Skriv(celle, p);
                    kategorier.Add(p.Aar);
                    break;
                default: // school years and anything not a period: text categories
                    XlsxFormat.Tekst(celle, kategori.Periode?.ToString() ?? kategori.Tekst);
                    tekstKategorier = true;
                    kategorier.Add(i + 1);
                    break;
            }
            tekster.Add(celle.GetFormattedString());
            for (var s = 0; s < serier; s++)
            {
                var c = raekke[1 + s];
                var v = c.Tilstand is Celletilstand.Vaerdi or Celletilstand.ForventetRegnskab ? c.Tal : null;
                vaerdier[s].Add(v is { } x ? (double)x : null);
                if (v is not { } tal) continue;
                ark.Cell(h + 1 + i, 2 + s).SetValue(tal);
                ark.Cell(h + 1 + i, 2 + s).Style.NumberFormat.Format = XlsxFormat.Talformat(c.Decimaler);
            }
        }

        var venstre = tabel.Kolonner.Count + 1; // one empty column between block and chart (0-based col = that)
        var format = XlsxFormat.Talformat(d.Decimaler);
        return new Linjediagram(
            ark.Name, d.Titel, d.YAkse, h, h + 1, h + tabel.Raekker.Count, 1,
            Enumerable.Range(2, serier).ToList(), tabel.Kolonner.Skip(1).Select(k => k.Overskrift).ToList(),
            kategorier, kategoriFormat, vaerdier.Select(v => (IReadOnlyList<double?>)v).ToList(), format,
            new Placering(venstre, titelRaekke - 1, venstre + DiagramBredde, titelRaekke - 1 + DiagramHoejde),
            d.Type, tekstKategorier ? tekster : null) { Farver = d.Farver, Akse = d.Akse };
    }
}
