using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Pipeline;

/// <summary>
/// Builds the composer's input at the edge, where files may be read: the logo resolved through
/// the template folders (own folder first) to an absolute path; the texts come in already loaded.
/// </summary>
public static class RapportInputFabrik
{
    /// <summary>Kommune code, cut date and price year from the export; the logo through <paramref name="skabeloner"/>.</summary>
    public static RapportInput Fra(FigurEksport eksport, string kommunenavn, KommuneSkabelon skabelon,
        Skabeloner skabeloner, RapportTekster tekster, DateOnly dataPr, DateTimeOffset oprettet)
    {
        var logo = skabelon.Branding.Logo is { Length: > 0 } l ? skabeloner.Find(l) : null;
        return new RapportInput(eksport, eksport.Kommune, kommunenavn, skabelon,
            logo is null ? null : Path.GetFullPath(logo), dataPr, eksport.Skaeringsdato, tekster, oprettet);
    }
}
