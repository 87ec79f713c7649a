namespace Rapportering.Pipeline;

/// <summary>The output formats of one kommune's report. File names are &lt;kode&gt;-&lt;yyyy-mm-dd&gt;.&lt;ext&gt;.</summary>
public enum Format { Pdf, Xlsx, Html, Json }

public static class Formater
{
    public static readonly IReadOnlySet<Format> Alle = new SortedSet<Format> { Format.Pdf, Format.Xlsx, Format.Html, Format.Json };

    public static string Endelse(this Format f) => f switch
    {
        Format.Pdf => "pdf",
        Format.Xlsx => "xlsx",
        Format.Html => "html",
        _ => "json",
    };

    /// <summary>Parses "pdf,xlsx,json"; null/empty means all formats. Error text is one line.</summary>
    public static bool TryParse(string? tekst, out IReadOnlySet<Format> formater, out string fejl)
    {
        formater = Alle;
        fejl = "";
        if (string.IsNullOrWhiteSpace(tekst)) return true;
        var valgt = new SortedSet<Format>();
        foreach (var del in tekst.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Format? f = del.ToLowerInvariant() switch
            {
                "pdf" => Format.Pdf,
                "xlsx" => Format.Xlsx,
                "html" => Format.Html,
                "json" => Format.Json,
                _ => null,
            };
            if (f is null)
            {
                fejl = $"ukendt format '{del}' (brug pdf, xlsx, html, json)";
                return false;
            }
            valgt.Add(f.Value);
        }
        if (valgt.Count == 0)
        {
            fejl = "--format er tomt (brug pdf, xlsx, html, json)";
            return false;
        }
        formater = valgt;
        return true;
    }

    public static string FilNavn(int kommuneKode, Domain.Skaeringsdato dato, Format f) => $"{kommuneKode}-{dato.Iso}.{f.Endelse()}";
}
