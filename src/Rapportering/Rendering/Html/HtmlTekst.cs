using System.Text;

namespace Rapportering.Rendering.Html;

/// <summary>
/// Escapes text for HTML content and attributes. Only the five markup characters: Danish
/// letters stay as they are (UTF-8), unlike WebUtility.HtmlEncode which writes "&#229;" for "å".
/// </summary>
public static class HtmlTekst
{
    public static string E(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
