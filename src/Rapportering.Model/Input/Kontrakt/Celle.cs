using System.Globalization;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// Reads one cell of a <see cref="Raekke"/> and checks it against the view contract, whatever
/// wire type the provider hands back (SQLite: integer, real, text or BLOB per row;
/// PostgreSQL/SQL Server: int, numeric, date — or text in a warehouse that casts nothing).
/// A failure is the id of the broken rule (<see cref="Kontraktregler"/>), never the value.
/// Text is looked at as characters in a stack buffer: no string per cell unless one is kept.
/// </summary>
internal static class Celle
{
    /// <summary>Longer than any value the contract has; a longer cell is not a valid value.</summary>
    public const int MaksTegn = 200;

    /// <summary>Dates the contract can hold: anything outside is a typing error (0016-01-31, 2916-01-31).</summary>
    private static readonly DateOnly TidligsteDato = new(1900, 1, 1);
    private static readonly DateOnly SenesteDato = new(2100, 12, 31);

    /// <summary>
    /// The cell's text, trimmed, in <paramref name="buffer"/>: the rule it breaks as text
    /// (missing, too long, a BLOB, CPR-shaped, a control character), or null.
    /// </summary>
    public static string? Tegn(Raekke r, int i, Span<char> buffer, out ReadOnlySpan<char> tekst)
    {
        tekst = default;
        switch (r.Type(i))
        {
            case CelleType.Null: return Kontraktregler.ManglerVaerdi;
            case CelleType.Tekst:
                var n = r.Tegn(i, buffer);
                if (n < 0) return Kontraktregler.UgyldigTekst;
                tekst = buffer[..n].Trim();
                break;
            case CelleType.Heltal:
                // A number in a text column (gruppering 2): its digits are its text.
                r.Heltal(i).TryFormat(buffer, out var m, provider: CultureInfo.InvariantCulture);
                tekst = buffer[..m];
                break;
            default: return Kontraktregler.UgyldigTekst;
        }
        if (tekst.Length == 0) return Kontraktregler.ManglerVaerdi;
        if (Domain.Cpr.Ligner(tekst)) return Kontraktregler.CprLignende;
        foreach (var c in tekst) if (char.IsControl(c)) return Kontraktregler.UgyldigTekst;
        return null;
    }

    /// <summary>
    /// A plain text cell: printable ASCII only (nothing to trim, decode or refuse as a control
    /// character), at most <see cref="MaksTegn"/> and fewer than ten digits (not CPR-shaped). Its
    /// UTF-8 bytes are its text and it breaks no rule <see cref="Tegn"/> checks, so ids are
    /// looked up by these bytes without a detour through characters.
    /// </summary>
    public static bool Enkel(Raekke r, int i, out ReadOnlySpan<byte> tekst)
    {
        if (!r.Utf8(i, out tekst) || tekst.Length == 0 || tekst.Length > MaksTegn) return false;
        // Without a branch per byte: an id mixes letters and digits at random, and a branch on
        // "is it a digit" mispredicts every other byte.
        int cifre = 0, andre = 0;
        foreach (var b in tekst)
        {
            andre += (uint)(b - 0x21) > 0x7E - 0x21 ? 1 : 0;
            cifre += (uint)(b - '0') <= 9 ? 1 : 0;
        }
        return andre == 0 && cifre < 10;
    }

    /// <summary>
    /// A provider getter that cannot convert its own value (a PostgreSQL numeric beyond decimal,
    /// a timestamp of infinity) breaks the rule instead of the read.
    /// </summary>
    // The getter takes the row and ordinal (a static lambda): a lambda capturing them would be a
    // closure allocated on every call of the caller, a million rows or not.
    private static bool Laes<T>(Raekke r, int i, Func<Raekke, int, T> hent, out T vaerdi)
    {
        try
        {
            vaerdi = hent(r, i);
            return true;
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or FormatException or ArgumentOutOfRangeException)
        {
            vaerdi = default!;
            return false;
        }
    }

