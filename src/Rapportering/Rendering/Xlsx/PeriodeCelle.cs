using System.Globalization;
using ClosedXML.Excel;
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

    public static void Skriv(IXLCell celle, Periode periode) => Skriv(celle, periode, null, 0);

    /// <summary>Writes the cell and, when given, measures it for its column's width.</summary>
    public static void Skriv(IXLCell celle, Periode periode, Kolonnebredder? bredder, int kolonne)
    {
        switch (periode.Art)
        {
            case PeriodeArt.Skaeringsdato:
                celle.SetValue(Dato(periode));
                celle.Style.NumberFormat.Format = XlsxFormat.Dato;
                bredder?.Dato(kolonne, XlsxFormat.Dato);
                break;
            case PeriodeArt.Regnskabsaar:
                celle.SetValue(periode.Aar);
                celle.Style.NumberFormat.Format = XlsxFormat.Aar;
                bredder?.Tal(kolonne, periode.Aar);
                break;
            default:
                var tekst = periode.ToString();
                XlsxFormat.Tekst(celle, tekst);
                bredder?.Tekst(kolonne, tekst);
                break;
        }
    }
}
