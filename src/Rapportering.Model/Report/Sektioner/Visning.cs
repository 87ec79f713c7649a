using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// How a figure's value is shown, decided by its catalog unit: one decimal everywhere, amounts
/// (stored in 1.000 kr.) in mio. kr., counts without decimals. Differences are taken between the
/// rounded values so a sentence never reads "12,4 til 11,8 (−0,7)". The one decimals rule: the
/// PDF, the HTML, both workbooks and the web comparison take <see cref="Decimaler"/> from here.
/// </summary>
public static class Visning
{
    /// <summary>Decimals of every rate, share, mean and amount a user sees.</summary>
    public const int Decimaler = 1;

    /// <summary>Decimals of a count of persons or pupils.</summary>
    public const int AntalDecimaler = 0;
    private const string Minus = Formatering.Minus;

    /// <summary>The value as a table cell (no unit: the column header carries it).</summary>
    public static string Vaerdi(Figur f, decimal v) => Formatering.Tal(Skaleret(f, v), Decimaler);

    /// <summary>The value with its unit, for running text ("12,3 pct.", "144,0 mio. kr.").</summary>
    public static string MedEnhed(RapportTekster t, Figur f, decimal v) => f.Enhed switch
    {
        Enhed.Pct => t.Hent("enheder.pct", ("tal", Formatering.Tal(v, Decimaler))),
        Enhed.Tusind_kr => t.Hent("enheder.mio_kr", ("tal", Formatering.Tal(Skaleret(f, v), Decimaler))),
        _ => Formatering.Tal(v, Decimaler),
    };

    public static string Antal(decimal v) => Formatering.Tal(v, AntalDecimaler);

    /// <summary>The value as drawn in a chart (amounts in mio. kr. like the table beside it).</summary>
    public static double Diagramvaerdi(Figur f, decimal v) => (double)Skaleret(f, v);

    /// <summary>The rounded value as the reader sees it, in the unit shown.</summary>
    public static decimal Afrundet(Figur f, decimal v) => Math.Round(Skaleret(f, v), Decimaler, MidpointRounding.AwayFromZero);

    /// <summary>A signed difference of rounded values: "+0,6", "−0,6 procentpoint", "+5,0 mio. kr.".</summary>
    public static string Forskel(RapportTekster t, Figur f, decimal forskel)
    {
        var tegn = forskel > 0 ? "+" : forskel < 0 ? Minus : "";
        var tal = tegn + Formatering.Tal(Math.Abs(forskel), Decimaler);
        return f.Enhed switch
        {
            Enhed.Pct => t.Hent("enheder.procentpoint", ("tal", tal)),
            Enhed.Tusind_kr => t.Hent("enheder.mio_kr", ("tal", tal)),
            _ => tal,
        };
    }

    /// <summary>A gap (udsatte minus øvrige) in running text: pct. figures are in procentpoint.</summary>
    public static string Afstand(RapportTekster t, Figur f, decimal v) =>
        f.Enhed == Enhed.Pct ? t.Hent("enheder.procentpoint", ("tal", Formatering.Tal(v, Decimaler))) : Formatering.Tal(v, Decimaler);

    /// <summary>The value in the unit shown: amounts (stored in 1.000 kr.) in mio. kr., the rest as stored.</summary>
    public static decimal Skaleret(Figur f, decimal v) => f.Enhed == Enhed.Tusind_kr ? v / 1000m : v;

    public static string Lille(string s) => s.Length == 0 ? s : char.ToLower(s[0], Formatering.Dansk) + s[1..];
    public static string Stort(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Formatering.Dansk) + s[1..];
}
