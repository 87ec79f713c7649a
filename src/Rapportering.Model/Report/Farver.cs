using System.Globalization;

namespace Rapportering.Rendering.Html;

/// <summary>
/// Kommune colours made safe for WCAG 2.1 AA: text needs 4.5:1 against its background,
/// chart marks 3:1 against white (1.4.11). A brand colour that is too light is darkened
/// step by step rather than replaced, so the report still looks like the kommune's.
/// </summary>
public static class Farver
{
    public const string Hvid = "#FFFFFF";
    public const string Sort = "#000000";

    /// <summary>Contrast ratio (1–21) of two #RRGGBB colours, as WCAG defines it.</summary>
    public static double Kontrast(string a, string b)
    {
        var la = Luminans(a);
        var lb = Luminans(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The colour, darkened until it reaches the ratio against the background (white by default).</summary>
    public static string Moerkn(string farve, double minKontrast, string baggrund = Hvid)
    {
        var (r, g, b) = Laes(farve);
        for (var i = 0; i < 100 && Kontrast(Hex(r, g, b), baggrund) < minKontrast; i++)
        {
            r *= 0.93; g *= 0.93; b *= 0.93;
        }
        return Hex(r, g, b);
    }

    /// <summary>White or black text on a coloured background, whichever contrasts more.</summary>
    public static string TekstPaa(string baggrund) => Kontrast(baggrund, Hvid) >= Kontrast(baggrund, Sort) ? Hvid : Sort;

    /// <summary>A #RRGGBB colour, or the fallback if the template gave something else.</summary>
    public static string Gyldig(string? farve, string fallback) =>
        farve is { Length: 7 } && farve[0] == '#' && int.TryParse(farve.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _)
            ? farve.ToUpperInvariant()
            : fallback;

    private static double Luminans(string farve)
    {
        var (r, g, b) = Laes(farve);
        static double Kanal(double c)
        {
            c /= 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Kanal(r) + 0.7152 * Kanal(g) + 0.0722 * Kanal(b);
    }

    private static (double R, double G, double B) Laes(string farve)
    {
        var f = Gyldig(farve, Sort);
        int Del(int i) => int.Parse(f.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (Del(1), Del(3), Del(5));
    }

    private static string Hex(double r, double g, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round(r):X2}{(int)Math.Round(g):X2}{(int)Math.Round(b):X2}");
}
