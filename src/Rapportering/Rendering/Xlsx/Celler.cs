using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Where an observation row's cells go: a ClosedXML sheet (<see cref="XlCeller"/>), or a sheet
/// of the streaming writer (<see cref="StroemArk"/>, the comparison workbook: ClosedXML spends
/// seconds per 100.000 rows). Same cells either way.
/// </summary>
internal interface ICeller
{
    void Tekst(int raekke, int kolonne, string tekst);
    void Tal(int raekke, int kolonne, decimal vaerdi, string format);
    void Dato(int raekke, int kolonne, DateTime dato, string format);
    /// <summary>A mark ("&lt;5", ".."): text, right-aligned as the numbers it stands for.</summary>
    void Maerke(int raekke, int kolonne, Hul hul);
}

internal sealed class XlCeller(IXLWorksheet ark, RapportTekster? noter) : ICeller
{
    public void Tekst(int raekke, int kolonne, string tekst) => XlsxFormat.Tekst(ark.Cell(raekke, kolonne), tekst);

    public void Tal(int raekke, int kolonne, decimal vaerdi, string format)
    {
        var celle = ark.Cell(raekke, kolonne);
        celle.SetValue(vaerdi);
        celle.Style.NumberFormat.Format = format;
    }

    public void Dato(int raekke, int kolonne, DateTime dato, string format)
    {
        var celle = ark.Cell(raekke, kolonne);
        celle.SetValue(dato);
        celle.Style.NumberFormat.Format = format;
    }

    public void Maerke(int raekke, int kolonne, Hul hul) => ObservationKolonner.MaerkeCelle(ark.Cell(raekke, kolonne), hul, noter);
}

/// <summary>A <see cref="StroemArk"/>'s cells with one look underneath (a header row's white on blue), the format on top.</summary>
internal sealed class StilCeller(StroemArk ark, Stil basis) : ICeller
{
    public void Tekst(int raekke, int kolonne, string tekst) => ark.Skriv(raekke, kolonne, tekst, basis);
    public void Tal(int raekke, int kolonne, decimal vaerdi, string format) => ark.Skriv(raekke, kolonne, (double)vaerdi, basis with { Format = format });
    public void Dato(int raekke, int kolonne, DateTime dato, string format) => ark.Skriv(raekke, kolonne, dato.ToOADate(), basis with { Format = format });
    public void Maerke(int raekke, int kolonne, Hul hul) => ark.Skriv(raekke, kolonne, Formatering.Maerke(hul), basis with { Vandret = "right" });
}
