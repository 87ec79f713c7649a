using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapportering.Domain;

/// <summary>A school year like "2016/17": starts 1 August of <see cref="StartAar"/>.</summary>
public readonly partial record struct Skoleaar(int StartAar) : IComparable<Skoleaar>
{
    [GeneratedRegex(@"^(\d{4})/(\d{2})$")]
    private static partial Regex Form();

    public static bool TryParse(string? tekst, out Skoleaar skoleaar)
    {
        skoleaar = default;
        int start, slut;
        // The usual form, "2016/17" in ASCII digits, read without the expression (every school-trivsel row is parsed).
        if (tekst is { Length: 7 } && tekst[4] == '/' && Cifre(tekst.AsSpan(0, 4)) is { } s && Cifre(tekst.AsSpan(5, 2)) is { } e)
        {
            (start, slut) = (s, e);
        }
        else
        {
            var m = Form().Match(tekst ?? "");
            if (!m.Success) return false;
            start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            slut = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        if ((start + 1) % 100 != slut) return false;
        skoleaar = new Skoleaar(start);
        return true;
    }

    private static int? Cifre(ReadOnlySpan<char> tegn)
    {
        var tal = 0;
        foreach (var c in tegn)
        {
            if (!char.IsAsciiDigit(c)) return null;
            tal = tal * 10 + (c - '0');
        }
        return tal;
    }

    public int CompareTo(Skoleaar other) => StartAar.CompareTo(other.StartAar);
    public override string ToString() => $"{StartAar}/{(StartAar + 1) % 100:00}";
}
