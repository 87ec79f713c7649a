namespace Rapportering.Offentlige;

/// <summary>
/// One cell of a Statistikbanken table as stored: which table and series it feeds, the kommune
/// (0 = hele landet as Danmarks Statistik publishes it), the period code as published
/// (<c>2017</c>, <c>2017K1</c>), the series key (e.g. the age, or funktion|dranst) and the value.
/// A discretion-suppressed cell (<c>..</c>) has <see cref="Vaerdi"/> null and
/// <see cref="IkkeOplyst"/> set: "ikke oplyst", never 0.
/// </summary>
public sealed record OffentligtTal(
    string Tabel, string Serie, int KommuneKode, string Periode, string Noegle, decimal? Vaerdi, bool IkkeOplyst)
{
    public (string, string, int, string, string) Noeglen => (Tabel, Serie, KommuneKode, Periode, Noegle);
}

/// <summary>
/// A finding of the import or the derivation: where (file and line, or figure and area), which
/// rule, and what was done. Never carries a cell's value: a malformed line may hold a CPR number.
/// </summary>
public sealed record OffentligtFund(string Kilde, int? Linje, string Regel, string Beskrivelse);

/// <summary>A Statistikbanken period: a year (<c>2017</c>) or a quarter (<c>2017K1</c>).</summary>
public readonly record struct TidsKode(int Aar, int? Kvartal)
{
    public string Kode => Kvartal is { } k ? $"{Aar}K{k}" : Aar.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string tekst, out TidsKode tid)
    {
        tid = default;
        var t = tekst.Trim();
        if (t.Length == 4 && int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var aar))
        {
            tid = new TidsKode(aar, null);
            return aar is >= 1900 and <= 2100;
        }
        if (t.Length == 6 && (t[4] is 'K' or 'k') && t[5] is >= '1' and <= '4'
            && int.TryParse(t[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out aar))
        {
            tid = new TidsKode(aar, t[5] - '0');
            return aar is >= 1900 and <= 2100;
        }
        return false;
    }
}
