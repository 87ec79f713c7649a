using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;

namespace Rapportering.Rendering.Xlsx;

/// <summary>The workbook's core properties, all from the input: no clock, no user name.</summary>
internal sealed record Kerneegenskaber(string Titel, string Forfatter, DateTimeOffset Tidspunkt);

/// <summary>
/// Saving in two steps: ClosedXML writes the cells; one pass over its zip adds the chart parts
/// ClosedXML cannot make and makes the package deterministic (System.IO.Packaging names
/// the core-properties part and the package relationships with random GUIDs and stamps zip
/// entries with the wall clock).
/// </summary>
internal static class Pakke
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
                indhold = Kerne(egenskaber);
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

    /// <summary>docProps/core.xml; the streamed workbook (<see cref="StroemPakke"/>) writes the same.</summary>
    internal static byte[] Kerne(Kerneegenskaber e)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var tid = e.Tidspunkt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        XElement Tid(string navn) => new(dcterms + navn, new XAttribute(xsi + "type", "dcterms:W3CDTF"), tid);
        return Gem(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc),
                new XAttribute(XNamespace.Xmlns + "dcterms", dcterms), new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement(dc + "title", e.Titel), new XElement(dc + "creator", e.Forfatter),
                new XElement(cp + "lastModifiedBy", e.Forfatter), Tid("created"), Tid("modified"))));
    }
}
