using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Writes <see cref="StroemCeller"/> rows straight into a saved sheet's XML (inline strings,
/// numbers, date serials), with the cell formats they need appended to ClosedXML's stylesheet.
/// ClosedXML has written the sheet's other rows, its columns, table and filter; only
/// &lt;sheetData&gt; and &lt;dimension&gt; change.
/// </summary>
internal static class StroemRaekker
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Indsaet(List<(string Navn, byte[] Indhold)> indgange, IReadOnlyList<StroemCeller> stroem)
    {
        int Indeks(string navn) => indgange.FindIndex(e => e.Navn == navn);
        var workbook = XDocument.Load(new MemoryStream(indgange[Indeks("xl/workbook.xml")].Indhold));
        var relationer = XDocument.Load(new MemoryStream(indgange[Indeks("xl/_rels/workbook.xml.rels")].Indhold));
        var stilIndeks = Indeks("xl/styles.xml");
        var stile = XDocument.Load(new MemoryStream(indgange[stilIndeks].Indhold));
        var stilNr = new Dictionary<(string? Format, bool Hoejre, bool Centreret), int>();

        foreach (var s in stroem)
        {
            var sti = Pakke.ArkSti(workbook, relationer, s.Ark);
            var i = Indeks(sti);
            indgange[i] = (sti, MedRaekker(indgange[i].Indhold, s, c => Stil(stile, stilNr, c)));
        }
        using var m = new MemoryStream();
        stile.Save(m, SaveOptions.DisableFormatting);
        indgange[stilIndeks] = ("xl/styles.xml", m.ToArray());
    }

    /// <summary>The cellXfs index of a cell's format and alignment, appended to the stylesheet the first time.</summary>
    private static int Stil(XDocument stile, Dictionary<(string?, bool, bool), int> nr, StroemCelle c)
    {
        var noegle = (c.Tekst is null ? c.Format : null, c.Hoejre, c.Centreret);
        if (nr.TryGetValue(noegle, out var n)) return n;
        var rod = stile.Root!;
        var formatId = 0;
        if (noegle.Item1 is { Length: > 0 } format)
        {
            var numFmts = rod.Element(Main + "numFmts");
            if (numFmts is null) { numFmts = new XElement(Main + "numFmts"); rod.AddFirst(numFmts); }
            var fundet = numFmts.Elements(Main + "numFmt").FirstOrDefault(e => (string?)e.Attribute("formatCode") == format);
            if (fundet is not null) formatId = (int)fundet.Attribute("numFmtId")!;
            else
            {
                formatId = Math.Max(200, numFmts.Elements(Main + "numFmt").Select(e => (int)e.Attribute("numFmtId")!).DefaultIfEmpty(0).Max() + 1);
                numFmts.Add(new XElement(Main + "numFmt", new XAttribute("numFmtId", formatId), new XAttribute("formatCode", format)));
            }
            numFmts.SetAttributeValue("count", numFmts.Elements().Count());
        }
        var xfs = rod.Element(Main + "cellXfs")!;
        var xf = new XElement(Main + "xf", new XAttribute("numFmtId", formatId), new XAttribute("fontId", 0), new XAttribute("fillId", 0),
            new XAttribute("borderId", 0), new XAttribute("xfId", 0));
        if (formatId != 0) xf.Add(new XAttribute("applyNumberFormat", 1));
        if (c.Hoejre || c.Centreret)
        {
            xf.Add(new XAttribute("applyAlignment", 1));
            xf.Add(new XElement(Main + "alignment", new XAttribute("horizontal", c.Hoejre ? "right" : "center")));
        }
        xfs.Add(xf);
        xfs.SetAttributeValue("count", xfs.Elements().Count());
        return nr[noegle] = xfs.Elements().Count() - 1;
    }

    private static byte[] MedRaekker(byte[] ark, StroemCeller s, Func<StroemCelle, int> stil)
    {
        var xml = Encoding.UTF8.GetString(ark);
        var p = Pakke.Praefiks(xml);
        var slut = xml.IndexOf($"</{p}sheetData>", StringComparison.Ordinal);
        if (slut < 0) throw new InvalidOperationException($"Arket {s.Ark} har ingen rækker at fortsætte");
        var sb = new StringBuilder(s.Raekker.Count * 400);
        foreach (var (r, celler) in s.Raekker)
        {
            sb.Append('<').Append(p).Append("row r=\"").Append(r).Append("\">");
            foreach (var c in celler.OrderBy(c => c.Kolonne))
            {
                sb.Append('<').Append(p).Append("c r=\"").Append(Kolonne(c.Kolonne)).Append(r).Append("\" s=\"").Append(stil(c)).Append('"');
                if (c.Tekst is { } t)
                {
                    sb.Append(" t=\"inlineStr\"><").Append(p).Append("is><").Append(p).Append("t xml:space=\"preserve\">");
                    Escape(sb, t);
                    sb.Append("</").Append(p).Append("t></").Append(p).Append("is></").Append(p).Append("c>");
                }
                else
                    sb.Append("><").Append(p).Append('v').Append('>').Append(c.Tal.ToString("R", CultureInfo.InvariantCulture)).Append("</").Append(p).Append("v></").Append(p).Append("c>");
            }
            sb.Append("</").Append(p).Append("row>");
        }
        xml = xml.Insert(slut, sb.ToString());
        // The used range now reaches the last streamed row.
        var dim = xml.IndexOf($"<{p}dimension ref=\"", StringComparison.Ordinal);
        if (dim >= 0 && s.Raekker.Count > 0)
        {
            var fra = dim + $"<{p}dimension ref=\"".Length;
            var til = xml.IndexOf('"', fra);
            var start = xml[fra..til].Split(':')[0];
            xml = xml[..fra] + $"{start}:{Kolonne(s.SidsteKolonne)}{s.Raekker.Keys.Max()}" + xml[til..];
        }
        return Encoding.UTF8.GetBytes(xml);
    }

    private static string Kolonne(int k)
    {
        var navn = "";
        for (; k > 0; k = (k - 1) / 26) navn = (char)('A' + (k - 1) % 26) + navn;
        return navn;
    }

    private static void Escape(StringBuilder sb, string t)
    {
        foreach (var ch in t)
            sb.Append(ch switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ when ch < ' ' && ch != '\t' && ch != '\n' => "", _ => ch.ToString() });
    }
}
