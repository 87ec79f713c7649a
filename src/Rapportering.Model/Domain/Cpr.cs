using System.Text.RegularExpressions;

namespace Rapportering.Domain;

/// <summary>
/// The shape of a CPR number (six digits, an optional dash, four digits, standing alone): the
/// one definition the reader refuses a cell by and the report masks a text by.
/// </summary>
public static partial class Cpr
{
    [GeneratedRegex(@"(?<!\d)\d{6}-?\d{4}(?!\d)")]
    private static partial Regex Form();

    /// <summary>The regular expression runs only where ten digits could be: dates and ids have fewer.</summary>
    public static bool Ligner(ReadOnlySpan<char> s)
    {
        if (s.Length < 10) return false;
        var cifre = 0;
        foreach (var c in s) if (char.IsAsciiDigit(c)) cifre++;
        return cifre >= 10 && Form().IsMatch(s);
    }

    /// <summary>The text with every CPR-shaped number replaced by "[fjernet]".</summary>
    public static string Fjern(string tekst) => Form().Replace(tekst, "[fjernet]");
}
