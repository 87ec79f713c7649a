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
        var m = Form().Match(tekst ?? "");
        if (!m.Success) return false;
        var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var slut = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != slut) return false;
        skoleaar = new Skoleaar(start);
        return true;
    }

    public int CompareTo(Skoleaar other) => StartAar.CompareTo(other.StartAar);
    public override string ToString() => $"{StartAar}/{(StartAar + 1) % 100:00}";
}
