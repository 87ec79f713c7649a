using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Rendering.Xlsx;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// THE REFERENCE, not product code: the kommune workbook as ClosedXML rendered it before it was
/// streamed (the KommuneWorkbookRenderer, DiagramArk and Pakke of commit 3e47208).
/// StroemKommuneTests reads both back and compares every cell, note, table, pane and chart.
/// The kommune workbook (`--format xlsx`), drawn from the report document: a front sheet, one
/// sheet per table of the report (every period, not the printed short form) as an Excel table
/// with a frozen header, the report's charts as native charts, and the definitions. Every cell is
/// as the report step decided it: a value is a number in the unit shown (format from its
/// decimals), a period a date, a year or a school year, a mark its text with its meaning as a
/// comment. It computes nothing and chooses no word of its own (rapport/tekster.json, "regneark").
/// </summary>
internal sealed class ClosedXmlKommune
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
        var diagrammer = ClosedXmlDiagramArk.Byg(wb.AddWorksheet(diagramArk), input.Dokument, t);
        indhold.Add((diagramArk, diagrammer.Count == 0 ? t.Hent("regneark.ingen_diagrammer") : t.Hent("regneark.diagrammer_beskrivelse")));
        var definitioner = t.Hent("regneark.definitioner");
        DefinitionerArk(wb.AddWorksheet(definitioner), input.Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Definition>().ToList(), t);
        indhold.Add((definitioner, t.Hent("regneark.definitioner_beskrivelse")));

        ForsideArk(forside, input, indhold);
        ClosedXmlPakke.Gem(wb, ud, diagrammer, new Kerneegenskaber(input.Dokument.Metadata.Titel, input.KommuneNavn, input.Dannet));
    }

    private static void ForsideArk(IXLWorksheet ark, WorkbookInput input, List<(string Ark, string Beskrivelse)> indhold)
    {
        var t = input.Tekster;
        XlFormat.Overskrift(ark.Cell(1, 1), input.Dokument.Forside.Titel, 16);
        var felter = new (string Navn, Action<IXLCell> Skriv)[]
        {
            (t.Hent("regneark.kommune"), c => XlFormat.Tekst(c, $"{input.KommuneNavn} ({input.KommuneKode})")),
            (t.Hent("regneark.skaeringsdato"), c => Dato(c, input.Skaeringsdato.Dato.ToDateTime(TimeOnly.MinValue), XlsxFormat.LangDato)),
            (t.Hent("regneark.data_pr"), c => Dato(c, input.DataPr.ToDateTime(TimeOnly.MinValue), XlsxFormat.LangDato)),
            (t.Hent("regneark.dannet"), c => Dato(c, input.Dannet.DateTime, XlsxFormat.Tidsstempel)),
            (t.Hent("regneark.prisaar"), c => { c.SetValue(input.Prisaar); c.Style.NumberFormat.Format = XlsxFormat.Aar; }),
        };
        var r = 3;
        foreach (var (navn, skriv) in felter)
        {
            XlFormat.Tekst(ark.Cell(r, 1), navn);
            ark.Cell(r, 1).Style.Font.Bold = true;
            skriv(ark.Cell(r, 2));
            ark.Cell(r, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            r++;
        }

        r++;
        XlFormat.Overskrift(ark.Cell(r++, 1), t.Hent("regneark.indhold"), 12);
        foreach (var (navn, beskrivelse) in indhold)
        {
            XlFormat.Hyperlink(ark.Cell(r, 1), navn, navn);
            XlFormat.Tekst(ark.Cell(r, 2), beskrivelse);
            r++;
        }

        r++;
        XlFormat.Overskrift(ark.Cell(r++, 1), t.Hent("regneark.laes"), 12);
        foreach (var linje in (string[])
        [
            t.Hent("regneark.vejledning"),
            .. Formatering.Fodnoter([Hul.UndertryktAntal, Hul.UndertryktVaerdi, Hul.Mangler], t),
            t.Hent("fodnoter.foreloebig"),
        ])
            XlFormat.Tekst(ark.Cell(r++, 1), linje);

        ark.Column(1).Width = 24;
        ark.Column(2).Width = 90;
        XlFormat.Udskrift(ark);
    }

    private static void Dato(IXLCell celle, DateTime d, string format)
    {
        celle.SetValue(d);
        celle.Style.NumberFormat.Format = format;
    }

    /// <summary>One report table: title, the table with every row, its footnote under it.</summary>
    private static void TabelArk(IXLWorksheet ark, Tabel tabel, int nr, RapportTekster t)
    {
        XlFormat.Overskrift(ark.Cell(1, 1), tabel.Titel);
        var h = TabelOverskriftRaekke;
        var bredder = new Kolonnebredder();
        var overskrifter = Entydige(tabel.Kolonner.Select(k => k.Overskrift).ToList());
        for (var k = 0; k < overskrifter.Count; k++)
        {
            XlFormat.Tekst(ark.Cell(h, 1 + k), overskrifter[k]);
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
        XlFormat.TabelOverskrift(ark, h, overskrifter.Count);
        if (tabel.Fodnote is { } fodnote)
        {
            XlFormat.Tekst(ark.Cell(sidste + 2, 1), fodnote);
            ark.Cell(sidste + 2, 1).Style.Font.Italic = true;
        }
        bredder.Saet(ark);
    }

    /// <summary>Writes one cell as the report step typed it.</summary>
    private static void SkrivCelle(IXLCell celle, Celle c, RapportTekster t, Kolonnebredder bredder, int kolonne)
    {
        if (c.Periode is { } periode)
        {
            XlPeriodeCelle.Skriv(celle, periode, bredder, kolonne);
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
            XlFormat.Tekst(celle, c.Tekst);
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
        XlFormat.Overskrift(ark.Cell(1, 1), t.Hent("regneark.definitioner"));
        XlFormat.Tekst(ark.Cell(2, 1), t.Hent("regneark.definitioner_tekst"));
        ark.Cell(2, 1).Style.Font.Italic = true;
        string[] kolonner = [.. new[] { "id", "navn", "omraade", "definition", "enhed", "retning", "opdelinger" }.Select(k => t.Hent($"regneark.kolonner.{k}"))];
        var h = TabelOverskriftRaekke;
        for (var i = 0; i < kolonner.Length; i++) XlFormat.Tekst(ark.Cell(h, i + 1), kolonner[i]);
        var r = h + 1;
        foreach (var d in definitioner)
        {
            string[] felter = [d.Id, d.Navn, d.Omraade, d.Tekst, d.Enhed, d.OensketRetning, d.Opdelinger];
            for (var i = 0; i < felter.Length; i++) XlFormat.Tekst(ark.Cell(r, i + 1), felter[i]);
            r++;
        }
        var tabel = ark.Range(h, 1, Math.Max(r - 1, h + 1), kolonner.Length).CreateTable("Tabel_Definitioner");
        tabel.Theme = XLTableTheme.TableStyleMedium2;
        ark.SheetView.FreezeRows(h);
        XlFormat.TabelOverskrift(ark, h, kolonner.Length);
        XlFormat.Kolonnebredder(ark, h, max: 45);
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

/// <summary>
/// The "Diagrammer" sheet: every chart of the report document as a native Excel chart (lines or
/// columns, as in the report) over a block with the chart's numbers (its number table, typed in
/// the report step). A suppressed or missing value stays an empty cell, so a line or a column
/// shows a gap instead of a false zero; the sheet's note says so.
/// </summary>
internal static class ClosedXmlDiagramArk
{
    private const int DiagramHoejde = 18; // rows
    private const int DiagramBredde = 8;  // columns

    public static IReadOnlyList<Linjediagram> Byg(IXLWorksheet ark, RapportDokument dokument, RapportTekster t)
    {
        XlFormat.Overskrift(ark.Cell(1, 1), t.Hent("regneark.diagrammer"));
        XlFormat.Tekst(ark.Cell(2, 1), t.Hent("regneark.diagrammer_tekst"));
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
        if (diagrammer.Count == 0) XlFormat.Tekst(ark.Cell(4, 1), t.Hent("regneark.ingen_diagrammer"));
        XlFormat.Udskrift(ark);
        ark.Column(1).Width = 20;
        for (var k = 2; k <= bredeste; k++) ark.Column(k).Width = 15;
        return diagrammer;
    }

    private static Linjediagram SkrivBlok(IXLWorksheet ark, int titelRaekke, Diagram d, Tabel tabel)
    {
        XlFormat.Tekst(ark.Cell(titelRaekke, 1), d.Titel);
        ark.Cell(titelRaekke, 1).Style.Font.Bold = true;
        var h = titelRaekke + 1;
        for (var k = 0; k < tabel.Kolonner.Count; k++) XlFormat.Tekst(ark.Cell(h, 1 + k), tabel.Kolonner[k].Overskrift);
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
                    XlPeriodeCelle.Skriv(celle, p);
                    kategorier.Add(PeriodeCelle.Dato(p).ToOADate());
                    kategoriFormat = XlsxFormat.Dato;
                    break;
                case { Art: PeriodeArt.Regnskabsaar } p:
                    XlPeriodeCelle.Skriv(celle, p);
                    kategorier.Add(p.Aar);
                    break;
                default: // school years and anything not a period: text categories
                    XlFormat.Tekst(celle, kategori.Periode?.ToString() ?? kategori.Tekst);
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

/// <summary>
/// Saving in two steps: ClosedXML writes the cells; one pass over its zip adds the chart parts
/// ClosedXML cannot make and makes the package deterministic (System.IO.Packaging names
/// the core-properties part and the package relationships with random GUIDs and stamps zip
/// entries with the wall clock).
/// </summary>
internal static class ClosedXmlPakke
{
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string KerneType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string KerneIndhold = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string KerneSti = "docProps/core.xml";

    public static void Gem(XLWorkbook wb, Stream ud, IReadOnlyList<Linjediagram> diagrammer, Kerneegenskaber egenskaber)
    {
        wb.Properties.Author = egenskaber.Forfatter;
        wb.Properties.Title = egenskaber.Titel;
        wb.Properties.Created = egenskaber.Tidspunkt.UtcDateTime;
        wb.Properties.Modified = egenskaber.Tidspunkt.UtcDateTime;
        using var buffer = new MemoryStream();
        wb.SaveAs(buffer);
        Normaliser(buffer, ud, diagrammer, egenskaber);
    }

    private const string DiagramType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    private const string TegningType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

    /// <summary>
    /// One pass over ClosedXML's package: every entry is inflated and deflated once. The chart
    /// parts are written here as plain zip entries (the Open XML SDK would reopen the package and
    /// recompress all of it); names, ids and order are those the SDK gave them before.
    /// </summary>
    private static void Normaliser(MemoryStream ind, Stream ud, IReadOnlyList<Linjediagram> diagrammer, Kerneegenskaber egenskaber)
    {
        ind.Position = 0;
        var tid = new DateTimeOffset(egenskaber.Tidspunkt.DateTime, TimeSpan.Zero);
        using var laes = new ZipArchive(ind, ZipArchiveMode.Read, leaveOpen: true);
        var indgange = new List<(string Navn, byte[] Indhold)>(laes.Entries.Count + 8);
        foreach (var indgang in laes.Entries) indgange.Add((indgang.FullName, Laes(indgang)));
        if (diagrammer.Count > 0) IndsaetDiagrammer(indgange, diagrammer);

        using var skriv = new ZipArchive(ud, ZipArchiveMode.Create, leaveOpen: true);
        var kerneSkrevet = false;
        foreach (var (gammeltNavn, gammeltIndhold) in indgange)
        {
            var navn = gammeltNavn;
            byte[] indhold;
            if (navn.EndsWith(".psmdcp", StringComparison.Ordinal) || navn == KerneSti)
            {
                if (kerneSkrevet) continue;
                navn = KerneSti;
                indhold = StroemPakke.Kerne(egenskaber);
                kerneSkrevet = true;
            }
            else if (navn == "_rels/.rels") indhold = PakkeRelationer(gammeltIndhold);
            else if (navn == "[Content_Types].xml") indhold = Indholdstyper(gammeltIndhold);
            else indhold = gammeltIndhold;

            // A part of tens of MB of XML gets the fast level (still deterministic).
            var ny = skriv.CreateEntry(navn, indhold.Length > 4_000_000 ? CompressionLevel.Fastest : CompressionLevel.Optimal);
            ny.LastWriteTime = tid;
            using var s = ny.Open();
            s.Write(indhold);
        }
        if (!kerneSkrevet) throw new InvalidOperationException("Regnearket mangler sine kerneegenskaber");
    }

    private static void IndsaetDiagrammer(List<(string Navn, byte[] Indhold)> indgange, IReadOnlyList<Linjediagram> diagrammer)
    {
        int Indeks(string navn) => indgange.FindIndex(e => e.Navn == navn);
        byte[] Hent(string navn) => indgange[Indeks(navn)].Indhold;
        var typer = Indeks("[Content_Types].xml");
        if (typer < 0) throw new InvalidOperationException("Regnearket mangler [Content_Types].xml");
        var typerIndhold = indgange[typer].Indhold;
        indgange.RemoveAt(typer);

        var workbook = XDocument.Load(new MemoryStream(Hent("xl/workbook.xml")));
        var wbRelationer = XDocument.Load(new MemoryStream(Hent("xl/_rels/workbook.xml.rels")));
        var nyeTyper = new List<(string Del, string Type)>();
        int tegningNr = 0, diagramNr = 0;
        foreach (var gruppe in diagrammer.GroupBy(d => d.Ark))
        {
            var arkSti = ArkSti(workbook, wbRelationer, gruppe.Key);

            var tegningSti = $"xl/drawings/drawing{++tegningNr}.xml";
            var liste = gruppe.ToList();
            var diagramStier = new List<string>();
            for (var i = 0; i < liste.Count; i++)
            {
                var sti = $"xl/drawings/charts/chart{++diagramNr}.xml";
                diagramStier.Add(sti);
                indgange.Add((sti, Gem(DiagramXml.Diagram(liste[i], i + 1))));
            }
            indgange.Insert(indgange.Count - liste.Count, (tegningSti, Gem(DiagramXml.Tegning(liste))));
            indgange.Add(($"xl/drawings/_rels/drawing{tegningNr}.xml.rels",
                Relationer(diagramStier.Select((sti, i) => (DiagramType, "/" + sti, $"rIdDiagram{i + 1}")))));
            nyeTyper.Add(("/" + tegningSti, "application/vnd.openxmlformats-officedocument.drawing+xml"));
            nyeTyper.AddRange(diagramStier.Select(sti => ("/" + sti, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")));

            var arkRelSti = arkSti.Insert(arkSti.LastIndexOf('/') + 1, "_rels/") + ".rels";
            if (Indeks(arkRelSti) >= 0)
                throw new InvalidOperationException($"Arket {gruppe.Key} har allerede relationer; diagrammer kræver et ark uden tabeller og noter");
            indgange.Add((arkRelSti, Relationer([(TegningType, "/" + tegningSti, "rIdTegning")])));
            var arkIndeks = Indeks(arkSti);
            indgange[arkIndeks] = (arkSti, MedTegning(indgange[arkIndeks].Indhold));
        }

        var ct = XDocument.Load(new MemoryStream(typerIndhold));
        foreach (var (del, type) in nyeTyper)
            ct.Root!.Add(new XElement(Ct + "Override", new XAttribute("PartName", del), new XAttribute("ContentType", type)));
        indgange.Add(("[Content_Types].xml", Gem(ct)));
    }

    /// <summary>The zip path of a named sheet's part, through workbook.xml and its relationships.</summary>
    internal static string ArkSti(XDocument workbook, XDocument relationer, string ark)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var id = (string?)workbook.Root!.Element(main + "sheets")!.Elements(main + "sheet")
            .Single(e => (string?)e.Attribute("name") == ark).Attribute(r + "id");
        var maal = (string)relationer.Root!.Elements(Rel + "Relationship").Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!;
        return maal.StartsWith('/') ? maal[1..] : "xl/" + maal;
    }

    /// <summary>The element prefix ClosedXML writes the worksheet with ("" or "x:").</summary>
    internal static string Praefiks(string arkXml)
    {
        var rod = arkXml.IndexOf("worksheet ", StringComparison.Ordinal);
        return arkXml[(arkXml.LastIndexOf('<', rod) + 1)..rod];
    }

    /// <summary>
    /// The worksheet with &lt;drawing&gt; before legacyDrawing/tableParts/extLst (the schema's fixed
    /// order). Text insertion keeps ClosedXML's serialisation of everything else byte for byte.
    /// </summary>
    private static byte[] MedTegning(byte[] ark)
    {
        var xml = System.Text.Encoding.UTF8.GetString(ark);
        var praefiks = Praefiks(xml);
        var tegning = $"<{praefiks}drawing r:id=\"rIdTegning\" />";
        if (!xml.Contains("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"", StringComparison.Ordinal))
            throw new InvalidOperationException("Arket erklærer ikke relationsnavnerummet r");
        var efter = new[] { "legacyDrawing ", "legacyDrawingHF ", "picture ", "oleObjects>", "controls>", "webPublishItems ", "tableParts ", "extLst>", "worksheet>" }
            .Select(e => xml.IndexOf((e == "worksheet>" ? "</" : "<") + praefiks + e, StringComparison.Ordinal))
            .Where(i => i >= 0).Min();
        return System.Text.Encoding.UTF8.GetBytes(xml.Insert(efter, tegning));
    }

    private static byte[] Relationer(IEnumerable<(string Type, string Maal, string Id)> relationer)
    {
        var sb = new System.Text.StringBuilder("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (type, maal, id) in relationer)
            sb.Append($"<Relationship Type=\"{type}\" Target=\"{maal}\" Id=\"{id}\" />");
        return System.Text.Encoding.UTF8.GetBytes(sb.Append("</Relationships>").ToString());
    }

    private static byte[] Laes(ZipArchiveEntry indgang)
    {
        using var s = indgang.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    private static byte[] Gem(XDocument xml)
    {
        using var m = new MemoryStream();
        xml.Save(m, System.Xml.Linq.SaveOptions.DisableFormatting);
        return m.ToArray();
    }

    /// <summary>Package relationships: fixed ids in a fixed order, core properties at docProps/core.xml.</summary>
    private static byte[] PakkeRelationer(byte[] xml)
    {
        var doc = XDocument.Load(new MemoryStream(xml));
        var rod = doc.Root!;
        var relationer = rod.Elements(Rel + "Relationship").ToList();
        foreach (var r in relationer) r.Remove();
        if (!relationer.Any(r => (string?)r.Attribute("Type") == KerneType))
            relationer.Add(new XElement(Rel + "Relationship", new XAttribute("Type", KerneType)));
        var i = 1;
        foreach (var r in relationer.OrderBy(r => (string?)r.Attribute("Type"), StringComparer.Ordinal))
        {
            if ((string?)r.Attribute("Type") == KerneType) r.SetAttributeValue("Target", "/" + KerneSti);
            r.SetAttributeValue("Id", "rIdPakke" + i++);
            rod.Add(r);
        }
        return Gem(doc);
    }

    private static byte[] Indholdstyper(byte[] xml)
    {
        var doc = XDocument.Load(new MemoryStream(xml));
        var rod = doc.Root!;
        rod.Elements(Ct + "Default").Where(e => (string?)e.Attribute("Extension") == "psmdcp").Remove();
        if (!rod.Elements(Ct + "Override").Any(e => (string?)e.Attribute("PartName") == "/" + KerneSti))
            rod.Add(new XElement(Ct + "Override", new XAttribute("PartName", "/" + KerneSti), new XAttribute("ContentType", KerneIndhold)));
        return Gem(doc);
    }
}
