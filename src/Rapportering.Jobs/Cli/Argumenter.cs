namespace Rapportering.Jobs;

/// <summary>
/// A tiny parser for "--name value" options. Unknown options and missing values are user
/// mistakes and become a <see cref="BrugerFejl"/> with one line of text.
/// </summary>
internal sealed class Argumenter
{
    private readonly Dictionary<string, string?> _vaerdier = new(StringComparer.Ordinal);

    private Argumenter() { }

    /// <param name="kendte">Options that take a value.</param>
    /// <param name="flag">Options without a value.</param>
    public static Argumenter Parse(IEnumerable<string> args, IReadOnlyCollection<string> kendte, IReadOnlyCollection<string>? flag = null)
    {
        flag ??= [];
        var a = new Argumenter();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var navn = e.Current;
            if (!navn.StartsWith("--", StringComparison.Ordinal))
                throw new BrugerFejl($"uventet argument '{navn}'");
            var noegle = navn[2..];
            if (flag.Contains(noegle)) { a._vaerdier[noegle] = null; continue; }
            if (!kendte.Contains(noegle))
                throw new BrugerFejl($"ukendt tilvalg '{navn}' (kendte: {string.Join(", ", kendte.Concat(flag).Select(k => "--" + k))})");
            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
                throw new BrugerFejl($"tilvalget '{navn}' mangler en værdi");
            a._vaerdier[noegle] = e.Current;
        }
        return a;
    }

    public bool Har(string navn) => _vaerdier.ContainsKey(navn);

    public string? Valgfri(string navn) => _vaerdier.TryGetValue(navn, out var v) ? v : null;

    public string Kraevet(string navn) =>
        _vaerdier.TryGetValue(navn, out var v) && !string.IsNullOrWhiteSpace(v)
            ? v
            : throw new BrugerFejl($"--{navn} mangler");

    public int KraevetHeltal(string navn)
    {
        var v = Kraevet(navn);
        return int.TryParse(v, out var i) ? i : throw new BrugerFejl($"--{navn} skal være et heltal, ikke '{v}'");
    }

    /// <summary>A decimal number written with a point (0.2), as in every shell script.</summary>
    public double KraevetTal(string navn)
    {
        var v = Kraevet(navn);
        return double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw new BrugerFejl($"--{navn} skal være et tal, ikke '{v}'");
    }
}

/// <summary>A mistake the user can fix; printed as one line on stderr, exit code 2.</summary>
public sealed class BrugerFejl(string besked) : Exception(besked);
