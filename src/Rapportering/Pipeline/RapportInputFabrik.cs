using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Pipeline;

/// <summary>
/// Builds the composer's input at the edge, where files may be read: the logo resolved through
/// the template folders (own folder first) to an absolute path and its bytes read; the texts come in already loaded.
/// </summary>
public static class RapportInputFabrik
{
    /// <summary>Kommune code, cut date and price year from the export; the logo through <paramref name="skabeloner"/>.</summary>
    public static RapportInput Fra(FigurEksport eksport, string kommunenavn, KommuneSkabelon skabelon,
        Skabeloner skabeloner, RapportTekster tekster, DateOnly dataPr, DateTimeOffset oprettet)
    {
        var logo = skabelon.Branding.Logo is { Length: > 0 } l ? skabeloner.Find(l) : null;
        return new RapportInput(eksport, eksport.Kommune, kommunenavn, skabelon,
            logo is null ? null : Path.GetFullPath(logo), dataPr, eksport.Skaeringsdato, tekster, oprettet) { Logo = LaesLogo(logo) };
    }

    /// <summary>The logo's bytes and media type by its extension; none for another kind of file or one that cannot be read
    /// (the report is then made without a logo, as for a missing file: <see cref="Skabeloner.Advarsler"/> tells the user).</summary>
    internal static Logo? LaesLogo(string? sti)
    {
        var type = Path.GetExtension(sti ?? "").ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".svg" => "image/svg+xml",
            ".jpg" or ".jpeg" => "image/jpeg",
            _ => null,
        };
        if (sti is null || type is null) return null;
        try
        {
            return new Logo(File.ReadAllBytes(sti), type);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
