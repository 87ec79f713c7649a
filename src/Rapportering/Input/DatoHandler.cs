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
        string s => DateOnly.ParseExact(s.Length > 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new DataException($"kan ikke læse '{value}' ({value.GetType().Name}) som dato"),
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
