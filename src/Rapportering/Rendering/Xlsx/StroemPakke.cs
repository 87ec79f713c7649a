using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Rapportering.Rendering.Xlsx;

/// <summary>The workbook's core properties, all from the input: no clock, no user name.</summary>
internal sealed record Kerneegenskaber(string Titel, string Forfatter, DateTimeOffset Tidspunkt);

/// <summary>
/// A workbook written straight as its package (the comparison workbook: ClosedXML spent ~15 s
/// on 95.000 tidy rows and a sheet per figure; this writes the same cells in well under a
/// second). Sheets (<see cref="StroemArk"/>), one shared-string table, one stylesheet
/// (<see cref="StroemStile"/>), tables, print titles and filter names, core properties from the
/// input; fixed entry order and time stamps, so the same input gives the same bytes.
/// </summary>
internal sealed class StroemPakke
{
    private readonly List<StroemArk> _ark = [];
    private readonly Dictionary<string, int> _strengNr = new(StringComparer.Ordinal);
    private readonly List<string> _strenge = [];
    private int _strengBrug;

    /// <summary>Characters a sheet's writer holds: under the large-object heap's 85.000 bytes (a kommune
    /// workbook has ~20 sheets, each with two writers; 64 K characters each were 5 MB of large objects a render).</summary>
    internal const int Buffer = 1 << 13;

    public StroemStile Stile { get; } = new();
    public string? ForsteArk => _ark.Count > 0 ? _ark[0].Navn : null;

    public StroemArk NytArk(string navn)
    {
        var ark = new StroemArk(navn, this);
        _ark.Add(ark);
        return ark;
    }

