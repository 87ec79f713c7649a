using System.Globalization;
using System.Security;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>
/// The document-level parts of PDF/UA-1: info and XMP metadata with the title and
/// <c>pdfuaid:part</c> 1, the language, the title in the viewer's title bar. The structure tree
/// itself is built where elements are drawn (Layout/Canvas.cs).
/// </summary>
internal static class PdfUa
{
    public static void Metadata(PdfDocument pdf, RapportMetadata m)
    {
        var ua = UAManager.ForDocument(pdf);
        ua.SetDocumentLanguage(m.Sprog);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        // Saving is a third of the PDF step; fastest deflate costs about a tenth more bytes.
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        pdf.Info.Title = m.Titel;
        pdf.Info.Author = m.Forfatter;
        pdf.Info.Subject = m.Emne;
        pdf.Info.Keywords = string.Join(", ", m.Noegleord);
        pdf.Info.Creator = "Rapportering";
        pdf.Info.CreationDate = m.Oprettet.UtcDateTime;
        pdf.Info.ModificationDate = m.Oprettet.UtcDateTime;

    }

    /// <summary>
    /// PDFsharp 6.2 writes its own XMP packet when it saves (without <c>pdfuaid:part</c>, with
    /// random ids) and offers no way to keep ours; the packet is stored uncompressed, so it is
    /// replaced in the saved bytes by ours, padded with spaces to the same length (XMP allows
    /// trailing padding), which leaves every object offset as it was.
    /// </summary>
    public static void MedXmp(Span<byte> pdf, RapportMetadata m)
    {
        var start = IndexOf(pdf, "<?xpacket begin=", 0);
        var endTag = Encoding.ASCII.GetBytes("<?xpacket end=\"w\"?>");
        var end = start < 0 ? -1 : IndexOf(pdf, "<?xpacket end=", start);
        if (start < 0 || end < 0) throw new InvalidOperationException("PDFsharp skrev ingen XMP-metadata");
        var ours = Encoding.UTF8.GetBytes(Xmp(m));
        var room = end + endTag.Length - start;
        if (ours.Length + endTag.Length > room) throw new InvalidOperationException("XMP-metadataen er længere end PDFsharps");
        var body = ours.AsSpan(0, ours.Length - endTag.Length);
        body.CopyTo(pdf[start..]);
        pdf.Slice(start + body.Length, room - body.Length - endTag.Length).Fill((byte)' ');
        endTag.CopyTo(pdf[(start + room - endTag.Length)..]);
    }

    private static int IndexOf(ReadOnlySpan<byte> data, string ascii, int from) =>
        data[from..].IndexOf(Encoding.ASCII.GetBytes(ascii)) is var i && i >= 0 ? from + i : -1;

    /// <summary>
    /// The same document gives the same bytes: PDFsharp draws the file /ID, the six-letter tag
    /// of each font subset ("ABCDEF+DejaVu Sans") and a link's name from new GUIDs and stamps
    /// links with the clock; ID and tags are made from the content instead (the metadata for
    /// the ID, the font's own name for its tag), the links' name and stamp left out.
    /// </summary>
    public static void Fastlaas(PdfDocument pdf, RapportMetadata m)
    {
        var id = Hash($"{m.Titel}|{m.Forfatter}|{m.Oprettet:O}");
        var tegn = string.Concat(Enumerable.Range(0, 16).Select(i => (char)((id >> (i * 4 % 64)) & 0xFF)));
        pdf.Internals.FirstDocumentID = tegn;
        pdf.Internals.SecondDocumentID = tegn;
        foreach (var o in pdf.Internals.GetAllObjects())
        {
            if (o is not PdfDictionary d) continue;
            switch (d.Elements.GetName("/Type"))
            {
                case "/Font":
                    SetSubsetTag(d, "/BaseFont");
                    break;
                case "/FontDescriptor":
                    SetSubsetTag(d, "/FontName");
                    break;
                case "/Annot":
                    // A link annotation gets a GUID name (/NM) and the clock's time (/M); both are optional.
                    d.Elements.Remove("/NM");
                    d.Elements.Remove("/M");
                    break;
            }
        }
    }

    /// <summary>A subset's tag from the font's own name; the PostScript form of the name ("DejaVuSans,Bold") has no spaces.</summary>
    private static void SetSubsetTag(PdfDictionary d, string key)
    {
        var navn = d.Elements.GetName(key).Replace(" ", "", StringComparison.Ordinal);
        if (navn.Length > 8 && navn[7] == '+' && navn[1..7].All(char.IsAsciiLetterUpper))
            d.Elements.SetName(key, "/" + Tag(navn[8..]) + navn[7..]);
    }

    private static string Tag(string navn)
    {
        var h = Hash(navn);
        return string.Concat(Enumerable.Range(0, 6).Select(i => (char)('A' + (int)((h >> (i * 8)) % 26))));
    }

    /// <summary>FNV-1a, 64 bit: stable across runs and machines (string.GetHashCode is not).</summary>
    private static ulong Hash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>Compact (no indentation) so it fits in the room of PDFsharp's packet.</summary>
    private static string Xmp(RapportMetadata m)
    {
        static string E(string s) => SecurityElement.Escape(s);
        var dato = m.Oprettet.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
            + $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Titel)}</rdf:li></rdf:Alt></dc:title>"
            + $"<dc:creator><rdf:Seq><rdf:li>{E(m.Forfatter)}</rdf:li></rdf:Seq></dc:creator>"
            + $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Emne)}</rdf:li></rdf:Alt></dc:description>"
            + $"<dc:language><rdf:Bag><rdf:li>{E(m.Sprog)}</rdf:li></rdf:Bag></dc:language>"
            + $"<pdf:Keywords>{E(string.Join(", ", m.Noegleord))}</pdf:Keywords><pdf:Producer>PDFsharp 6.2.4</pdf:Producer>"
            + $"<xmp:CreatorTool>Rapportering</xmp:CreatorTool><xmp:CreateDate>{dato}</xmp:CreateDate><xmp:ModifyDate>{dato}</xmp:ModifyDate>"
            + "<pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }
}
