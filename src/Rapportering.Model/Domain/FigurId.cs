namespace Rapportering.Domain;

/// <summary>
/// A figure's catalog id ("anbragte_pr_1000"). Typed so an id is never mixed up with an opdeling
/// or any other text; <see cref="ToString"/> is the figures export's wire form.
/// </summary>
public readonly record struct FigurId
{
    // The text's hash, made once: ids key the look-ups of every figure row and report cell.
    private readonly int _hash;

    public FigurId(string kode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kode);
        Kode = kode;
        _hash = kode.GetHashCode();
    }

    public string Kode { get; }

    public bool Equals(FigurId other) => _hash == other._hash && string.Equals(Kode, other.Kode, StringComparison.Ordinal);

    public override int GetHashCode() => _hash;

    public override string ToString() => Kode;
}
