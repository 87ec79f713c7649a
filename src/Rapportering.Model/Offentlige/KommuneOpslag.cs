using System.Globalization;

namespace Rapportering.Offentlige;

/// <summary>
/// Resolves Statistikbanken's area cell to a kommune code: a code (101, "0101") or a name
/// ("København", "Københavns Kommune"); hele landet is 0; a region is recognised and skipped.
/// </summary>
internal sealed class KommuneOpslag
{
    /// <summary>Returned for a region code or name: known, but not stored (regions are Σ/Σ).</summary>
    public const int Region = -1;

    private readonly Dictionary<string, int> _navne = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int> _koder = [];
    private readonly HashSet<int> _regioner = [];

    public KommuneOpslag(OffentligeTalSkabelon s)
    {
        foreach (var (kode, navn) in s.Kommuner)
        {
            var k = int.Parse(kode, CultureInfo.InvariantCulture);
            _koder.Add(k);
            _navne[navn] = k;
            _navne[navn + " Kommune"] = k;
        }
        foreach (var n in s.HeleLandet) _navne[n] = 0;
        foreach (var (kode, r) in s.Regioner)
        {
            var k = int.Parse(kode, CultureInfo.InvariantCulture);
            _regioner.Add(k);
            _navne[r.Navn] = Region;
        }
    }

    public int? Find(string felt)
    {
        if (felt.Length is > 0 and <= 4 && felt.All(char.IsAsciiDigit))
        {
            var k = int.Parse(felt, CultureInfo.InvariantCulture);
            if (k == 0) return 0;
            if (_koder.Contains(k)) return k;
            // DST writes regions 081–085 in FOLK1A/REGK31; the template holds them as 1081–1085 (NUTS) or 81–85.
            if (_regioner.Contains(k) || _regioner.Contains(1000 + k)) return Region;
            return null;
        }
        return _navne.TryGetValue(felt, out var kode) ? kode : null;
    }
}
