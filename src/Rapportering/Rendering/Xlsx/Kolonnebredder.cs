using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Column widths measured while the cells are written (the streamed cells cannot be read back):
/// the longest shown text, a header's with room for the filter button, within [min, max].
/// </summary>
internal sealed class Kolonnebredder
{
    private readonly Dictionary<int, double> _bredder = [];

    /// <summary>A header cell: its text plus room for the filter button.</summary>
    public void Overskrift(int kolonne, string tekst) => Maal(kolonne, tekst.Length + 3);

    /// <summary>A period in a header cell: as the cell it is (date, year or text) plus the filter button.</summary>
    public void Overskrift(int kolonne, Periode periode) => Maal(kolonne, 3 + periode.Art switch
    {
        PeriodeArt.Skaeringsdato => 10,
        PeriodeArt.Regnskabsaar => Formatering.Tal((decimal)periode.Aar, 1).Length + 2,
        _ => periode.ToString().Length,
    });

    public void Tekst(int kolonne, string tekst) => Maal(kolonne, tekst.Length);

    /// <summary>Right-aligned numbers get air before a left-aligned neighbour.</summary>
    public void Tal(int kolonne, decimal v) => Maal(kolonne, Formatering.Tal(v, 1).Length + 2);

    public void Dato(int kolonne, string format) => Maal(kolonne, format == XlsxFormat.LangDato ? 18 : 10);

    /// <summary>Every measured column and the width it gets, in the order first measured.</summary>
    public IEnumerable<(int Kolonne, double Bredde)> Alle(double min = 8, double max = 60) =>
        _bredder.Select(kv => (kv.Key, Math.Clamp(kv.Value + 2, min, max)));

    /// <summary>The width a column gets (0 when nothing was measured in it).</summary>
    public double Bredde(int kolonne, double min = 8, double max = 60) =>
        _bredder.TryGetValue(kolonne, out var b) ? Math.Clamp(b + 2, min, max) : 0;

    public void Saet(StroemArk ark, double min = 8, double max = 60)
    {
        foreach (var (k, b) in Alle(min, max)) ark.Bredde(k, b);
    }

    private void Maal(int kolonne, double laengde) =>
        _bredder[kolonne] = Math.Max(_bredder.GetValueOrDefault(kolonne), laengde);
}
