namespace Rapportering.Domain;

/// <summary>
/// A figure's catalog id ("anbragte_pr_1000"). Typed so an id is never mixed up with an opdeling
/// or any other text; <see cref="ToString"/> is the figures export's wire form.
/// </summary>
public readonly record struct FigurId
{
    public FigurId(string kode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kode);
        Kode = kode;
    }

    public string Kode { get; }

    public override string ToString() => Kode;
}
