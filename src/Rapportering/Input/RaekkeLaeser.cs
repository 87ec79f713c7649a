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
        if (t == typeof(long)) return Konverter(r, i, "et heltal", v => checked((int)(long)v));
        if (t == typeof(short)) return r.GetInt16(i);
        return Konverter(r, i, "et heltal", v => Convert.ToInt32(v, CultureInfo.InvariantCulture));
    }

    public static int? HeltalEllerNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Heltal(r, i);

    public static decimal Decimaltal(DbDataReader r, int i)
    {
        var t = r.GetFieldType(i);
        if (t == typeof(decimal)) return r.GetDecimal(i);
        if (t == typeof(double)) return (decimal)r.GetDouble(i);
        if (t == typeof(long)) return r.GetInt64(i);
        return Konverter(r, i, "et tal", v => Convert.ToDecimal(v, CultureInfo.InvariantCulture));
    }

    /// <summary>A value that cannot be read becomes a FormatException naming the view's column and the value.</summary>
    private static T Konverter<T>(DbDataReader r, int i, string forventet, Func<object, T> konverter)
    {
        var v = r.GetValue(i);
        try
        {
            return konverter(v);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new FormatException($"{Kolonne(r, i)}: '{v}' er ikke {forventet}", e);
        }
    }

    /// <summary>The view's column name for a query alias (KommuneKode → kommune_kode, Beloeb1000Kr → beloeb_1000kr).</summary>
    internal static string Kolonne(DbDataReader r, int i) => ViewSql.Kolonne(r.GetName(i));

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
                : throw new FormatException($"{Kolonne(r, i)}: '{r.GetString(i)}' er ikke en dato (ÅÅÅÅ-MM-DD)");
        }
        if (t == typeof(DateTime)) return DateOnly.FromDateTime(r.GetDateTime(i));
        if (t == typeof(DateOnly)) return r.GetFieldValue<DateOnly>(i);
        return Konverter(r, i, "en dato", v => new DatoHandler().Parse(v));
    }

    public static DateOnly? DatoEllerNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Dato(r, i);
}
