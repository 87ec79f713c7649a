using System.Globalization;
using System.Text;
using Rapportering.Figures;
using Rapportering.Report;

namespace Rapportering.Rendering.Html;

/// <summary>
/// Draws a <see cref="Diagram"/> as inline SVG (no script, no external file). The SVG is one
/// image for assistive technology (role="img", title and aria-label); the numbers are given
/// beside it in a table by <see cref="HtmlRenderer"/>. Series differ by colour and, for lines,
/// by dash pattern, so the chart is readable in greyscale print too.
/// </summary>
public static class SvgDiagram
{
    private const double Bredde = 720, Top = 16, Venstre = 64, Hoejre = 16, PlotHoejde = 240;
    private static readonly string[] Streger = ["", "7 4", "2 3", "9 3 2 3", "4 4", "1 2"];

    /// <summary>The y axis (range and ticks) and the series colours are the report step's
    /// (<see cref="Diagram.Akse"/>, <see cref="Diagram.Farver"/>), the same as in the PDF.</summary>
    public static string Render(Diagram d, string id)
    {
        var n = d.Kategorier.Count;
        var vaerdier = d.Serier.SelectMany(s => s.Vaerdier).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var palet = d.Farver;
        var (skalaMin, skalaMax) = (d.Akse.Min, d.Akse.Max);
        var ticks = d.Akse.Ticks;
        var trin = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;

        var plotBredde = Bredde - Venstre - Hoejre;
        var baand = n == 0 ? plotBredde : plotBredde / n;
        // Short axis labels, thinned so none overlap (about 6,2 px a character at font-size 11).
        var etiketter = d.Akseetiketter;
        var viste = Akseetiketter.Viste(etiketter, etiketter.Count == 0 ? 0 : etiketter.Max(k => k.Length) * 6.2, baand, d.KategorierPrAar);
        var etiketHoejde = 24;
        var legendeLinjer = LegendeLayout(d.Serier, plotBredde, out var legendePos);
        var hoejde = Top + PlotHoejde + etiketHoejde + 22 + legendeLinjer * 20 + 8;

        double Y(double v) => Top + PlotHoejde - (v - skalaMin) / (skalaMax - skalaMin) * PlotHoejde;
        double X(int i) => Venstre + baand * (i + 0.5);

        var sb = new StringBuilder();
        // The report step's alternative text (the PDF's /Alt too), made by whoever composed the chart.
        var alt = d.Alternativtekst ?? d.Titel;
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Bredde} {hoejde:0}\" "))
          .Append($"aria-label=\"{E(alt)}\" aria-labelledby=\"{id}-titel {id}-beskrivelse\" class=\"diagram\" focusable=\"false\">")
          .Append($"<title id=\"{id}-titel\">{E(d.Titel)}</title>")
          .Append($"<desc id=\"{id}-beskrivelse\">{E(alt)}</desc>");

        // Grid and y axis labels.
        // As many decimals as the step needs: a step of 2,5 gives 0 · 2,5 · 5,0, not 0 · 3 · 5.
        var decimaler = Enumerable.Range(0, 6).First(n => Math.Abs(trin * Math.Pow(10, n) - Math.Round(trin * Math.Pow(10, n))) < 1e-6);
        foreach (var t in ticks)
        {
            var y = Y(t);
            sb.Append(Inv($"<line x1=\"{Venstre}\" y1=\"{y:0.#}\" x2=\"{Bredde - Hoejre}\" y2=\"{y:0.#}\" stroke=\"{(Math.Abs(t) < trin / 2 ? "#595959" : "#D0D0D0")}\" stroke-width=\"1\"/>"));
            sb.Append(Inv($"<text x=\"{Venstre - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">{E(Formatering.Tal(Math.Round(t, 6), decimaler))}</text>"));
        }
        sb.Append(Inv($"<text x=\"12\" y=\"{Top + PlotHoejde / 2:0}\" transform=\"rotate(-90 12 {Top + PlotHoejde / 2:0})\" text-anchor=\"middle\" font-size=\"12\" fill=\"#222\">{E(d.YAkse)}</text>"));

        if (vaerdier.Count == 0)
            sb.Append(Inv($"<text x=\"{Venstre + plotBredde / 2:0}\" y=\"{Top + PlotHoejde / 2:0}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#222\">{E(d.Tomtekst ?? "")}</text>"));
        else if (d.Type == DiagramType.Linje)
            TegnLinjer(sb, d, palet, X, Y);
        else
            TegnSoejler(sb, d, palet, baand, X, Y, skalaMin);

        // Category labels.
        foreach (var i in viste)
        {
            var y = Top + PlotHoejde + 16;
            sb.Append(Inv($"<text x=\"{X(i):0.#}\" y=\"{y:0.#}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\">{E(etiketter[i])}</text>"));
        }

        // Legend under the plot.
        var legendeTop = Top + PlotHoejde + etiketHoejde + 14;
        for (var s = 0; s < d.Serier.Count; s++)
        {
            var (lx, linje) = legendePos[s];
            var ly = legendeTop + linje * 20;
            var farve = palet[s % palet.Count];
            sb.Append(d.Type == DiagramType.Linje
                ? Inv($"<line x1=\"{lx:0.#}\" y1=\"{ly + 6:0.#}\" x2=\"{lx + 22:0.#}\" y2=\"{ly + 6:0.#}\" stroke=\"{farve}\" stroke-width=\"3\" stroke-dasharray=\"{Streger[s % Streger.Length]}\"/>")
                : Inv($"<rect x=\"{lx:0.#}\" y=\"{ly:0.#}\" width=\"22\" height=\"12\" fill=\"{farve}\"/>"));
            sb.Append(Inv($"<text x=\"{lx + 28:0.#}\" y=\"{ly + 11:0.#}\" font-size=\"12\" fill=\"#222\">{E(d.Serier[s].Navn)}</text>"));
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void TegnLinjer(StringBuilder sb, Diagram d, IReadOnlyList<string> palet, Func<int, double> x, Func<double, double> y)
    {
        // Drawn last to first, so the first series (the kommune itself) lies on top where lines meet.
        for (var s = d.Serier.Count - 1; s >= 0; s--)
        {
            var serie = d.Serier[s];
            var farve = palet[s % palet.Count];
            var sti = new StringBuilder();
            var ny = true;
            for (var i = 0; i < d.Kategorier.Count; i++)
            {
                // A missing value is a gap, never a zero.
                if (Vaerdi(serie, i) is not { } v) { ny = true; continue; }
                sti.Append(Inv($"{(ny ? "M" : "L")}{x(i):0.#} {y(v):0.#} "));
                ny = false;
            }
            sb.Append(Inv($"<path d=\"{sti.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{farve}\" stroke-width=\"2.5\" stroke-dasharray=\"{Streger[s % Streger.Length]}\"/>"));
            for (var i = 0; i < d.Kategorier.Count; i++)
                if (Vaerdi(serie, i) is { } v)
                    sb.Append(Inv($"<circle cx=\"{x(i):0.#}\" cy=\"{y(v):0.#}\" r=\"3.5\" fill=\"{(ErForeloebig(serie, i) ? "#FFFFFF" : farve)}\" stroke=\"{farve}\" stroke-width=\"2\"/>"));
        }
    }

    private static void TegnSoejler(StringBuilder sb, Diagram d, IReadOnlyList<string> palet, double baand, Func<int, double> x, Func<double, double> y, double skalaMin)
    {
        var stablet = d.Type == DiagramType.StabledeSoejler;
        var gruppe = baand * 0.8;
        var bredde = stablet ? gruppe * 0.7 : gruppe / Math.Max(1, d.Serier.Count);
        var nul = y(Math.Max(0, skalaMin));
        for (var i = 0; i < d.Kategorier.Count; i++)
        {
            double plus = 0, minus = 0;
            for (var s = 0; s < d.Serier.Count; s++)
            {
                if (Vaerdi(d.Serier[s], i) is not { } v) continue;
                var farve = palet[s % palet.Count];
                double fra, til, venstre;
                if (stablet)
                {
                    fra = v >= 0 ? plus : minus;
                    til = fra + v;
                    if (v >= 0) plus = til; else minus = til;
                    venstre = x(i) - bredde / 2;
                }
                else
                {
                    (fra, til) = (0, v);
                    venstre = x(i) - gruppe / 2 + s * bredde;
                }
                var (y1, y2) = (y(Math.Max(fra, til)), y(Math.Min(fra, til)));
                if (!stablet && fra == 0) y2 = v >= 0 ? nul : y2;
                var foreloebig = ErForeloebig(d.Serier[s], i);
                sb.Append(Inv($"<rect x=\"{venstre:0.##}\" y=\"{y1:0.##}\" width=\"{Math.Max(1, bredde - 1):0.##}\" height=\"{Math.Max(0.5, y2 - y1):0.##}\" fill=\"{farve}\"{(foreloebig ? $" fill-opacity=\"0.45\" stroke=\"{farve}\" stroke-width=\"1.5\"" : "")}/>"));
            }
        }
    }

    private static int LegendeLayout(IReadOnlyList<DiagramSerie> serier, double bredde, out List<(double X, int Linje)> pos)
    {
        pos = [];
        double x = Venstre;
        var linje = 0;
        foreach (var s in serier)
        {
            var w = 28 + s.Navn.Length * 6.8 + 18;
            if (x + w > Venstre + bredde && x > Venstre) { x = Venstre; linje++; }
            pos.Add((x, linje));
            x += w;
        }
        return serier.Count == 0 ? 0 : linje + 1;
    }

    private static double? Vaerdi(DiagramSerie s, int i) => i < s.Vaerdier.Count ? s.Vaerdier[i] : null;
    private static bool ErForeloebig(DiagramSerie s, int i) => s.Foreloebig is { } f && i < f.Count && f[i];

    private static string E(string s) => HtmlTekst.E(s);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
