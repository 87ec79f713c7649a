using System.Globalization;
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

    public static void Byg(StroemArk ark, RapportDokument dokument, RapportTekster t)
    {
        ark.Skriv(1, 1, t.Hent("regneark.diagrammer"), KommuneWorkbookRenderer.Overskrift());
        ark.Skriv(2, 1, t.Hent("regneark.diagrammer_tekst"), KommuneWorkbookRenderer.Kursiv);

        var r = 4;
        var bredeste = 1;
        foreach (var d in dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Diagram>())
        {
            if (d.Taltabel is not { Raekker.Count: > 0 } tabel) continue;
            var diagram = SkrivBlok(ark, r, d, tabel);
            ark.Diagram(diagram);
            bredeste = Math.Max(bredeste, tabel.Kolonner.Count);
            r = Math.Max(diagram.SidsteRaekke, diagram.OverskriftRaekke + DiagramHoejde) + 3;
        }
        if (ark.Diagrammer.Count == 0) ark.Tekst(4, 1, t.Hent("regneark.ingen_diagrammer"));
        ark.Bredde(1, 20);
        for (var k = 2; k <= bredeste; k++) ark.Bredde(k, 15);
    }

    private static readonly Stil Hoved = new(Fed: true, BundKant: true);

    private static Linjediagram SkrivBlok(StroemArk ark, int titelRaekke, Diagram d, Tabel tabel)
    {
        ark.Skriv(titelRaekke, 1, d.Titel, KommuneWorkbookRenderer.Fed);
        var h = titelRaekke + 1;
        for (var k = 0; k < tabel.Kolonner.Count; k++) ark.Skriv(h, 1 + k, tabel.Kolonner[k].Overskrift, Hoved);

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
            var r = h + 1 + i;
            switch (kategori.Periode)
            {
                case { Art: PeriodeArt.Skaeringsdato } p:
                    PeriodeCelle.Skriv(ark, r, 1, p, null);
                    kategorier.Add(PeriodeCelle.Dato(p).ToOADate());
                    tekster.Add(PeriodeCelle.Dato(p).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
                    kategoriFormat = XlsxFormat.Dato;
                    break;
                case { Art: PeriodeArt.Regnskabsaar } p:
                    PeriodeCelle.Skriv(ark, r, 1, p, null);
                    kategorier.Add(p.Aar);
                    tekster.Add(p.Aar.ToString(CultureInfo.InvariantCulture));
                    break;
                default: // school years and anything not a period: text categories
                    var tekst = kategori.Periode?.ToString() ?? kategori.Tekst;
                    ark.Tekst(r, 1, tekst);
                    tekstKategorier = true;
                    kategorier.Add(i + 1);
                    tekster.Add(tekst);
                    break;
            }
            for (var s = 0; s < serier; s++)
            {
                var c = raekke[1 + s];
                var v = c.Tilstand is Celletilstand.Vaerdi or Celletilstand.ForventetRegnskab ? c.Tal : null;
                vaerdier[s].Add(v is { } x ? (double)x : null);
                if (v is not { } tal) continue;
                ark.Tal(r, 2 + s, tal, XlsxFormat.Talformat(c.Decimaler));
            }
        }

        var venstre = tabel.Kolonner.Count + 1; // one empty column between block and chart (0-based col = that)
        var format = XlsxFormat.Talformat(d.Decimaler);
        return new Linjediagram(
            ark.Navn, d.Titel, d.YAkse, h, h + 1, h + tabel.Raekker.Count, 1,
            Enumerable.Range(2, serier).ToList(), tabel.Kolonner.Skip(1).Select(k => k.Overskrift).ToList(),
            kategorier, kategoriFormat, vaerdier.Select(v => (IReadOnlyList<double?>)v).ToList(), format,
            new Placering(venstre, titelRaekke - 1, venstre + DiagramBredde, titelRaekke - 1 + DiagramHoejde),
            d.Type, tekstKategorier ? tekster : null) { Farver = d.Farver, Akse = d.Akse };
    }
}
