using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>A branding font's bytes (TrueType), read at the edge: the regular face and, when there is one, the bold.</summary>
public sealed record PdfSkrift(byte[] Almindelig, byte[]? Fed = null);

/// <summary>Options of the PDF renderer. Skrift: the branding's font; null or unreadable = shipped DejaVu Sans.</summary>
public sealed record PdfRendererOptions(PdfSkrift? Skrift = null);

/// <summary>
/// Renders a <see cref="RapportDokument"/> to a tagged A4 PDF claiming PDF/UA-1, written by our
/// own writer (Writer/): cover, contents with links and page numbers, one section per page run,
/// header (kommune, title) and footer ("Side X af Y", date) as artifacts on every page after
/// the cover, bookmarks of the sections. The same document gives the same bytes: dates come
/// from the document's metadata, never the clock, and the file's /ID from its content.
/// </summary>
public sealed class PdfRenderer(PdfRendererOptions? options = null)
{
    private const float Margin = 56.7f; // 2 cm
    private const string IndholdId = "indhold";

    /// <summary>The file is written into this, one per thread, reused (its array comes from the
    /// shared pool); the finished file is then copied once. Pages are deflated through the scratch.</summary>
    [ThreadStatic] private static ByteWriter? _fil;
    [ThreadStatic] private static MemoryStream? _scratch;

    public byte[] Render(RapportDokument doc)
    {
        var fil = Skriv(doc);
        var pdf = fil.ToArray();
        Slip(fil);
        return pdf;
    }

    public void Render(RapportDokument doc, Stream ud)
    {
        var fil = Skriv(doc);
        fil.CopyTo(ud);
        Slip(fil);
    }

    /// <summary>An unusually long report's buffer is not kept for the thread's next one.</summary>
    private static void Slip(ByteWriter fil)
    {
        if (fil.Length <= 4 << 20) return;
        fil.Dispose();
        _fil = null;
    }

    private ByteWriter Skriv(RapportDokument doc)
    {
        var fonts = FontSet.Load(options?.Skrift);
        var tema = new PdfTema(doc.Forside.Primaerfarve, doc.Forside.Sekundaerfarve);
        var logo = new ImageElement(doc.Forside.Logo, 84);
        var fil = _fil ??= new ByteWriter(512 * 1024);
        fil.Clear();
        using var pdf = new TaggedPdfWriter(fil, _scratch ??= new MemoryStream());
        DocumentGenerator.Generate(pass => Sider(doc, tema, fonts, logo, pass), fonts, pdf);
        pdf.Finish(PdfUa.Info(doc.Metadata));
        return fil;
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
        string Side() => pass.AnchorPages.TryGetValue(id, out var s) ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return new Padding(new Tagged("LI", new Link(id, tekst, new Row(
        [
            new RowItem(new Paragraph(tekst, stil)),
            new RowItem(new LateText(Side, stil, TextAlign.Right), Fixed: 36),
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
        string Side() => doc.Ramme.Side(page.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            pass.TotalNumbered.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Column(
        [
            Drawing.Rule(PdfTema.LysGraa, 0.5f),
            Drawing.Spacer(3),
            new Row(
            [
                new RowItem(new Paragraph(doc.Forside.Dato, tema.Sidehoved)),
                new RowItem(new LateText(Side, tema.Sidehoved, TextAlign.Right)),
            ], 12),
        ], 0);
    }
}
