namespace Rapportering.Demo;

/// <summary>
/// What the synthetic database holds. Same options → byte-for-byte the same rows.
/// <see cref="DataPr"/> is the "data as of" date: no registration lies after it (the CLI
/// passes yesterday; tests pass a fixed date).
/// </summary>
public sealed record DemoOptions
{
    public required DateOnly DataPr { get; init; }

    public int Seed { get; init; } = 2018;

    /// <summary>Explicit kommune codes; when null, <see cref="AntalKommuner"/> decides.</summary>
    public IReadOnlyList<int>? Kommuner { get; init; }

    /// <summary>How many kommuner (1–98): the default six first, then the rest in code order.
    /// Null = the default six.</summary>
    public int? AntalKommuner { get; init; }

    /// <summary>Multiplies the number of children (and so every registration and amount). 1 = realistic.</summary>
    public double Skala { get; init; } = 1.0;

    public IReadOnlyList<int> ValgteKommuner()
    {
        if (Kommuner is { Count: > 0 } egne) return egne.Distinct().ToList();
        var antal = AntalKommuner ?? DanskeKommuner.Standard.Count;
        if (antal is < 1 or > 98) throw new ArgumentOutOfRangeException(nameof(AntalKommuner), "antal kommuner skal være 1–98");
        return DanskeKommuner.Standard
            .Concat(DanskeKommuner.Alle.Select(k => k.KommuneKode).Where(k => !DanskeKommuner.Standard.Contains(k)))
            .Take(antal)
            .ToList();
    }
}
