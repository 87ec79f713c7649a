using Rapportering.Rendering.Html;

namespace Rapportering.Report;

/// <summary>
/// The one chart palette. Series (lines, grouped bars): the kommune's two branding colours,
/// darkened until they reach 3:1 against white (WCAG 1.4.11), then the Okabe–Ito colours that
/// reach 3:1 (colour-blind safe); each series also has its own marker shape. Stacked bars show
/// ordered parts (the indsatstrappe): a dark-to-light ramp of one blue, with outlines, so the
/// order reads from lightness alone.
/// </summary>
public static class Diagramfarver
{
    /// <summary>Okabe–Ito with at least 3:1 against white: blue, vermillion, bluish green, reddish purple, black.</summary>
    private static readonly string[] OkabeIto = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"];

    private static readonly string[] Rampe = ["#08306B", "#2171B5", "#6BAED6", "#BDD7E7", "#EFF3FF"];

    public static IReadOnlyList<string> For(DiagramType type, int serier, string? primaer, string? sekundaer)
    {
        if (type == DiagramType.StabledeSoejler && serier <= Rampe.Length) return Enumerable.Range(0, serier).Select(i => RampeFarve(i, serier)).ToList();
        var palet = Palet(primaer, sekundaer);
        return Enumerable.Range(0, serier).Select(i => palet[i % palet.Count]).ToList();
    }

    /// <summary>Brand colours first (when given), then the fallback set, no colour twice.</summary>
    public static IReadOnlyList<string> Palet(string? primaer, string? sekundaer)
    {
        var brand = new List<string>();
        if (primaer is not null) brand.Add(Farver.Moerkn(Farver.Gyldig(primaer, OkabeIto[0]), 3.0));
        if (sekundaer is not null)
        {
            var s = Farver.Moerkn(Farver.Gyldig(sekundaer, OkabeIto[1]), 3.0);
            if (brand.Count == 0 || Farver.Kontrast(brand[0], s) >= 1.5) brand.Add(s);
        }
        return brand.Concat(OkabeIto.Select(f => Farver.Moerkn(f, 3.0))).Distinct().ToList();
    }

    private static string RampeFarve(int i, int n) =>
        n <= 1 ? Rampe[1] : Rampe[(int)Math.Round(i * (Rampe.Length - 1) / (double)(n - 1))];
}
