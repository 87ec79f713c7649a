using ClosedXML.Excel;
using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The "Diagrammer" sheet: small data blocks (periods down, series across) taken from the
/// export, each with a line chart beside it. Suppressed and missing values stay empty so the
/// line shows a gap instead of a false zero.
/// </summary>
internal static class DiagramArk
{
    private sealed record Serie(FigurId Noegletal, Opdeling? Opdeling, string Navn);

    private sealed record Blok(string Titel, string Akse, string Kategorinavn, IReadOnlyList<Serie> Serier, string VaerdiFormat);

    private static readonly Blok[] Blokke =
    [
        new("Børn og unge med indsatser pr. 1.000 0-17-årige", "pr. 1.000 0-17-årige", "Skæringsdato",
            [
                new(Katalog.ForebyggendePr1000.Id, null, "Forebyggende"),
                new(Katalog.HjemmebaseredePr1000.Id, null, "Hjemmebaserede"),
                new(Katalog.AnbragtePr1000.Id, null, "Anbragte"),
            ], XlsxFormat.VaerdiFormat),
        new("Nettoudgifter, 1.000 kr. i faste priser", "1.000 kr.", "Regnskabsår",
            [
                new(Katalog.Udgifter.Id, Opdeling.Service, "Service"),
                new(Katalog.Udgifter.Id, Opdeling.Administration, "Administration"),
                new(Katalog.Udgifter.Id, Opdeling.IAlt, "I alt"),
            ], XlsxFormat.VaerdiFormat),
    ];

    private const int DiagramHoejde = 18; // rows
    private const int DiagramBredde = 8;  // columns

    public static IReadOnlyList<Linjediagram> Byg(IXLWorksheet ark, FigurEksport eksport)
    {
        XlsxFormat.Overskrift(ark.Cell(1, 1), "Diagrammer");
        XlsxFormat.Tekst(ark.Cell(2, 1), "Diagrammerne læser tallene i tabellerne til venstre og følger dem, hvis de ændres. Undertrykte og manglende tal står tomme (hul i linjen).");
        ark.Cell(2, 1).Style.Font.Italic = true;

        var diagrammer = new List<Linjediagram>();
        var r = 4;
        foreach (var blok in Blokke)
        {
            var d = SkrivBlok(ark, r, blok, eksport);
            if (d is null) continue;
            diagrammer.Add(d);
            r = Math.Max(d.SidsteRaekke, d.OverskriftRaekke + DiagramHoejde) + 3;
        }
        if (diagrammer.Count == 0)
            XlsxFormat.Tekst(ark.Cell(4, 1), "Eksporten indeholder ingen af hovedserierne.");
        XlsxFormat.Udskrift(ark);
        ark.Column(1).Width = 14;
        for (var k = 2; k <= 4; k++) ark.Column(k).Width = 15;
        return diagrammer;
    }

    private static Linjediagram? SkrivBlok(IXLWorksheet ark, int titelRaekke, Blok blok, FigurEksport eksport)
    {
        var opslag = eksport.Observationer
            .Where(o => blok.Serier.Any(s => s.Noegletal == o.Noegletal && s.Opdeling == o.Opdeling))
            .GroupBy(o => (o.Noegletal, o.Opdeling, o.Periode))
            .ToDictionary(g => g.Key, g => g.First());
        var perioder = opslag.Keys.Select(k => k.Periode).Distinct().Order().ToList();
        if (perioder.Count == 0) return null;

        XlsxFormat.Tekst(ark.Cell(titelRaekke, 1), blok.Titel);
        ark.Cell(titelRaekke, 1).Style.Font.Bold = true;
        var h = titelRaekke + 1;
        XlsxFormat.Tekst(ark.Cell(h, 1), blok.Kategorinavn);
        for (var s = 0; s < blok.Serier.Count; s++) XlsxFormat.Tekst(ark.Cell(h, 2 + s), blok.Serier[s].Navn);
        var overskrift = ark.Range(h, 1, h, 1 + blok.Serier.Count);
        overskrift.Style.Font.Bold = true;
        overskrift.Style.Border.BottomBorder = XLBorderStyleValues.Thin;

        var kategorier = new List<double>();
        var vaerdier = blok.Serier.Select(_ => new List<double?>()).ToList();
        var kategoriFormat = XlsxFormat.Aar;
        for (var i = 0; i < perioder.Count; i++)
        {
            var p = perioder[i];
            var celle = ark.Cell(h + 1 + i, 1);
            PeriodeCelle.Skriv(celle, p);
            if (p.Art == PeriodeArt.Skaeringsdato)
            {
                kategorier.Add(PeriodeCelle.Dato(p).ToOADate());
                kategoriFormat = XlsxFormat.Dato;
            }
            else kategorier.Add(p.Aar);
            for (var s = 0; s < blok.Serier.Count; s++)
            {
                var serie = blok.Serier[s];
                double? v = opslag.TryGetValue((serie.Noegletal, serie.Opdeling, p), out var o) && !o.Undertrykt && o.Vaerdi is { } x
                    ? (double)x : null;
                vaerdier[s].Add(v);
                if (v is null) continue;
                ark.Cell(h + 1 + i, 2 + s).SetValue(o!.Vaerdi!.Value);
                ark.Cell(h + 1 + i, 2 + s).Style.NumberFormat.Format = blok.VaerdiFormat;
            }
        }

        var venstre = blok.Serier.Count + 2; // one empty column between block and chart (0-based col = that)
        return new Linjediagram(
            ark.Name, blok.Titel, blok.Akse, h, h + 1, h + perioder.Count, 1,
            Enumerable.Range(2, blok.Serier.Count).ToList(), blok.Serier.Select(s => s.Navn).ToList(),
            kategorier, kategoriFormat, vaerdier.Select(v => (IReadOnlyList<double?>)v).ToList(), blok.VaerdiFormat,
            new Placering(venstre, titelRaekke - 1, venstre + DiagramBredde, titelRaekke - 1 + DiagramHoejde));
    }
}
