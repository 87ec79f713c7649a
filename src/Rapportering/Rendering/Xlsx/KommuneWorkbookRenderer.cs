using Rapportering.Input.Kontrakt;
using ClosedXML.Excel;
using Rapportering.Figures;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The kommune workbook (`--format xlsx`): a front sheet, one sheet per area with an Excel table
/// over the export's rows, definitions, data quality and native line charts. It shows the
/// export's numbers at full precision; it computes nothing but chart layout.
/// </summary>
public sealed class KommuneWorkbookRenderer
{
    public const string Forside = "Forside";
    public const string Diagrammer = "Diagrammer";
    public const string Definitioner = "Definitioner";
    public const string Datakvalitet = "Datakvalitet";

    /// <summary>Rows above an area table: title, note, blank. The table header is the row after.</summary>
    internal const int TabelOverskriftRaekke = 4;

    public void Render(WorkbookInput input, Stream ud)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ud);

        using var wb = new XLWorkbook();
        var forside = wb.AddWorksheet(Forside);
        var indhold = new List<(string Ark, string Beskrivelse)>();

        foreach (var omraade in Enum.GetValues<Omraade>())
        {
            var raekker = input.Eksport.Observationer.Where(o => Katalog.Hent(o.Noegletal).Omraade == omraade).ToList();
            if (raekker.Count == 0) continue;
            var navn = XlsxFormat.Arknavn(omraade);
            OmraadeArk(wb.AddWorksheet(navn), navn, input, raekker);
            indhold.Add((navn, $"{raekker.Count} rækker: " + string.Join(", ", raekker.Select(o => Katalog.Hent(o.Noegletal).Navn).Distinct())));
        }

        var diagrammer = DiagramArk.Byg(wb.AddWorksheet(Diagrammer), input.Eksport);
        indhold.Add((Diagrammer, diagrammer.Count == 0
            ? "Ingen serier at vise"
            : "Udviklingen over tid som Excel-diagrammer over tallene på arket"));
        DefinitionerArk(wb.AddWorksheet(Definitioner));
        indhold.Add((Definitioner, "Nøgletallenes navne, definitioner, enheder og ønsket retning"));
        DatakvalitetArk(wb.AddWorksheet(Datakvalitet), input.Eksport.Datakvalitet, input.Tekster);
        indhold.Add((Datakvalitet, "Rækker, der er udeladt, fordi de bryder datakontrakten"));

        ForsideArk(forside, input, indhold);

        var titel = $"Nøgletal, økonomi og trivsel – {input.KommuneNavn}, {Formatering.Dato(input.Skaeringsdato.Dato)}";
        Pakke.Gem(wb, ud, diagrammer, new Kerneegenskaber(titel, input.KommuneNavn, input.Dannet));
    }

    private static void ForsideArk(IXLWorksheet ark, WorkbookInput input, List<(string Ark, string Beskrivelse)> indhold)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), "Nøgletal, økonomi og trivsel", 16);
        var felter = new (string Navn, Action<IXLCell> Skriv)[]
        {
            ("Kommune", c => XlsxFormat.Tekst(c, $"{input.KommuneNavn} ({input.Eksport.Kommune})")),
            ("Skæringsdato", c => Dato(c, input.Skaeringsdato.Dato.ToDateTime(TimeOnly.MinValue), XlsxFormat.LangDato)),
            ("Data pr.", c => Dato(c, input.DataPr.ToDateTime(TimeOnly.MinValue), XlsxFormat.LangDato)),
            ("Dannet", c => Dato(c, input.Dannet.DateTime, XlsxFormat.Tidsstempel)),
            ("Prisår (faste priser)", c => { c.SetValue(input.Eksport.Prisaar); c.Style.NumberFormat.Format = XlsxFormat.Aar; }),
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
        XlsxFormat.Overskrift(ark.Cell(r++, 1), "Indhold", 12);
        foreach (var (navn, beskrivelse) in indhold)
        {
            XlsxFormat.Hyperlink(ark.Cell(r, 1), navn, navn);
            XlsxFormat.Tekst(ark.Cell(r, 2), beskrivelse);
            r++;
        }

        r++;
        XlsxFormat.Overskrift(ark.Cell(r++, 1), "Sådan læses tallene", 12);
        foreach (var linje in (string[])
        [
            "Tallene står med fuld præcision; visningen afrunder. Periode er en skæringsdato, et regnskabsår eller et skoleår.",
            .. Formatering.Fodnoter([Hul.UndertryktAntal, Hul.UndertryktVaerdi], input.Tekster),
            "Foreløbig = \"Ja\" markerer tal fra forventet regnskab. En tom celle betyder, at data mangler (ikke nul).",
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

    private static void OmraadeArk(IXLWorksheet ark, string navn, WorkbookInput input, List<Observation> raekker)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), $"{navn} – {input.KommuneNavn}, {Formatering.Dato(input.Skaeringsdato.Dato)}");
        XlsxFormat.Tekst(ark.Cell(2, 1), "Fuld præcision; visningen afrunder. " + ObservationKolonner.Maerkenote(input.Tekster));
        ark.Cell(2, 1).Style.Font.Italic = true;

        var h = TabelOverskriftRaekke;
        var bredder = new Kolonnebredder();
        ObservationKolonner.SkrivOverskrifter(ark, h, 1, bredder);
        for (var i = 0; i < raekker.Count; i++)
            ObservationKolonner.Skriv(ark, h + 1 + i, 1, raekker[i], input.Tekster, bredder);

        var tabel = ark.Range(h, 1, h + raekker.Count, ObservationKolonner.Overskrifter.Count)
            .CreateTable("Tabel_" + TabelNavn(navn));
        tabel.Theme = XLTableTheme.TableStyleMedium2;
        tabel.ShowRowStripes = true;
        tabel.ShowAutoFilter = true;
        ark.SheetView.FreezeRows(h);
        XlsxFormat.TabelOverskrift(ark, h, ObservationKolonner.Overskrifter.Count);
        bredder.Saet(ark);
    }

    /// <summary>Table names must be ASCII-safe identifiers; sheet names may hold Danish letters.</summary>
    internal static string TabelNavn(string arknavn) =>
        arknavn.Replace("Ø", "Oe").Replace("ø", "oe").Replace("Æ", "Ae").Replace("æ", "ae").Replace("Å", "Aa").Replace("å", "aa").Replace(' ', '_');

    private static void DefinitionerArk(IXLWorksheet ark)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), "Definitioner");
        XlsxFormat.Tekst(ark.Cell(2, 1), "Hvert nøgletal er defineret én gang; alle rapporter og regneark bruger disse definitioner.");
        ark.Cell(2, 1).Style.Font.Italic = true;
        string[] kolonner = ["Nøgletal (id)", "Navn", "Område", "Definition", "Enhed", "Ønsket retning", "Opdelinger"];
        var h = TabelOverskriftRaekke;
        for (var i = 0; i < kolonner.Length; i++) XlsxFormat.Tekst(ark.Cell(h, i + 1), kolonner[i]);
        var r = h + 1;
        foreach (var f in Katalog.Alle)
        {
            XlsxFormat.Tekst(ark.Cell(r, 1), f.Id.Kode);
            XlsxFormat.Tekst(ark.Cell(r, 2), f.Navn);
            XlsxFormat.Tekst(ark.Cell(r, 3), XlsxFormat.Arknavn(f.Omraade));
            XlsxFormat.Tekst(ark.Cell(r, 4), f.Definition);
            XlsxFormat.Tekst(ark.Cell(r, 5), f.EnhedTekst);
            XlsxFormat.Tekst(ark.Cell(r, 6), XlsxFormat.RetningTekst(f.GodRetning));
            XlsxFormat.Tekst(ark.Cell(r, 7), string.Join(", ", f.Opdelinger.Select(Katalog.OpdelingNavn)));
            r++;
        }
        var tabel = ark.Range(h, 1, r - 1, kolonner.Length).CreateTable("Tabel_Definitioner");
        tabel.Theme = XLTableTheme.TableStyleMedium2;
        ark.SheetView.FreezeRows(h);
        XlsxFormat.TabelOverskrift(ark, h, kolonner.Length);
        XlsxFormat.Kolonnebredder(ark, h, max: 45);
        ark.Column(4).Width = 90;
        ark.Column(4).Style.Alignment.WrapText = true;
        ark.Column(7).Style.Alignment.WrapText = true;
        ark.Range(h + 1, 1, r - 1, kolonner.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
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

    private static void DatakvalitetArk(IXLWorksheet ark, IReadOnlyList<DatakvalitetFund> fund, Templates.RapportTekster tekster)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), "Datakvalitet");
        XlsxFormat.Tekst(ark.Cell(2, 1), "Rækker, der bryder datakontrakten, er udeladt af beregningerne og tælles her.");
        ark.Cell(2, 1).Style.Font.Italic = true;
        var h = TabelOverskriftRaekke;
        if (fund.Count == 0)
        {
            XlsxFormat.Tekst(ark.Cell(h, 1), "Ingen rækker er udeladt.");
            ark.Column(1).Width = 40;
            return;
        }
        string[] kolonner = ["View", "Kolonne", "Regel", "Antal rækker", "Hvad er gjort", "Beskrivelse"];
        for (var i = 0; i < kolonner.Length; i++) XlsxFormat.Tekst(ark.Cell(h, i + 1), kolonner[i]);
        for (var i = 0; i < fund.Count; i++)
        {
            XlsxFormat.Tekst(ark.Cell(h + 1 + i, 1), fund[i].View ?? "");
            XlsxFormat.Tekst(ark.Cell(h + 1 + i, 2), fund[i].Kolonne ?? "");
            XlsxFormat.Tekst(ark.Cell(h + 1 + i, 3), fund[i].Regel);
            ark.Cell(h + 1 + i, 4).SetValue(fund[i].Antal);
            ark.Cell(h + 1 + i, 4).Style.NumberFormat.Format = XlsxFormat.Heltal;
            XlsxFormat.Tekst(ark.Cell(h + 1 + i, 5), tekster.Hent($"bilag.datakvalitet_behandling.{fund[i].Behandling.Ord()}"));
            XlsxFormat.Tekst(ark.Cell(h + 1 + i, 6), fund[i].Beskrivelse);
        }
        var tabel = ark.Range(h, 1, h + fund.Count, kolonner.Length).CreateTable("Tabel_Datakvalitet");
        tabel.Theme = XLTableTheme.TableStyleMedium2;
        ark.SheetView.FreezeRows(h);
        XlsxFormat.TabelOverskrift(ark, h, kolonner.Length);
        XlsxFormat.Kolonnebredder(ark, h, max: 90);
    }
}
