namespace Rapportering.Input.Kontrakt;

/// <summary>
/// What reading one kommune's views found: the rows read per view (the gate's denominator, bad
/// rows included) and the rows the contract check left out or merged, per view, rule and column.
/// </summary>
public sealed record Indlaesning(IReadOnlyDictionary<string, int> RaekkerLaest, IReadOnlyList<Kontraktbrud> Brud)
{
    public static readonly Indlaesning Tom = new(new Dictionary<string, int>(), []);
}
