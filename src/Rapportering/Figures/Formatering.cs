using System.Globalization;

namespace Rapportering.Figures;

/// <summary>Danish presentation of numbers and dates: 1.234,5 · 12,3 pct. · 30. september 2017.</summary>
public static class Formatering
{
    public static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The typographic minus sign (U+2212) used for negative numbers everywhere a reader sees one.</summary>
    public const string Minus = "\u2212";

    /// <summary>A number with a fixed count of decimals, da-DK grouping and minus sign ("1.234,5", "−0,2").</summary>
    public static string Tal(decimal vaerdi, int decimaler = 1) =>
        MedMinus(vaerdi.ToString("N" + decimaler.ToString(CultureInfo.InvariantCulture), Dansk));

    /// <summary>Replaces the hyphen of a formatted negative number by the minus sign: "-5" → "−5".</summary>
    public static string MedMinus(string formateret) =>
        formateret.StartsWith('-') ? Minus + formateret[1..] : formateret;

    public static string Tal(double vaerdi, int decimaler = 1) => Tal((decimal)vaerdi, decimaler);

    public static string Pct(decimal vaerdi, int decimaler = 1) => Tal(vaerdi, decimaler) + " pct.";

    /// <summary>Amounts given in 1000 kr. as "12,3 mio. kr.".</summary>
    public static string MioKr(decimal beloeb1000Kr, int decimaler = 1) => Tal(beloeb1000Kr / 1000m, decimaler) + " mio. kr.";

    public static string Dato(DateOnly d) => d.ToString("d. MMMM yyyy", Dansk);

    public const string Undertrykt = "<5";
    public const string Mangler = "–";
}
