using System.Data.Common;
using System.Globalization;

namespace Rapportering.Input;

/// <summary>
/// Reads columns straight off a <see cref="DbDataReader"/> by ordinal, whatever wire type the
/// provider hands back (SQLite: long, double, ISO text; PostgreSQL/SQL Server: int, numeric,
/// date). The streamed national read uses it instead of Dapper: no per-row reflection or
/// boxing, and dates parsed from the text without substrings.
/// </summary>
internal static class RaekkeLaeser
{
    public static int Heltal(DbDataReader r, int i)
    {
        var t = r.GetFieldType(i);
        if (t == typeof(int)) return r.GetInt32(i);
        if (t == typeof(long)) return checked((int)r.GetInt64(i));
        if (t == typeof(short)) return r.GetInt16(i);
        return Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    }

    public static int? HeltalEllerNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Heltal(r, i);

    public static decimal Decimaltal(DbDataReader r, int i)
    {
        var t = r.GetFieldType(i);
        if (t == typeof(decimal)) return r.GetDecimal(i);
        if (t == typeof(double)) return (decimal)r.GetDouble(i);
        if (t == typeof(long)) return r.GetInt64(i);
        return Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
    }

    public static decimal? DecimaltalEllerNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Decimaltal(r, i);

    public static string Tekst(DbDataReader r, int i) => r.IsDBNull(i) ? "" : r.GetString(i);

    public static string? TekstEllerNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly Dato(DbDataReader r, int i)
    {
        var t = r.GetFieldType(i);
        if (t == typeof(string))
        {
            var s = r.GetString(i).AsSpan();
            if (s.Length > 10) s = s[..10];
            return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new FormatException($"kan ikke læse '{r.GetString(i)}' som dato");
        }
        if (t == typeof(DateTime)) return DateOnly.FromDateTime(r.GetDateTime(i));
        if (t == typeof(DateOnly)) return r.GetFieldValue<DateOnly>(i);
        return new DatoHandler().Parse(r.GetValue(i));
    }

    public static DateOnly? DatoEllerNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Dato(r, i);
}
