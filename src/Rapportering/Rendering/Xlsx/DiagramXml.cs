using System.Globalization;
using System.Xml.Linq;
using Rapportering.Report;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// DrawingML for a chart part (lines or columns) and the drawing that anchors it on the sheet. Written as
/// plain XML (not the SDK's object model) so the output is small, ordered and deterministic.
/// </summary>
internal static class DiagramXml
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    /// <summary>The report's one chart palette (<see cref="Diagramfarver"/>) when the chart brings none.</summary>
    private static readonly IReadOnlyList<string> Standardfarver = Diagramfarver.Palet(null, null);

    private static XElement Val(XName navn, object v) => new(navn, new XAttribute("val", v));

    private static string Tal(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static string Reference(string ark, int kolonne, int fra, int til) =>
        $"'{ark.Replace("'", "''")}'!${Kolonne(kolonne)}${fra}" + (til == fra ? "" : $":${Kolonne(kolonne)}${til}");

    public static string Kolonne(int k)
    {
        var s = "";
        for (; k > 0; k = (k - 1) / 26) s = (char)('A' + (k - 1) % 26) + s;
        return s;
    }

    public static XDocument Diagram(Linjediagram d, int nummer)
    {
        var akseKategori = 100 * nummer + 1;
        var akseVaerdi = 100 * nummer + 2;
        var kategoriRef = Reference(d.Ark, d.KategoriKolonne, d.ForsteRaekke, d.SidsteRaekke);

        var linje = d.Type == Report.DiagramType.Linje;
        var farver = (d.Farver ?? Standardfarver).Select(f => f.TrimStart('#')).ToList();
        var serier = d.SerieKolonner.Select((kolonne, i) => new XElement(C + "ser",
            Val(C + "idx", i), Val(C + "order", i),
            new XElement(C + "tx", new XElement(C + "strRef",
                new XElement(C + "f", Reference(d.Ark, kolonne, d.OverskriftRaekke, d.OverskriftRaekke)),
                new XElement(C + "strCache", Val(C + "ptCount", 1),
                    new XElement(C + "pt", new XAttribute("idx", 0), new XElement(C + "v", d.Serienavne[i]))))),
            linje
                ? new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 28575), new XAttribute("cap", "rnd"),
                    new XElement(A + "solidFill", Val(A + "srgbClr", farver[i % farver.Count])), new XElement(A + "round")))
                : new XElement(C + "spPr", new XElement(A + "solidFill", Val(A + "srgbClr", farver[i % farver.Count]))),
            linje
                ? new XElement(C + "marker", Val(C + "symbol", "circle"), Val(C + "size", 5),
                    new XElement(C + "spPr", new XElement(A + "solidFill", Val(A + "srgbClr", farver[i % farver.Count]))))
                : Val(C + "invertIfNegative", 0),
            new XElement(C + "cat", Kategorier(d, kategoriRef)),
            new XElement(C + "val", new XElement(C + "numRef",
                new XElement(C + "f", Reference(d.Ark, kolonne, d.ForsteRaekke, d.SidsteRaekke)),
                Cache(d.Vaerdier[i], d.VaerdiFormat))),
            linje ? Val(C + "smooth", 0) : null));
        var stablet = d.Type == Report.DiagramType.StabledeSoejler;
        var graf = linje
            ? new XElement(C + "lineChart", Val(C + "grouping", "standard"), Val(C + "varyColors", 0),
                serier, Val(C + "marker", 1), Val(C + "axId", akseKategori), Val(C + "axId", akseVaerdi))
            : new XElement(C + "barChart", Val(C + "barDir", "col"), Val(C + "grouping", stablet ? "stacked" : "clustered"), Val(C + "varyColors", 0),
                serier, Val(C + "gapWidth", 80), stablet ? Val(C + "overlap", 100) : null, Val(C + "axId", akseKategori), Val(C + "axId", akseVaerdi));

        var chartSpace = new XElement(C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute(XNamespace.Xmlns + "r", R),
            Val(C + "date1904", 0), Val(C + "lang", "da-DK"), Val(C + "roundedCorners", 0),
            new XElement(C + "chart",
                Titel(d.Titel, 1200, true), Val(C + "autoTitleDeleted", 0),
                new XElement(C + "plotArea", new XElement(C + "layout"),
                    graf,
                    new XElement(C + "catAx", Val(C + "axId", akseKategori),
                        new XElement(C + "scaling", Val(C + "orientation", "minMax")), Val(C + "delete", 0), Val(C + "axPos", "b"),
                        new XElement(C + "numFmt", new XAttribute("formatCode", d.KategoriFormat == XlsxFormat.Dato ? "[$-406]mmm yyyy" : d.KategoriFormat), new XAttribute("sourceLinked", 0)),
                        Val(C + "majorTickMark", "out"), Val(C + "minorTickMark", "none"), Val(C + "tickLblPos", "low"),
                        Val(C + "crossAx", akseVaerdi), Val(C + "crosses", "autoZero"), Val(C + "auto", 0),
                        Val(C + "lblAlgn", "ctr"), Val(C + "lblOffset", 100), Val(C + "noMultiLvlLbl", 0)),
                    new XElement(C + "valAx", Val(C + "axId", akseVaerdi),
                        new XElement(C + "scaling", Val(C + "orientation", "minMax"),
                            d.Akse is { } akse ? Val(C + "max", Tal(akse.Max)) : null, d.Akse is { } a2 ? Val(C + "min", Tal(a2.Min)) : null),
                        Val(C + "delete", 0), Val(C + "axPos", "l"),
                        new XElement(C + "majorGridlines", new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 6350),
                            new XElement(A + "solidFill", Val(A + "srgbClr", "D9D9D9"))))),
                        Titel(d.AkseTitel, 900, false),
                        new XElement(C + "numFmt", new XAttribute("formatCode", d.VaerdiFormat == "#,##0.0" ? "#,##0" : d.VaerdiFormat), new XAttribute("sourceLinked", 0)),
                        Val(C + "majorTickMark", "out"), Val(C + "minorTickMark", "none"), Val(C + "tickLblPos", "nextTo"),
                        Val(C + "crossAx", akseKategori), Val(C + "crosses", "autoZero"), Val(C + "crossBetween", "between"),
                        d.Akse is { Ticks.Count: > 1 } a3 ? Val(C + "majorUnit", Tal(a3.Ticks[1] - a3.Ticks[0])) : null)),
                new XElement(C + "legend", Val(C + "legendPos", "b"), Val(C + "overlay", 0)),
                Val(C + "plotVisOnly", 1), Val(C + "dispBlanksAs", "gap")));
        return new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), chartSpace);
    }

    /// <summary>Numeric categories (dates, years) or, for school years, text ones.</summary>
    private static XElement Kategorier(Linjediagram d, string reference) => d.Kategoritekster is { } tekster
        ? new XElement(C + "strRef", new XElement(C + "f", reference),
            new XElement(C + "strCache", Val(C + "ptCount", tekster.Count),
                tekster.Select((t, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", t)))))
        : new XElement(C + "numRef", new XElement(C + "f", reference), Cache(d.Kategorier.Select(k => (double?)k).ToList(), d.KategoriFormat));

    private static XElement Cache(IReadOnlyList<double?> vaerdier, string format) => new(C + "numCache",
        new XElement(C + "formatCode", format), Val(C + "ptCount", vaerdier.Count),
        vaerdier.Select((v, i) => v is { } x ? new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", Tal(x))) : null));

    private static XElement Titel(string tekst, int stoerrelse, bool fed) => new(C + "title",
        new XElement(C + "tx", new XElement(C + "rich", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
            new XElement(A + "p",
                new XElement(A + "pPr", new XElement(A + "defRPr", new XAttribute("sz", stoerrelse), new XAttribute("b", fed ? 1 : 0))),
                new XElement(A + "r", new XElement(A + "rPr", new XAttribute("lang", "da-DK"), new XAttribute("sz", stoerrelse), new XAttribute("b", fed ? 1 : 0)),
                    new XElement(A + "t", tekst))))),
        Val(C + "overlay", 0));

    /// <summary>The sheet's drawing: one two-cell anchor per chart, chart i related as rIdDiagram{i}.</summary>
    public static XDocument Tegning(IReadOnlyList<Linjediagram> diagrammer) => new(new XDeclaration("1.0", "UTF-8", "yes"),
        new XElement(Xdr + "wsDr", new XAttribute(XNamespace.Xmlns + "xdr", Xdr), new XAttribute(XNamespace.Xmlns + "a", A),
            diagrammer.Select((d, i) => new XElement(Xdr + "twoCellAnchor",
                Hjoerne("from", d.Placering.FraKolonne, d.Placering.FraRaekke),
                Hjoerne("to", d.Placering.TilKolonne, d.Placering.TilRaekke),
                new XElement(Xdr + "graphicFrame", new XAttribute("macro", ""),
                    new XElement(Xdr + "nvGraphicFramePr",
                        new XElement(Xdr + "cNvPr", new XAttribute("id", i + 2), new XAttribute("name", $"Diagram {i + 1}"), new XAttribute("descr", d.Titel)),
                        new XElement(Xdr + "cNvGraphicFramePr")),
                    new XElement(Xdr + "xfrm", new XElement(A + "off", new XAttribute("x", 0), new XAttribute("y", 0)),
                        new XElement(A + "ext", new XAttribute("cx", 0), new XAttribute("cy", 0))),
                    new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", C.NamespaceName),
                        new XElement(C + "chart", new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "r", R),
                            new XAttribute(R + "id", $"rIdDiagram{i + 1}"))))),
                new XElement(Xdr + "clientData")))));

    private static XElement Hjoerne(string navn, int kolonne, int raekke) => new(Xdr + navn,
        new XElement(Xdr + "col", kolonne), new XElement(Xdr + "colOff", 0),
        new XElement(Xdr + "row", raekke), new XElement(Xdr + "rowOff", 0));
}
