using PdfSharp.Pdf;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>Options of the PDF renderer. Skrifttype: a TTF file from the branding; null or unreadable = shipped DejaVu Sans.</summary>
public sealed record PdfRendererOptions(string? Skrifttype = null);

/// <summary>
/// Renders a <see cref="RapportDokument"/> to a tagged A4 PDF claiming PDF/UA-1 (PDFsharp):
/// cover, contents with links and page numbers, one section per page run, header (kommune,
/// title) and footer ("Side X af Y", date) as artifacts on every page after the cover,
/// bookmarks of the sections. The same document gives the same bytes: dates come from the
/// document's metadata, never the clock.
/// </summary>
public sealed class PdfRenderer(PdfRendererOptions? options = null)
{
    private const float Margin = 56.7f; // 2 cm
    private const string IndholdId = "indhold";

    /// <summary>PDFsharp saves into this, one per thread, reused: the file is then copied once, not
    /// grown and copied three times (each copy a large-object allocation the whole process pays for).</summary>
    [ThreadStatic] private static MemoryStream? _gemt;

    public byte[] Render(RapportDokument doc)
    {
        var ms = Gem(doc);
        var pdf = ms.GetBuffer().AsSpan(0, (int)ms.Length).ToArray();
        Slip(ms);
        return pdf;
    }

    public void Render(RapportDokument doc, Stream ud)
    {
        var ms = Gem(doc);
        ud.Write(ms.GetBuffer(), 0, (int)ms.Length);
        Slip(ms);
    }

    /// <summary>An unusually long report's buffer is not kept for the thread's next one.</summary>
    private static void Slip(MemoryStream ms)
    {
        if (ms.Capacity > 4 << 20) _gemt = null;
    }

    private MemoryStream Gem(RapportDokument doc)
    {
        var fonts = FontSet.Load(options?.Skrifttype);
        var tema = new PdfTema(doc.Forside.Primaerfarve, doc.Forside.Sekundaerfarve);
        var logo = new ImageElement(doc.Forside.LogoSti, 84);
        using var pdf = new PdfDocument();
        PdfUa.Metadata(pdf, doc.Metadata);
        DocumentGenerator.Generate(pass => Sider(doc, tema, fonts, logo, pass), fonts, pdf);
        PdfUa.Fastlaas(pdf, doc.Metadata);
        var ms = _gemt ??= new MemoryStream();
        ms.SetLength(0);
        pdf.Save(ms, closeStream: false);
        PdfUa.MedXmp(ms.GetBuffer().AsSpan(0, (int)ms.Length), doc.Metadata);
        return ms;
    }

    private static IReadOnlyList<PageSpec> Sider(RapportDokument doc, PdfTema tema, FontSet fonts, ImageElement logo, PassInfo pass)
    {
        var blokke = new PdfBlokke(tema, doc.Ramme);
        var indhold = new Column([Indhold(doc, tema, pass), .. doc.Afsnit.Select(blokke.Afsnit)], 0);
        var hoved = new PageSpec(indhold, PageSpec.A4, Margin, 34, Margin, 34,
            Header: _ => Sidehoved(doc, tema),
            Footer: page => Sidefod(doc, tema, page, pass));
        return [PdfForside.Side(doc.Forside, doc.Ramme, tema, logo), hoved];
    }

    /// <summary>The contents: a heading and a list whose items are links to the sections and sub-sections.</summary>
    private static Element Indhold(RapportDokument doc, PdfTema tema, PassInfo pass)
    {
        var linjer = new List<Element>();
        foreach (var afsnit in doc.Afsnit)
        {
            linjer.Add(IndholdLinje(afsnit.Id, afsnit.FuldOverskrift, tema.Broedtekst with { Size = 11, Bold = true }, 0, pass, top: 7));
            foreach (var u in afsnit.Blokke.OfType<Underoverskrift>().Where(u => u.Id is not null))
                linjer.Add(IndholdLinje(u.Id!, u.Tekst, tema.Broedtekst with { Size = 9.5f }, 16, pass, top: 1));
        }
        return new Column(
        [
            new Anchor(IndholdId, new Tagged("H1", new Paragraph(doc.Ramme.Indhold, tema.Overskrift1))),
            Drawing.Rule(tema.Primaer, 1.5f, spaceAbove: 5),
            Drawing.Spacer(8),
            new Tagged("L", new Column(linjer, 2)),
        ], 2);
    }

    private static Element IndholdLinje(string id, string tekst, TextStyle stil, float indryk, PassInfo pass, float top)
    {
        var side = pass.AnchorPages.TryGetValue(id, out var s) ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return new Padding(new Tagged("LI", new Link(id, tekst, new Row(
        [
            new RowItem(new Paragraph(tekst, stil)),
            new RowItem(new Paragraph(side, stil, TextAlign.Right), Fixed: 36),
        ], 8))), left: indryk, top: top);
    }

    private static Element Sidehoved(RapportDokument doc, PdfTema tema) => new Column(
    [
        new Row(
        [
            new RowItem(new Paragraph(doc.Forside.Kommunenavn, tema.Sidehoved with { Bold = true, Color = tema.Primaer })),
            new RowItem(new Paragraph(doc.Forside.Titel, tema.Sidehoved, TextAlign.Right), Relative: 2),
        ], 12),
        Drawing.Rule(PdfTema.LysGraa, 0.5f, spaceAbove: 3),
    ], 0);

    private static Element Sidefod(RapportDokument doc, PdfTema tema, PageInfo page, PassInfo pass)
    {
        var i_alt = pass.TotalNumbered?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        return new Column(
        [
            Drawing.Rule(PdfTema.LysGraa, 0.5f),
            Drawing.Spacer(3),
            new Row(
            [
                new RowItem(new Paragraph(doc.Forside.Dato, tema.Sidehoved)),
                new RowItem(new Paragraph(doc.Ramme.Side(page.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", i_alt), tema.Sidehoved, TextAlign.Right)),
            ], 12),
        ], 0);
    }
}
