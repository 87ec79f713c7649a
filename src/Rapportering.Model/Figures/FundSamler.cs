namespace Rapportering.Figures;

/// <summary>
/// Collects data-quality findings row by row and gives one <see cref="DatakvalitetFund"/> per
/// rule: Antal = rows that broke it, Beskrivelse = the rule's explanation plus the first few
/// details. Rules keep the order in which they were first seen, so output is deterministic.
/// </summary>
internal sealed class FundSamler
{
    private const int MaksDetaljer = 20;
    private readonly List<string> _regler = [];
    private readonly Dictionary<string, (string Forklaring, int Antal, List<string> Detaljer)> _fund = new(StringComparer.Ordinal);

    public void Tilfoej(string regel, string forklaring, string detalje, int antal = 1)
    {
        if (!_fund.TryGetValue(regel, out var f))
        {
            f = (forklaring, 0, []);
            _regler.Add(regel);
        }
        f.Detaljer.Add(detalje);
        _fund[regel] = (f.Forklaring, f.Antal + antal, f.Detaljer);
    }

    public IReadOnlyList<DatakvalitetFund> Fund() => _regler.Select(r =>
    {
        var (forklaring, antal, detaljer) = _fund[r];
        var vist = string.Join("; ", detaljer.Take(MaksDetaljer));
        var rest = detaljer.Count > MaksDetaljer ? $"; og {detaljer.Count - MaksDetaljer} andre" : "";
        return new DatakvalitetFund(r, antal, $"{forklaring}: {vist}{rest}");
    }).ToList();
}
