using System.Data.Common;
using System.Globalization;

namespace Rapportering.Input.Kontrakt;

/// <summary>A row of any ADO.NET reader (PostgreSQL, SQL Server, and SQLite where its own API is not used).</summary>
internal sealed class DbRaekke(DbDataReader r) : Raekke
{
    // A column's wire type is the same on every row of a server's result set, so it is asked once
    // per column; only SQLite types cell by cell (its ADO.NET reader is not used here, but stays right).
    private readonly CelleType?[] _typer = new CelleType?[r is Microsoft.Data.Sqlite.SqliteDataReader ? 0 : r.FieldCount];

    public override CelleType Type(int i)
    {
        if (r.IsDBNull(i)) return CelleType.Null;
        if (i >= _typer.Length) return TypeAf(r.GetFieldType(i));
        return _typer[i] ??= TypeAf(r.GetFieldType(i));
    }

    private static CelleType TypeAf(Type t)
    {
        if (t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(byte)) return CelleType.Heltal;
        if (t == typeof(double) || t == typeof(float)) return CelleType.Kommatal;
        if (t == typeof(decimal)) return CelleType.Decimal;
        if (t == typeof(string)) return CelleType.Tekst;
        if (t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset)) return CelleType.Dato;
        return CelleType.Andet;
    }

    public override long Heltal(int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    public override double Kommatal(int i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    public override decimal Decimal(int i) => r.GetDecimal(i);

    public override DateOnly Dato(int i) => r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
        _ => throw new InvalidCastException(),
    };

    public override string Tekst(int i) => r.GetString(i);

    public override int Tegn(int i, Span<char> buffer)
    {
        var s = r.GetString(i);
        if (s.Length > buffer.Length) return -1;
        s.AsSpan().CopyTo(buffer);
        return s.Length;
    }
}
