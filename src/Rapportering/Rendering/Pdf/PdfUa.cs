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
        pdf.Info.Title = m.Titel;
        pdf.Info.Author = m.Forfatter;
        pdf.Info.Subject = m.Emne;
        pdf.Info.Keywords = string.Join(", ", m.Noegleord);
        pdf.Info.Creator = "Rapportering";
        pdf.Info.CreationDate = m.Oprettet.UtcDateTime;
        pdf.Info.ModificationDate = m.Oprettet.UtcDateTime;

        var xmp = new PdfDictionary(pdf);
        xmp.Elements.SetName("/Type", "/Metadata");
        xmp.Elements.SetName("/Subtype", "/XML");
        xmp.CreateStream(Encoding.UTF8.GetBytes(Xmp(m)));
        pdf.Internals.AddObject(xmp);
        pdf.Internals.Catalog.Elements.SetReference("/Metadata", xmp);
    }

    private static string Xmp(RapportMetadata m)
    {
        static string E(string s) => SecurityElement.Escape(s);
        var dato = m.Oprettet.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"""
            <?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{E(m.Titel)}</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>{E(m.Forfatter)}</rdf:li></rdf:Seq></dc:creator>
               <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{E(m.Emne)}</rdf:li></rdf:Alt></dc:description>
               <dc:language><rdf:Bag><rdf:li>{E(m.Sprog)}</rdf:li></rdf:Bag></dc:language>
               <pdf:Keywords>{E(string.Join(", ", m.Noegleord))}</pdf:Keywords>
               <pdf:Producer>Rapportering (PDFsharp)</pdf:Producer>
               <xmp:CreatorTool>Rapportering</xmp:CreatorTool>
               <xmp:CreateDate>{dato}</xmp:CreateDate>
               <xmp:ModifyDate>{dato}</xmp:ModifyDate>
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }
}
