namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case.
/// A name that is taken gets a number: "Udgifter I alt 2".
/// </summary>
internal sealed class Arknavne
{
    public const int MaksLaengde = 31;
    private readonly HashSet<string> _brugt = new(StringComparer.OrdinalIgnoreCase);

    public Arknavne(params string[] reserverede)
    {
        foreach (var r in reserverede) _brugt.Add(r);
    }

    public string Nyt(string oensket)
    {
        var renset = new string(oensket.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray()).Trim().Trim('\'');
        if (renset.Length == 0) renset = "Ark";
        var navn = Afkort(renset, MaksLaengde);
        for (var n = 2; !_brugt.Add(navn); n++)
        {
            var hale = " " + n;
            navn = Afkort(renset, MaksLaengde - hale.Length) + hale;
        }
        return navn;
    }

    private static string Afkort(string s, int laengde) => s.Length <= laengde ? s : s[..laengde].TrimEnd();
}