    public static string? Heltal(Raekke r, int i, long min, long max, out long vaerdi)
    {
        vaerdi = 0;
        switch (r.Type(i))
        {
            case CelleType.Null: return Kontraktregler.ManglerVaerdi;
            case CelleType.Heltal: vaerdi = r.Heltal(i); break;
            case CelleType.Kommatal or CelleType.Decimal:
                if (!Laes(r, i, static (r, i) => r.Type(i) == CelleType.Decimal ? r.Decimal(i) : Decimal(r.Kommatal(i)), out var d)) return Kontraktregler.UgyldigtTal;
                if (d is not { } hel || hel != decimal.Truncate(hel) || hel > long.MaxValue || hel < long.MinValue) return Kontraktregler.UgyldigtTal;
                vaerdi = (long)hel;
                break;
            case CelleType.Tekst:
                Span<char> buffer = stackalloc char[64];
                if (Tegn(r, i, buffer, out var s) is { } regel) return regel == Kontraktregler.UgyldigTekst ? Kontraktregler.UgyldigtTal : regel;
                if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out vaerdi)) return Kontraktregler.UgyldigtTal;
                break;
            default: return Kontraktregler.UgyldigtTal;
        }
        return vaerdi < min || vaerdi > max ? Kontraktregler.UdenForInterval : null;
    }

    public static string? Decimaltal(Raekke r, int i, decimal min, decimal max, out decimal vaerdi)
    {
        vaerdi = 0;
        switch (r.Type(i))
        {
            case CelleType.Null: return Kontraktregler.ManglerVaerdi;
            case CelleType.Decimal:
                if (!Laes(r, i, static (r, i) => r.Decimal(i), out vaerdi)) return Kontraktregler.UgyldigtTal;
                break;
            case CelleType.Kommatal:
                if (Decimal(r.Kommatal(i)) is not { } d) return Kontraktregler.UgyldigtTal;
                vaerdi = d;
                break;
            case CelleType.Heltal: vaerdi = r.Heltal(i); break;
            case CelleType.Tekst:
                Span<char> buffer = stackalloc char[64];
                if (Tegn(r, i, buffer, out var s) is { } regel) return regel == Kontraktregler.UgyldigTekst ? Kontraktregler.UgyldigtTal : regel;
                // Invariant only: '1.234,5' is not a number the contract knows (it would read as 1,2345).
                if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                        CultureInfo.InvariantCulture, out vaerdi)) return Kontraktregler.UgyldigtTal;
                break;
            default: return Kontraktregler.UgyldigtTal;
        }
        return vaerdi < min || vaerdi > max ? Kontraktregler.UdenForInterval : null;
    }

    private static decimal? Decimal(double d) =>
        double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 1e15 ? null : (decimal)d;

    public static string? Dato(Raekke r, int i, out DateOnly vaerdi)
    {
        // The common case straight from the bytes: exactly ÅÅÅÅ-MM-DD is what the text path below accepts too.
        if (r.Utf8(i, out var bytes) && bytes.Length == 10 && IsoDato(bytes, out vaerdi))
            return vaerdi < TidligsteDato || vaerdi > SenesteDato ? Kontraktregler.UdenForInterval : null;
        vaerdi = default;
        switch (r.Type(i))
        {
            case CelleType.Null: return Kontraktregler.ManglerVaerdi;
            case CelleType.Dato:
                if (!Laes(r, i, static (r, i) => r.Dato(i), out vaerdi)) return Kontraktregler.UgyldigDato;
                break;
            case CelleType.Tekst:
                Span<char> buffer = stackalloc char[64];
                if (Tegn(r, i, buffer, out var s) is { } regel) return regel == Kontraktregler.UgyldigTekst ? Kontraktregler.UgyldigDato : regel;
                // ISO only, and a time part only after a 'T' or a space: 2016/07/01, 31-01-2016 and
                // 2016-02-30 are not dates of the contract.
                if (s.Length > 10 && s[10] is not ('T' or ' ')) return Kontraktregler.UgyldigDato;
                if (!IsoDato(s.Length > 10 ? s[..10] : s, out vaerdi)) return Kontraktregler.UgyldigDato;
                break;
            default: return Kontraktregler.UgyldigDato;
        }
        return vaerdi < TidligsteDato || vaerdi > SenesteDato ? Kontraktregler.UdenForInterval : null;
    }

    /// <summary>ÅÅÅÅ-MM-DD by hand: the reader's hottest path (a million measures have two dates each).</summary>
    private static bool IsoDato<T>(ReadOnlySpan<T> s, out DateOnly d) where T : System.Numerics.IBinaryInteger<T>
    {
        d = default;
        if (s.Length != 10 || int.CreateTruncating(s[4]) != '-' || int.CreateTruncating(s[7]) != '-') return false;
        uint a0 = Ciffer(s[0]), a1 = Ciffer(s[1]), a2 = Ciffer(s[2]), a3 = Ciffer(s[3]),
            m0 = Ciffer(s[5]), m1 = Ciffer(s[6]), d0 = Ciffer(s[8]), d1 = Ciffer(s[9]);
        if (a0 > 9 || a1 > 9 || a2 > 9 || a3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return false;
        int aar = (int)(a0 * 1000 + a1 * 100 + a2 * 10 + a3), maaned = (int)(m0 * 10 + m1), dag = (int)(d0 * 10 + d1);
        if (aar < 1 || maaned is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(aar, maaned)) return false;
        d = new DateOnly(aar, maaned, dag);
        return true;
    }

    /// <summary>A digit's value; more than 9 for anything else.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Ciffer<T>(T c) where T : System.Numerics.IBinaryInteger<T> => (uint)(int.CreateTruncating(c) - '0');
}
