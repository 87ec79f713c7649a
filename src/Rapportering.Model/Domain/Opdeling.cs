namespace Rapportering.Domain;

/// <summary>
/// One breakdown of a figure ("institution", "trin3", "udsatte"); a figure's total has no
/// opdeling (<c>null</c>). Typed, with the values of the output contract (DESIGN.md) named once
/// here; <see cref="ToString"/> is the figures export's wire form.
/// </summary>
public readonly record struct Opdeling
{
    // The text's hash, made once: opdelinger key the look-ups of every report cell.
    private readonly int _hash;

    public Opdeling(string kode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kode);
        Kode = kode;
        _hash = kode.GetHashCode();
    }

    public string Kode { get; }

    public bool Equals(Opdeling other) => _hash == other._hash && string.Equals(Kode, other.Kode, StringComparison.Ordinal);

    public override int GetHashCode() => _hash;

    public override string ToString() => Kode;

    /// <summary>Reads the wire form: null or empty is the total.</summary>
    public static Opdeling? Fra(string? kode) => string.IsNullOrEmpty(kode) ? null : new Opdeling(kode);

    // Hjemmebaserede foranstaltninger per type (the trin-3 indsatstyper).
    public static readonly Opdeling ForebyggendeForanstaltning = new(Indsatstyper.ForebyggendeForanstaltning);
    public static readonly Opdeling DoegnopholdFamilie = new(Indsatstyper.DoegnopholdFamilie);
    public static readonly Opdeling HjemmebaseretAnbringelse = new(Indsatstyper.HjemmebaseretAnbringelse);
    public static readonly Opdeling ForaeldrerettetUnderAnbringelse = new(Indsatstyper.ForaeldrerettetUnderAnbringelse);

    // Anbringelsesformer.
    public static readonly Opdeling Institution = new(Indsatstyper.Institution);
    public static readonly Opdeling Familiepleje = new(Indsatstyper.Familiepleje);
    public static readonly Opdeling Netvaerkspleje = new(Indsatstyper.Netvaerkspleje);

    // Bevægelser fra hjemmebaserede.
    public static readonly Opdeling Op = new("op");
    public static readonly Opdeling Ned = new("ned");
    public static readonly Opdeling Ingen = new("ingen");

    // Ophørte institutionsanbringelser.
    public static readonly Opdeling AndenAnbringelsesform = new("anden_anbringelsesform");
    public static readonly Opdeling IkkeAnbragt = new("ikke_anbragt");

    // Expenditure series.
    public static readonly Opdeling Service = new("service");
    public static readonly Opdeling Administration = new("administration");
    public static readonly Opdeling IAlt = new("i_alt");

    // School figures: the two groups and the gap between them.
    public static readonly Opdeling Udsatte = new("udsatte");
    public static readonly Opdeling Oevrige = new("oevrige");
    public static readonly Opdeling Forskel = new("forskel");

    /// <summary>Gross service expenditure on trin 2–6.</summary>
    public static Opdeling Trin(int trin) => trin is >= 2 and <= 6
        ? new Opdeling($"trin{trin}")
        : throw new ArgumentOutOfRangeException(nameof(trin), trin, "serviceudgifter fordeles på trin 2-6");

    /// <summary>The trin-3 types in the order the figures export lists them.</summary>
    public static readonly IReadOnlyList<Opdeling> Hjemmebaserede =
        Indsatstyper.Hjemmebaserede.Select(t => new Opdeling(t)).ToList();
}
