using System.Globalization;

namespace Rapportering.Domain;

/// <summary>The three kinds of period a figure is measured over.</summary>
public enum PeriodeArt { Skaeringsdato, Regnskabsaar, Skoleaar }

/// <summary>
/// The period of one observation: a cut date, an accounting year or a school year — typed, so
/// no renderer guesses the kind from the text again. <see cref="ToString"/> is the figures
/// export's wire form ("2017-01-31", "2015", "2016/17"); <see cref="Parse"/> reads it back.
/// Periods of one kind order in time; kinds order cut dates, years, school years.
/// </summary>
public readonly record struct Periode : IComparable<Periode>
{
    private readonly int _vaerdi; // cut date: DayNumber; year; school year: its start year

    private Periode(PeriodeArt art, int vaerdi)
    {
        Art = art;
        _vaerdi = vaerdi;
    }

    public PeriodeArt Art { get; }

    public static Periode For(Skaeringsdato d) => new(PeriodeArt.Skaeringsdato, d.Dato.DayNumber);
    public static Periode For(Skoleaar s) => new(PeriodeArt.Skoleaar, s.StartAar);
    public static Periode Regnskabsaar(int aar) => new(PeriodeArt.Regnskabsaar, aar);

    public Skaeringsdato Skaeringsdato => Art == PeriodeArt.Skaeringsdato
        ? Skaeringsdato.Fra(DateOnly.FromDayNumber(_vaerdi)) : throw new InvalidOperationException($"{this} er ikke en skæringsdato");

    public int Aar => Art == PeriodeArt.Regnskabsaar ? _vaerdi : throw new InvalidOperationException($"{this} er ikke et regnskabsår");

    public Skoleaar Skoleaar => Art == PeriodeArt.Skoleaar ? new Skoleaar(_vaerdi) : throw new InvalidOperationException($"{this} er ikke et skoleår");

    public static bool TryParse(string? tekst, out Periode periode)
    {
        periode = default;
        if (tekst is null) return false;
        if (Skaeringsdato.TryParse(tekst, out var d, out _)) { periode = For(d); return true; }
        if (tekst.Length == 4 && int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var aar)) { periode = Regnskabsaar(aar); return true; }
        if (Skoleaar.TryParse(tekst, out var s)) { periode = For(s); return true; }
        return false;
    }

    public static Periode Parse(string tekst) =>
        TryParse(tekst, out var p) ? p : throw new FormatException($"'{tekst}' er hverken en skæringsdato, et regnskabsår eller et skoleår");

    public int CompareTo(Periode other) => Art != other.Art ? Art.CompareTo(other.Art) : _vaerdi.CompareTo(other._vaerdi);

    public static bool operator <(Periode a, Periode b) => a.CompareTo(b) < 0;
    public static bool operator >(Periode a, Periode b) => a.CompareTo(b) > 0;
    public static bool operator <=(Periode a, Periode b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Periode a, Periode b) => a.CompareTo(b) >= 0;

    public override string ToString() => Art switch
    {
        PeriodeArt.Skaeringsdato => DateOnly.FromDayNumber(_vaerdi).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodeArt.Regnskabsaar => _vaerdi.ToString(CultureInfo.InvariantCulture),
        _ => new Skoleaar(_vaerdi).ToString(),
    };
}
