namespace Rapportering.Jobs.Web;

/// <summary>The one check every redirect target passes: a path on this site and nothing else.</summary>
internal static class LokalUrl
{
    /// <summary>
    /// The URL if it is a plain local path: starts with one '/', printable ASCII only (a TAB, CR,
    /// LF or VT is stripped by browsers, so "/\t/ondt.example" would become "//ondt.example"; a
    /// control character or non-ASCII in a Location header fails the response), no backslash.
    /// Null otherwise.
    /// </summary>
    public static string? Kontroller(string? url)
    {
        if (url is not { Length: > 0 and <= 2048 } u || u[0] != '/') return null;
        if (u.Length > 1 && u[1] is '/' or '\\') return null;
        foreach (var c in u)
            if (c is < '!' or > '~' or '\\') return null;
        return u;
    }
}
