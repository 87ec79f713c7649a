using System.Globalization;

namespace Rapportering.Figures;

/// <summary>Danish presentation of numbers and dates: 1.234,5 · 12,3 pct. · 30. september 2017.</summary>
public static class Formatering
{
    public static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>A number with a fixed count of decimals, da-DK grouping ("1.234,5").</summary>
    public static string Tal(decimal vaerdi, int decimaler = 1) =>
        vaerdi.ToString("N" + decimaler.ToString(CultureInfo.InvariantCulture), Dansk);

    public static string Tal(double vaerdi, int decimaler = 1) => Tal((decimal)vaerdi, decimaler);

    public static string Pct(decimal vaerdi, int decimaler = 1) => Tal(vaerdi, decimaler) + " pct.";

    /// <summary>Amounts given in 1000 kr. as "12,3 mio. kr.".</summary>
    public static string MioKr(decimal beloeb1000Kr, int decimaler = 1) => Tal(beloeb1000Kr / 1000m, decimaler) + " mio. kr.";

    public static string Dato(DateOnly d) => d.ToString("d. MMMM yyyy", Dansk);

    public const string Undertrykt = "<5";
    public const string Mangler = "–";
}
