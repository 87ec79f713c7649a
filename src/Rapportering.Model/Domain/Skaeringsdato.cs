using System.Globalization;

namespace Rapportering.Domain;

/// <summary>
/// A cut date: 31 January, 31 May or 30 September. Key figures are measured on these three
/// dates a year; any other date is not a Skaeringsdato and cannot be constructed.
/// </summary>
public readonly record struct Skaeringsdato : IComparable<Skaeringsdato>
{
    public DateOnly Dato { get; }

    private Skaeringsdato(DateOnly dato) => Dato = dato;

    public static bool ErSkaeringsdato(DateOnly d) =>
        (d.Month == 1 && d.Day == 31) || (d.Month == 5 && d.Day == 31) || (d.Month == 9 && d.Day == 30);

    public static Skaeringsdato Fra(DateOnly d) => ErSkaeringsdato(d)
        ? new Skaeringsdato(d)
        : throw new ArgumentException($"{d:yyyy-MM-dd} er ikke en skæringsdato (31. januar, 31. maj eller 30. september)");

    /// <summary>Parses YYYY-MM-DD; the error message is a single line fit for the CLI.</summary>
    public static bool TryParse(string? tekst, out Skaeringsdato dato, out string fejl)
    {
        dato = default;
        if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            fejl = $"'{tekst}' er ikke en dato på formen ÅÅÅÅ-MM-DD";
            return false;
        }
        if (!ErSkaeringsdato(d))
        {
            fejl = $"{tekst} er ikke en skæringsdato: brug 31. januar, 31. maj eller 30. september (fx {d.Year}-09-30)";
            return false;
        }
        dato = new Skaeringsdato(d);
        fejl = "";
        return true;
    }

    public static Skaeringsdato Parse(string tekst) =>
        TryParse(tekst, out var d, out var fejl) ? d : throw new FormatException(fejl);

    /// <summary>The cut date before this one: 30 Sep of the year before / 31 Jan / 31 May.</summary>
    public Skaeringsdato Forrige() => Dato.Month switch
    {
        1 => new(new DateOnly(Dato.Year - 1, 9, 30)),
        5 => new(new DateOnly(Dato.Year, 1, 31)),
        _ => new(new DateOnly(Dato.Year, 5, 31)),
    };

    public Skaeringsdato Naeste() => Dato.Month switch
    {
        1 => new(new DateOnly(Dato.Year, 5, 31)),
        5 => new(new DateOnly(Dato.Year, 9, 30)),
        _ => new(new DateOnly(Dato.Year + 1, 1, 31)),
    };

    /// <summary>The same cut date one year earlier (for "since a year ago" comparisons).</summary>
    public Skaeringsdato AaretFoer() => new(Dato.AddYears(-1));

    /// <summary>The latest cut date on or before <paramref name="d"/>.</summary>
    public static Skaeringsdato SenestePaaEllerFoer(DateOnly d)
    {
        var kandidat = new Skaeringsdato(new DateOnly(d.Year, 9, 30));
        while (kandidat.Dato > d) kandidat = kandidat.Forrige();
        return kandidat;
    }

    /// <summary>All cut dates from the first on or after <paramref name="fra"/> up to and including this one.</summary>
    public IReadOnlyList<Skaeringsdato> SerieFra(DateOnly fra)
    {
        var liste = new List<Skaeringsdato>();
        for (var s = this; s.Dato >= fra; s = s.Forrige()) liste.Add(s);
        liste.Reverse();
        return liste;
    }

    public int CompareTo(Skaeringsdato other) => Dato.CompareTo(other.Dato);
    public static bool operator <(Skaeringsdato a, Skaeringsdato b) => a.Dato < b.Dato;
    public static bool operator >(Skaeringsdato a, Skaeringsdato b) => a.Dato > b.Dato;
    public static bool operator <=(Skaeringsdato a, Skaeringsdato b) => a.Dato <= b.Dato;
    public static bool operator >=(Skaeringsdato a, Skaeringsdato b) => a.Dato >= b.Dato;

    /// <summary>ISO form, as used in file names and the JSON export.</summary>
    public string Iso => Dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public override string ToString() => Iso;
}
