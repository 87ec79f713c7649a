using System.Data;
using System.Globalization;
using Dapper;

namespace Rapportering.Input;

/// <summary>
/// Maps date columns to DateOnly whatever the provider hands back: ISO text (SQLite),
/// DateTime (Npgsql, SqlClient) or DateOnly. Registered once with Dapper.
/// </summary>
internal sealed class DatoHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override DateOnly Parse(object value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s => DateOnly.TryParseExact(s.Length > 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{s}' er ikke en dato (ÅÅÅÅ-MM-DD)"),
        _ => throw new FormatException($"'{value}' ({value.GetType().Name}) er ikke en dato (ÅÅÅÅ-MM-DD)"),
    };

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value.ToDateTime(TimeOnly.MinValue);
    }
}

/// <summary>Registers our Dapper type handlers exactly once (the static constructor is thread-safe).</summary>
internal static class DapperOpsaetning
{
    static DapperOpsaetning() => SqlMapper.AddTypeHandler(new DatoHandler());

    /// <summary>Call before any Dapper query; cheap after the first call.</summary>
    public static void Sikr()
    {
    }
}
