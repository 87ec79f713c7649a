namespace Rapportering.Input.Kontrakt;

/// <summary>What a cell holds on the wire, whatever the provider.</summary>
internal enum CelleType { Null, Heltal, Kommatal, Decimal, Tekst, Dato, Andet }

/// <summary>
/// The current row of a query, cell by ordinal. Two kinds: any ADO.NET reader
/// (<see cref="DbRaekke"/>), and SQLite's own statement (<see cref="SqliteRaekke"/>), which hands
/// out text as UTF-8 without a string per cell — the embedded default reads a million measures.
/// </summary>
internal abstract class Raekke
{
    public abstract CelleType Type(int i);
    public abstract long Heltal(int i);
    public abstract double Kommatal(int i);
    public abstract decimal Decimal(int i);
    public abstract DateOnly Dato(int i);
    public abstract string Tekst(int i);

    /// <summary>The text of cell i as characters in <paramref name="buffer"/>; -1 when it does not fit.</summary>
    public abstract int Tegn(int i, Span<char> buffer);

    /// <summary>A text cell's UTF-8 bytes, when the provider hands them out as such (SQLite); false otherwise.</summary>
    public virtual bool Utf8(int i, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return false;
    }
}
