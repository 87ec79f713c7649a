using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// Reads one cell off a <see cref="DbDataReader"/> by ordinal and checks it against the view
/// contract, whatever wire type the provider hands back (SQLite: long, double, text or BLOB per
/// row; PostgreSQL/SQL Server: int, numeric, date — or text in a warehouse that casts nothing).
/// A failure is the id of the broken rule (<see cref="Kontraktregler"/>), never the value.
/// </summary>
internal static partial class Celle
{
    /// <summary>Six digits, an optional dash, four digits, standing alone: a CPR number's shape.</summary>
    [GeneratedRegex(@"(?<!\d)\d{6}-?\d{4}(?!\d)")]
    private static partial Regex CprForm();

    /// <summary>The regular expression runs only where ten digits could be: dates and ids have fewer.</summary>
    public static bool LignerCpr(ReadOnlySpan<char> s)
    {
        if (s.Length < 10) return false;
        var cifre = 0;
        foreach (var c in s) if (char.IsAsciiDigit(c)) cifre++;
        return cifre >= 10 && CprForm().IsMatch(s);
    }

    /// <summary>Dates the contract can hold: anything outside is a typing error (0016-01-31, 2916-01-31).</summary>
    private static readonly DateOnly TidligsteDato = new(1900, 1, 1);
    private static readonly DateOnly SenesteDato = new(2100, 12, 31);

    public static string? Heltal(DbDataReader r, int i, long min, long max, out long vaerdi)
    {
        vaerdi = 0;
        if (r.IsDBNull(i)) return Kontraktregler.ManglerVaerdi;
        var t = r.GetFieldType(i);
        if (t == typeof(long)) vaerdi = r.GetInt64(i);
        else if (t == typeof(int)) vaerdi = r.GetInt32(i);
        else if (t == typeof(short)) vaerdi = r.GetInt16(i);
        else if (t == typeof(double) || t == typeof(float) || t == typeof(decimal))
        {
            var d = Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
            if (d != decimal.Truncate(d) || d > long.MaxValue || d < long.MinValue) return Kontraktregler.UgyldigtTal;
            vaerdi = (long)d;
        }
        else if (t == typeof(string))
        {
            var s = r.GetString(i).Trim();
            if (s.Length == 0) return Kontraktregler.ManglerVaerdi;
            if (LignerCpr(s)) return Kontraktregler.CprLignende;
            if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out vaerdi)) return Kontraktregler.UgyldigtTal;
        }
        else return Kontraktregler.UgyldigtTal;
        return vaerdi < min || vaerdi > max ? Kontraktregler.UdenForInterval : null;
    }

    public static string? Decimaltal(DbDataReader r, int i, decimal min, decimal max, out decimal vaerdi)
    {
        vaerdi = 0;
        if (r.IsDBNull(i)) return Kontraktregler.ManglerVaerdi;
        var t = r.GetFieldType(i);
        if (t == typeof(decimal)) vaerdi = r.GetDecimal(i);
        else if (t == typeof(double) || t == typeof(float))
        {
            var d = Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
            if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 1e15) return Kontraktregler.UgyldigtTal;
            vaerdi = (decimal)d;
        }
        else if (t == typeof(long)) vaerdi = r.GetInt64(i);
        else if (t == typeof(int)) vaerdi = r.GetInt32(i);
        else if (t == typeof(short)) vaerdi = r.GetInt16(i);
        else if (t == typeof(string))
        {
            var s = r.GetString(i).Trim();
            if (s.Length == 0) return Kontraktregler.ManglerVaerdi;
            if (LignerCpr(s)) return Kontraktregler.CprLignende;
            // Invariant only: '1.234,5' is not a number the contract knows (it would read as 1,2345).
            if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                    CultureInfo.InvariantCulture, out vaerdi)) return Kontraktregler.UgyldigtTal;
        }
        else return Kontraktregler.UgyldigtTal;
        return vaerdi < min || vaerdi > max ? Kontraktregler.UdenForInterval : null;
    }

    public static string? Dato(DbDataReader r, int i, out DateOnly vaerdi)
    {
        vaerdi = default;
        if (r.IsDBNull(i)) return Kontraktregler.ManglerVaerdi;
        var t = r.GetFieldType(i);
        if (t == typeof(string))
        {
            var s = r.GetString(i).AsSpan().Trim();
            if (s.Length == 0) return Kontraktregler.ManglerVaerdi;
            if (LignerCpr(s)) return Kontraktregler.CprLignende;
            // ISO only, and a time part only after a 'T' or a space: 2016/07/01, 31-01-2016 and
            // 2016-02-30 are not dates of the contract.
            if (s.Length > 10 && s[10] is not ('T' or ' ')) return Kontraktregler.UgyldigDato;
            if (!IsoDato(s.Length > 10 ? s[..10] : s, out vaerdi)) return Kontraktregler.UgyldigDato;
        }
        else if (t == typeof(DateTime)) vaerdi = DateOnly.FromDateTime(r.GetDateTime(i));
        else if (t == typeof(DateOnly)) vaerdi = r.GetFieldValue<DateOnly>(i);
        else if (t == typeof(DateTimeOffset)) vaerdi = DateOnly.FromDateTime(r.GetFieldValue<DateTimeOffset>(i).DateTime);
        else return Kontraktregler.UgyldigDato;
        return vaerdi < TidligsteDato || vaerdi > SenesteDato ? Kontraktregler.UdenForInterval : null;
    }

    /// <summary>ÅÅÅÅ-MM-DD by hand: the reader's hottest path (a million measures have two dates each).</summary>
    private static bool IsoDato(ReadOnlySpan<char> s, out DateOnly d)
    {
        d = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!Tal(s[..4], out var aar) || !Tal(s[5..7], out var maaned) || !Tal(s[8..], out var dag)) return false;
        if (aar < 1 || maaned is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(aar, maaned)) return false;
        d = new DateOnly(aar, maaned, dag);
        return true;
    }

    private static bool Tal(ReadOnlySpan<char> s, out int v)
    {
        v = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            v = v * 10 + (c - '0');
        }
        return true;
    }

    public static string? Tekst(DbDataReader r, int i, out string vaerdi)
    {
        vaerdi = "";
        if (r.IsDBNull(i)) return Kontraktregler.ManglerVaerdi;
        var t = r.GetFieldType(i);
        if (t == typeof(string)) vaerdi = r.GetString(i).Trim();
        else if (t == typeof(long) || t == typeof(int) || t == typeof(short))
            vaerdi = Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        else return Kontraktregler.UgyldigTekst;
        if (vaerdi.Length == 0) return Kontraktregler.ManglerVaerdi;
        if (LignerCpr(vaerdi)) return Kontraktregler.CprLignende;
        // No column of the contract holds more; a longer value is a field from elsewhere.
        if (vaerdi.Length > 200) return Kontraktregler.UgyldigTekst;
        foreach (var c in vaerdi) if (char.IsControl(c)) return Kontraktregler.UgyldigTekst;
        return null;
    }
}
