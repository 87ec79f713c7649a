using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rapportering.Rendering.Xlsx;

/// <summary>The workbook's core properties, all from the input: no clock, no user name.</summary>
internal sealed record Kerneegenskaber(string Titel, string Forfatter, DateTimeOffset Tidspunkt);

/// <summary>
/// Saving in three steps: ClosedXML writes the cells; the Open XML SDK adds the chart parts
/// ClosedXML cannot make; a last pass makes the package deterministic (System.IO.Packaging names
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
        if (diagrammer.Count > 0) IndsaetDiagrammer(buffer, diagrammer);
        Normaliser(buffer, ud, egenskaber);
    }

    private static void IndsaetDiagrammer(MemoryStream pakke, IReadOnlyList<Linjediagram> diagrammer)
    {
        pakke.Position = 0;
        using var doc = SpreadsheetDocument.Open(pakke, true);
        var wbPart = doc.WorkbookPart ?? throw new InvalidOperationException("Regnearket mangler sin workbook-del");
        foreach (var gruppe in diagrammer.GroupBy(d => d.Ark))
        {
            var ark = wbPart.Workbook.Descendants<Sheet>().Single(s => s.Name?.Value == gruppe.Key);
            var wsPart = (WorksheetPart)wbPart.GetPartById(ark.Id!.Value!);
            var tegningPart = wsPart.AddNewPart<DrawingsPart>("rIdTegning");
            var liste = gruppe.ToList();
            for (var i = 0; i < liste.Count; i++)
            {
                var diagramPart = tegningPart.AddNewPart<ChartPart>($"rIdDiagram{i + 1}");
                Skriv(diagramPart, DiagramXml.Diagram(liste[i], i + 1));
            }
            Skriv(tegningPart, DiagramXml.Tegning(liste));

            // <drawing> goes before legacyDrawing/tableParts/extLst in the worksheet's fixed order.
            var ws = wsPart.Worksheet;
            var tegning = new Drawing { Id = "rIdTegning" };
            var efter = ws.ChildElements.FirstOrDefault(e =>
                e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture or OleObjects or Controls
                    or WebPublishItems or TableParts or WorksheetExtensionList);
            if (efter is null) ws.Append(tegning); else ws.InsertBefore(tegning, efter);
            ws.Save();
        }
    }

    private static void Skriv(OpenXmlPart part, XDocument xml)
    {
        using var s = new MemoryStream();
        xml.Save(s, System.Xml.Linq.SaveOptions.DisableFormatting);
        s.Position = 0;
        part.FeedData(s);
    }

    private static void Normaliser(MemoryStream ind, Stream ud, Kerneegenskaber egenskaber)
    {
        ind.Position = 0;
        var tid = new DateTimeOffset(egenskaber.Tidspunkt.DateTime, TimeSpan.Zero);
        using var laes = new ZipArchive(ind, ZipArchiveMode.Read, leaveOpen: true);
        using var skriv = new ZipArchive(ud, ZipArchiveMode.Create, leaveOpen: true);
        var kerneSkrevet = false;
        foreach (var indgang in laes.Entries)
        {
            var navn = indgang.FullName;
            byte[] indhold;
            if (navn.EndsWith(".psmdcp", StringComparison.Ordinal) || navn == KerneSti)
            {
                if (kerneSkrevet) continue;
                navn = KerneSti;
                indhold = Kerne(egenskaber);
                kerneSkrevet = true;
            }
            else if (navn == "_rels/.rels") indhold = PakkeRelationer(Laes(indgang));
            else if (navn == "[Content_Types].xml") indhold = Indholdstyper(Laes(indgang));
            else indhold = Laes(indgang);

            var ny = skriv.CreateEntry(navn, CompressionLevel.Optimal);
            ny.LastWriteTime = tid;
            using var s = ny.Open();
            s.Write(indhold);
        }
        if (!kerneSkrevet) throw new InvalidOperationException("Regnearket mangler sine kerneegenskaber");
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

    private static byte[] Kerne(Kerneegenskaber e)
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