    // Most texts are the same instances row after row (a figure's name, a kommune's, "Ja"): found by reference before hashing.
    private readonly Dictionary<string, int> _instansNr = new(ReferenceEqualityComparer.Instance);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int Streng(string s)
    {
        _strengBrug++;
        if (_instansNr.TryGetValue(s, out var n)) return n;
        if (!_strengNr.TryGetValue(s, out n))
        {
            _strenge.Add(s);
            _strengNr[s] = n = _strenge.Count - 1;
        }
        if (_instansNr.Count < 100_000) _instansNr[s] = n;
        return n;
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    public void Gem(Stream ud, Kerneegenskaber egenskaber)
    {
        var tid = new DateTimeOffset(egenskaber.Tidspunkt.DateTime, TimeSpan.Zero);
        using var zip = new ZipArchive(ud, ZipArchiveMode.Create, leaveOpen: true);
        void Indgang(string navn, Action<Stream> skriv, bool stor = false)
        {
            var e = zip.CreateEntry(navn, stor ? CompressionLevel.Fastest : CompressionLevel.Optimal);
            e.LastWriteTime = tid;
            using var s = e.Open();
            skriv(s);
        }
        void Bytes(string navn, string indhold) => Indgang(navn, s => s.Write(Encoding.UTF8.GetBytes(indhold)));

        // Part numbers in sheet order: tables, notes (comments + VML) and drawings (with their charts) each count on their own.
        var dele = new List<(StroemArk Ark, int Tabel, int Noter, int Tegning, int ForsteDiagram)>();
        int tabeller = 0, noter = 0, tegninger = 0, diagrammer = 0;
        foreach (var a in _ark)
        {
            dele.Add((a, a.Tabel is null ? 0 : ++tabeller, a.Noter.Count == 0 ? 0 : ++noter, a.Diagrammer.Count == 0 ? 0 : ++tegninger, diagrammer + 1));
            diagrammer += a.Diagrammer.Count;
        }
        var typer = new StringBuilder(Xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        if (noter > 0) typer.Append("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>");
        typer.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (var i = 1; i <= _ark.Count; i++)
            typer.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        for (var t = 1; t <= tabeller; t++)
            typer.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/tables/table{t}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml\"/>");
        for (var n = 1; n <= noter; n++)
            typer.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/comments{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>");
        for (var t = 1; t <= tegninger; t++)
            typer.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/drawings/drawing{t}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>");
        for (var d = 1; d <= diagrammer; d++)
            typer.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/drawings/charts/chart{d}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>");
        typer.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        Bytes("[Content_Types].xml", typer.ToString());
        Bytes("_rels/.rels", Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdPakke1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/xl/workbook.xml\"/>"
            + "<Relationship Id=\"rIdPakke2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"/docProps/core.xml\"/></Relationships>");
        Indgang("docProps/core.xml", s => s.Write(Kerne(egenskaber)));

        var wb = new StringBuilder(Xml + $"<workbook xmlns=\"{Main}\" xmlns:r=\"{RelNs}\"><bookViews><workbookView/></bookViews><sheets>");
        var navne = new StringBuilder();
        for (var i = 0; i < _ark.Count; i++)
        {
            var a = _ark[i];
            wb.Append("<sheet name=\"").Append(StroemArk.Escape(a.Navn)).Append(CultureInfo.InvariantCulture, $"\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
            var henvisning = StroemArk.Escape(StroemArk.Henvisning(a.Navn));
            if (a.Filter is var (ff, ft, fk))
                navne.Append(CultureInfo.InvariantCulture, $"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">{henvisning}!$A${ff}:${Kolonnenavn(fk)}${ft}</definedName>");
            if (a.Udskriftsraekke is { } u)
                navne.Append(CultureInfo.InvariantCulture, $"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{henvisning}!${u}:${u}</definedName>");
        }
        wb.Append("</sheets>");
        if (navne.Length > 0) wb.Append("<definedNames>").Append(navne).Append("</definedNames>");
        Bytes("xl/workbook.xml", wb.Append("</workbook>").ToString());

        var rel = new StringBuilder(Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= _ark.Count; i++)
            rel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
        rel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{_ark.Count + 1}\" Type=\"{RelNs}/styles\" Target=\"styles.xml\"/>");
        rel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{_ark.Count + 2}\" Type=\"{RelNs}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        Bytes("xl/_rels/workbook.xml.rels", rel.Append("</Relationships>").ToString());

        for (var i = 0; i < dele.Count; i++)
        {
            var (a, tabel, note, tegning, forsteDiagram) = dele[i];
            var relationer = new StroemArk.Relationer(tabel > 0 ? "rIdTabel" : null, tegning > 0 ? "rIdTegning" : null, note > 0 ? "rIdVml" : null);
            Indgang($"xl/worksheets/sheet{i + 1}.xml", s => a.SkrivXml(s, relationer), stor: a.SidsteRaekke > 2_000);
            if (relationer == default) continue;
            var arkRel = new StringBuilder(Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            if (tabel > 0) arkRel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdTabel\" Type=\"{RelNs}/table\" Target=\"../tables/table{tabel}.xml\"/>");
            if (note > 0)
                arkRel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdNoter\" Type=\"{RelNs}/comments\" Target=\"../comments{note}.xml\"/>")
                      .Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdVml\" Type=\"{RelNs}/vmlDrawing\" Target=\"../drawings/vmlDrawing{note}.vml\"/>");
            if (tegning > 0) arkRel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdTegning\" Type=\"{RelNs}/drawing\" Target=\"../drawings/drawing{tegning}.xml\"/>");
            Bytes($"xl/worksheets/_rels/sheet{i + 1}.xml.rels", arkRel.Append("</Relationships>").ToString());
            if (tabel > 0) Indgang($"xl/tables/table{tabel}.xml", s => s.Write(a.TabelXml(tabel)));
            if (note > 0)
            {
                Indgang($"xl/comments{note}.xml", s => s.Write(a.NoteXml()));
                Indgang($"xl/drawings/vmlDrawing{note}.vml", s => s.Write(a.VmlXml(note)));
            }
            if (tegning == 0) continue;
            Indgang($"xl/drawings/drawing{tegning}.xml", s => DiagramXml.Tegning(a.Diagrammer).Save(s, SaveOptions.DisableFormatting));
            var tegningRel = new StringBuilder(Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var d = 0; d < a.Diagrammer.Count; d++)
                tegningRel.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdDiagram{d + 1}\" Type=\"{RelNs}/chart\" Target=\"../drawings/charts/chart{forsteDiagram + d}.xml\"/>");
            Bytes($"xl/drawings/_rels/drawing{tegning}.xml.rels", tegningRel.Append("</Relationships>").ToString());
            for (var d = 0; d < a.Diagrammer.Count; d++)
            {
                var diagram = a.Diagrammer[d];
                var nr = d + 1;
                Indgang($"xl/drawings/charts/chart{forsteDiagram + d}.xml", s => DiagramXml.Diagram(diagram, nr).Save(s, SaveOptions.DisableFormatting));
            }
        }
        Indgang("xl/styles.xml", s => s.Write(Stile.Xml()));
        Indgang("xl/sharedStrings.xml", s =>
        {
            using var w = new StreamWriter(s, new UTF8Encoding(false), StroemPakke.Buffer, leaveOpen: true);
            w.Write(Xml + $"<sst xmlns=\"{Main}\" count=\"{_strengBrug}\" uniqueCount=\"{_strenge.Count}\">");
            foreach (var t in _strenge)
            {
                w.Write(t.Length > 0 && (char.IsWhiteSpace(t[0]) || char.IsWhiteSpace(t[^1])) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                w.Write(StroemArk.Escape(t));
                w.Write("</t></si>");
            }
            w.Write("</sst>");
        }, stor: _strenge.Count > 2_000);
    }

    /// <summary>docProps/core.xml.</summary>
    internal static byte[] Kerne(Kerneegenskaber e)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var tid = e.Tidspunkt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        XElement Tid(string navn) => new(dcterms + navn, new XAttribute(xsi + "type", "dcterms:W3CDTF"), tid);
        using var m = new MemoryStream();
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc),
                new XAttribute(XNamespace.Xmlns + "dcterms", dcterms), new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement(dc + "title", e.Titel), new XElement(dc + "creator", e.Forfatter),
                new XElement(cp + "lastModifiedBy", e.Forfatter), Tid("created"), Tid("modified")))
            .Save(m, SaveOptions.DisableFormatting);
        return m.ToArray();
    }

    private static string Kolonnenavn(int k)
    {
        var a = StroemArk.Adresse(1, k);
        return a[..^1];
    }
}
