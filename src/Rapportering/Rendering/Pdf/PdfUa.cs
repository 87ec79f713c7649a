using System.Globalization;
using System.Security;
using System.Text;
using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>
/// The document-level parts of PDF/UA-1 from the report's metadata: the Info dictionary's
/// entries, the language, and the XMP packet with the title and <c>pdfuaid:part</c> 1. The
/// structure tree itself is built where elements are drawn (Layout/Canvas.cs).
/// </summary>
internal static class PdfUa
{
    public const string Producent = "Rapportering";

    public static DocumentInfo Info(RapportMetadata m) =>
        new(m.Titel, m.Forfatter, m.Emne, string.Join(", ", m.Noegleord), Producent, m.Oprettet, m.Sprog, Encoding.UTF8.GetBytes(Xmp(m)));

    private static string Xmp(RapportMetadata m)
    {
        static string E(string s) => SecurityElement.Escape(s);
        var dato = m.Oprettet.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
            + $"<dc:format>application/pdf</dc:format>"
            + $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Titel)}</rdf:li></rdf:Alt></dc:title>"
            + $"<dc:creator><rdf:Seq><rdf:li>{E(m.Forfatter)}</rdf:li></rdf:Seq></dc:creator>"
            + $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Emne)}</rdf:li></rdf:Alt></dc:description>"
            + $"<dc:language><rdf:Bag><rdf:li>{E(m.Sprog)}</rdf:li></rdf:Bag></dc:language>"
            + $"<pdf:Keywords>{E(string.Join(", ", m.Noegleord))}</pdf:Keywords><pdf:Producer>{Producent}</pdf:Producer>"
            + $"<xmp:CreatorTool>{Producent}</xmp:CreatorTool><xmp:CreateDate>{dato}</xmp:CreateDate><xmp:ModifyDate>{dato}</xmp:ModifyDate>"
            + "<pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }
}
