using System.Globalization;
using ClosedXML.Excel;

namespace Rapportering.Rendering.Xlsx;

/// <summary>The three kinds of periode in the export, each written as its own cell type.</summary>
internal enum PeriodeArt { Skaeringsdato, Regnskabsaar, Skoleaar }

/// <summary>
/// A periode string from the export as a typed cell: a cut date ("2017-01-31") becomes a date,
/// an accounting year ("2015") a number, a school year ("2016/17") text.
/// </summary>
internal static class PeriodeCelle
{
    public static PeriodeArt Art(string periode)
    {
        if (DateTime.TryParseExact(periode, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return PeriodeArt.Skaeringsdato;
        if (periode.Length == 4 && int.TryParse(periode, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return PeriodeArt.Regnskabsaar;
        return PeriodeArt.Skoleaar;
    }

    public static DateTime Dato(string periode) =>
        DateTime.ParseExact(periode, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void Skriv(IXLCell celle, string periode) => Skriv(celle, periode, null, 0);

    /// <summary>Writes the cell and, when given, measures it for its column's width.</summary>
    public static void Skriv(IXLCell celle, string periode, Kolonnebredder? bredder, int kolonne)
    {
        switch (Art(periode))
        {
            case PeriodeArt.Skaeringsdato:
                celle.SetValue(Dato(periode));
                celle.Style.NumberFormat.Format = XlsxFormat.Dato;
                bredder?.Dato(kolonne, XlsxFormat.Dato);
                break;
            case PeriodeArt.Regnskabsaar:
                var aar = int.Parse(periode, CultureInfo.InvariantCulture);
                celle.SetValue(aar);
                celle.Style.NumberFormat.Format = XlsxFormat.Aar;
                bredder?.Tal(kolonne, aar);
                break;
            default:
                XlsxFormat.Tekst(celle, periode);
                bredder?.Tekst(kolonne, periode);
                break;
        }
    }
}
