using System.Globalization;
using Rapportering.Domain;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// A period as a typed cell: a cut date becomes a date, an accounting year a number, a school
/// year text. The kind is the period's own (<see cref="Periode.Art"/>), never guessed from text.
/// </summary>
internal static class PeriodeCelle
{
    public static DateTime Dato(Periode periode) => periode.Skaeringsdato.Dato.ToDateTime(TimeOnly.MinValue);

    public static DateTime Dato(string skaeringsdato) =>
        DateTime.ParseExact(skaeringsdato, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes the cell and, when given, measures it for its column's width.</summary>
    public static void Skriv(ICeller ark, int raekke, int kolonne, Periode periode, Kolonnebredder? bredder)
    {
        switch (periode.Art)
        {
            case PeriodeArt.Skaeringsdato:
                ark.Dato(raekke, kolonne, Dato(periode), XlsxFormat.Dato);
                bredder?.Dato(kolonne, XlsxFormat.Dato);
                break;
            case PeriodeArt.Regnskabsaar:
                ark.Tal(raekke, kolonne, periode.Aar, XlsxFormat.Aar);
                bredder?.Tal(kolonne, periode.Aar);
                break;
            default:
                var tekst = periode.ToString();
                ark.Tekst(raekke, kolonne, tekst);
                bredder?.Tekst(kolonne, tekst);
                break;
        }
    }
}
