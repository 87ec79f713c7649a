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

    public static bool LignerCpr(string s) => s.Length >= 10 && CprForm().IsMatch(s);

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
            if (LignerCpr(s.ToString())) return Kontraktregler.CprLignende;
            // ISO only, and a time part only after a 'T' or a space: 2016/07/01, 31-01-2016 and
            // 2016-02-30 are not dates of the contract.
            if (s.Length > 10 && s[10] is not ('T' or ' ')) return Kontraktregler.UgyldigDato;
            if (!DateOnly.TryParseExact(s.Length > 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out vaerdi))
                return Kontraktregler.UgyldigDato;
        }
        else if (t == typeof(DateTime)) vaerdi = DateOnly.FromDateTime(r.GetDateTime(i));
        else if (t == typeof(DateOnly)) vaerdi = r.GetFieldValue<DateOnly>(i);
        else if (t == typeof(DateTimeOffset)) vaerdi = DateOnly.FromDateTime(r.GetFieldValue<DateTimeOffset>(i).DateTime);
        else return Kontraktregler.UgyldigDato;
        return vaerdi < TidligsteDato || vaerdi > SenesteDato ? Kontraktregler.UdenForInterval : null;
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
        return vaerdi.Length > 200 || vaerdi.Any(char.IsControl) ? Kontraktregler.UgyldigTekst : null;
    }
}
