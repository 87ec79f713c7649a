using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The kommune workbook (`--format xlsx`), drawn from the report document: a front sheet, one
/// sheet per table of the report (every period, not the printed short form) as an Excel table
/// with a frozen header, the report's charts as native charts, and the definitions. Every cell is
/// as the report step decided it: a value is a number in the unit shown (format from its
/// decimals), a period a date, a year or a school year, a mark its text with its meaning as a
/// comment. It computes nothing and chooses no word of its own (rapport/tekster.json, "regneark").
/// </summary>
public sealed class KommuneWorkbookRenderer
{
    /// <summary>Rows above a table: title, note, blank. The table header is the row after.</summary>
    internal const int TabelOverskriftRaekke = 4;

    public void Render(WorkbookInput input, Stream ud)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ud);
        var t = input.Tekster;

        using var wb = new XLWorkbook();
        var forside = wb.AddWorksheet(t.Hent("regneark.forside"));
        var indhold = new List<(string Ark, string Beskrivelse)>();

        var nr = 0;
        foreach (var tabel in input.Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Tabel>())
        {
            var navn = t.Hent("regneark.tabelark", ("nr", (++nr).ToString(Formatering.Dansk)));
            TabelArk(wb.AddWorksheet(navn), tabel, nr, t);
            indhold.Add((navn, tabel.Titel));
        }

        var diagramArk = t.Hent("regneark.diagrammer");
        var diagrammer = DiagramArk.Byg(wb.AddWorksheet(diagramArk), input.Dokument, t);
        indhold.Add((diagramArk, diagrammer.Count == 0 ? t.Hent("regneark.ingen_diagrammer") : t.Hent("regneark.diagrammer_beskrivelse")));
        var definitioner = t.Hent("regneark.definitioner");
        DefinitionerArk(wb.AddWorksheet(definitioner), input.Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Definition>().ToList(), t);
        indhold.Add((definitioner, t.Hent("regneark.definitioner_beskrivelse")));

        ForsideArk(forside, input, indhold);
        Pakke.Gem(wb, ud, diagrammer, new Kerneegenskaber(input.Dokument.Metadata.Titel, input.KommuneNavn, input.Dannet));
    }

    private static void ForsideArk(IXLWorksheet ark, WorkbookInput input, List<(string Ark, string Beskrivelse)> indhold)
    {
        var t = input.Tekster;
        XlsxFormat.Overskrift(ark.Cell(1, 1), input.Dokument.Forside.Titel, 16);
        var felter = new (string Navn, Action<IXLCell> Skriv)[]
        {
            (t.Hent("regneark.kommune"), c => XlsxFormat.Tekst(c, $"{input.KommuneNavn} ({input.KommuneKode})")),
            (t.Hent("regneark.skaeringsdato"), c => Dato(c, input.Skaeringsdato.Dato.ToDateTime(TimeOnly.MinValue), XlsxFormat.LangDato)),
            (t.Hent("regneark.data_pr"), c => Dato(c, input.DataPr.ToDateTime(TimeOnly.MinValue), XlsxFormat.LangDato)),
            (t.Hent("regneark.dannet"), c => Dato(c, input.Dannet.DateTime, XlsxFormat.Tidsstempel)),
            (t.Hent("regneark.prisaar"), c => { c.SetValue(input.Prisaar); c.Style.NumberFormat.Format = XlsxFormat.Aar; }),
        };
        var r = 3;
        foreach (var (navn, skriv) in felter)
        {
            XlsxFormat.Tekst(ark.Cell(r, 1), navn);
            ark.Cell(r, 1).Style.Font.Bold = true;
            skriv(ark.Cell(r, 2));
            ark.Cell(r, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            r++;
        }

        r++;
        XlsxFormat.Overskrift(ark.Cell(r++, 1), t.Hent("regneark.indhold"), 12);
        foreach (var (navn, beskrivelse) in indhold)
        {
            XlsxFormat.Hyperlink(ark.Cell(r, 1), navn, navn);
            XlsxFormat.Tekst(ark.Cell(r, 2), beskrivelse);
            r++;
        }

        r++;
        XlsxFormat.Overskrift(ark.Cell(r++, 1), t.Hent("regneark.laes"), 12);
        foreach (var linje in (string[])
        [
            t.Hent("regneark.vejledning"),
            .. Formatering.Fodnoter([Hul.UndertryktAntal, Hul.UndertryktVaerdi, Hul.Mangler], t),
            t.Hent("fodnoter.foreloebig"),
        ])
            XlsxFormat.Tekst(ark.Cell(r++, 1), linje);

        ark.Column(1).Width = 24;
        ark.Column(2).Width = 90;
        XlsxFormat.Udskrift(ark);
    }

    private static void Dato(IXLCell celle, DateTime d, string format)
    {
        celle.SetValue(d);
        celle.Style.NumberFormat.Format = format;
    }

    /// <summary>One report table: title, the table with every row, its footnote under it.</summary>
    private static void TabelArk(IXLWorksheet ark, Tabel tabel, int nr, RapportTekster t)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), tabel.Titel);
        var h = TabelOverskriftRaekke;
        var bredder = new Kolonnebredder();
        var overskrifter = Entydige(tabel.Kolonner.Select(k => k.Overskrift).ToList());
        for (var k = 0; k < overskrifter.Count; k++)
        {
            XlsxFormat.Tekst(ark.Cell(h, 1 + k), overskrifter[k]);
            bredder.Overskrift(1 + k, overskrifter[k]);
        }
        for (var i = 0; i < tabel.Raekker.Count; i++)
            for (var k = 0; k < tabel.Raekker[i].Count && k < overskrifter.Count; k++)
                SkrivCelle(ark.Cell(h + 1 + i, 1 + k), tabel.Raekker[i][k], t, bredder, 1 + k);

        var sidste = h + Math.Max(1, tabel.Raekker.Count);
        var excelTabel = ark.Range(h, 1, sidste, overskrifter.Count).CreateTable($"Tabel_{nr}");
        excelTabel.Theme = XLTableTheme.TableStyleMedium2;
        excelTabel.ShowRowStripes = true;
        excelTabel.ShowAutoFilter = true;
        ark.SheetView.FreezeRows(h);
        XlsxFormat.TabelOverskrift(ark, h, overskrifter.Count);
        if (tabel.Fodnote is { } fodnote)
        {
            XlsxFormat.Tekst(ark.Cell(sidste + 2, 1), fodnote);
            ark.Cell(sidste + 2, 1).Style.Font.Italic = true;
        }
        bredder.Saet(ark);
    }

    /// <summary>Writes one cell as the report step typed it.</summary>
    private static void SkrivCelle(IXLCell celle, Celle c, RapportTekster t, Kolonnebredder bredder, int kolonne)
    {
        if (c.Periode is { } periode)
        {
            PeriodeCelle.Skriv(celle, periode, bredder, kolonne);
            if (c.Tilstand == Celletilstand.ForventetRegnskab) Kommentar(celle, t.Hent("fodnoter.foreloebig"));
        }
        else if (c.Tal is { } tal && c.Tilstand is Celletilstand.Vaerdi or Celletilstand.ForventetRegnskab)
        {
            celle.SetValue(tal);
            celle.Style.NumberFormat.Format = XlsxFormat.Talformat(c.Decimaler);
            bredder.Tal(kolonne, tal);
        }
        else
        {
            XlsxFormat.Tekst(celle, c.Tekst);
            bredder.Tekst(kolonne, c.Tekst);
            if (c.Tilstand is Celletilstand.Undertrykt or Celletilstand.Mangler)
                celle.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            if (c.Forklaring is { } forklaring) Kommentar(celle, forklaring);
        }
        if (c.Fed) celle.Style.Font.Bold = true;
    }

    private static void Kommentar(IXLCell celle, string tekst)
    {
        celle.Comment.Author = "Rapportering";
        celle.Comment.AddText(tekst);
    }

    /// <summary>An Excel table needs distinct header names; a repeated one gets " (2)".</summary>
    private static List<string> Entydige(List<string> navne)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return navne.Select(n =>
        {
            var navn = n.Length == 0 ? " " : n;
            for (var i = 2; !set.Add(navn); i++) navn = $"{n} ({i})";
            return navn;
        }).ToList();
    }

    private static void DefinitionerArk(IXLWorksheet ark, IReadOnlyList<Definition> definitioner, RapportTekster t)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), t.Hent("regneark.definitioner"));
        XlsxFormat.Tekst(ark.Cell(2, 1), t.Hent("regneark.definitioner_tekst"));
        ark.Cell(2, 1).Style.Font.Italic = true;
        string[] kolonner = [.. new[] { "id", "navn", "omraade", "definition", "enhed", "retning", "opdelinger" }.Select(k => t.Hent($"regneark.kolonner.{k}"))];
        var h = TabelOverskriftRaekke;
        for (var i = 0; i < kolonner.Length; i++) XlsxFormat.Tekst(ark.Cell(h, i + 1), kolonner[i]);
        var r = h + 1;
        foreach (var d in definitioner)
        {
            string[] felter = [d.Id, d.Navn, d.Omraade, d.Tekst, d.Enhed, d.OensketRetning, d.Opdelinger];
            for (var i = 0; i < felter.Length; i++) XlsxFormat.Tekst(ark.Cell(r, i + 1), felter[i]);
            r++;
        }
        var tabel = ark.Range(h, 1, Math.Max(r - 1, h + 1), kolonner.Length).CreateTable("Tabel_Definitioner");
        tabel.Theme = XLTableTheme.TableStyleMedium2;
        ark.SheetView.FreezeRows(h);
        XlsxFormat.TabelOverskrift(ark, h, kolonner.Length);
        XlsxFormat.Kolonnebredder(ark, h, max: 45);
        ark.Column(4).Width = 90;
        ark.Column(4).Style.Alignment.WrapText = true;
        ark.Column(7).Style.Alignment.WrapText = true;
        ark.Range(h + 1, 1, Math.Max(r - 1, h + 1), kolonner.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        // Row heights from the wrapped text: neither ClosedXML on Linux nor LibreOffice grows them.
        for (var i = h + 1; i < r; i++)
        {
            var linjer = Math.Max(Linjer(ark.Cell(i, 4).GetString(), ark.Column(4).Width),
                                  Linjer(ark.Cell(i, 7).GetString(), ark.Column(7).Width));
            ark.Row(i).Height = 15 * linjer;
        }
    }

    /// <summary>Lines a text needs in a column of the given width (about one character per width unit).</summary>
    private static int Linjer(string tekst, double bredde) =>
        Math.Max(1, (int)Math.Ceiling(tekst.Length / Math.Max(1, bredde - 4)));
}
