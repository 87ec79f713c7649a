namespace Rapportering.Demo;

/// <summary>
/// Pseudonymous person ids: 12 random letters and digits (never a 10-digit CPR-like number),
/// unique across the whole demo database.
/// </summary>
internal sealed class PersonIder
{
    private const string Tegn = "abcdefghjkmnpqrstuvwxyz23456789";
    private readonly HashSet<string> _brugt = new(StringComparer.Ordinal);

    public string NytId(Random rng)
    {
        Span<char> id = stackalloc char[12];
        while (true)
        {
            for (var i = 0; i < id.Length; i++) id[i] = Tegn[rng.Next(Tegn.Length)];
            var s = new string(id);
            if (_brugt.Add(s)) return s;
        }
    }
}
