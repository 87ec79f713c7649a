using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Where an observation row's cells go: a ClosedXML sheet (<see cref="XlCeller"/>), or rows
/// written straight into the sheet's XML at save (<see cref="StroemCeller"/>, for the comparison's
/// tidy table of every kommune: ClosedXML spends seconds per 100.000 rows). Same cells either way.
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

/// <summary>One cell for the stream: a number (with its format), a date serial or text; Hoejre right-aligns text.</summary>
internal readonly record struct StroemCelle(int Kolonne, string? Tekst, double Tal, string? Format, bool Hoejre = false, bool Centreret = false);

/// <summary>Rows kept for <see cref="Pakke"/> to write into the named sheet's XML after ClosedXML has saved the rest.</summary>
internal sealed class StroemCeller(string ark) : ICeller
{
    public string Ark { get; } = ark;
    public SortedDictionary<int, List<StroemCelle>> Raekker { get; } = [];
    public int SidsteKolonne { get; private set; }

    private List<StroemCelle> Raekke(int r, int k)
    {
        SidsteKolonne = Math.Max(SidsteKolonne, k);
        if (!Raekker.TryGetValue(r, out var l)) Raekker[r] = l = [];
        return l;
    }

    public void Tekst(int raekke, int kolonne, string tekst) => Raekke(raekke, kolonne).Add(new(kolonne, tekst, 0, null));
    public void Tal(int raekke, int kolonne, decimal vaerdi, string format) => Raekke(raekke, kolonne).Add(new(kolonne, null, (double)vaerdi, format));
    public void Dato(int raekke, int kolonne, DateTime dato, string format) => Raekke(raekke, kolonne).Add(new(kolonne, null, dato.ToOADate(), format));
    public void Maerke(int raekke, int kolonne, Hul hul) => Raekke(raekke, kolonne).Add(new(kolonne, Formatering.Maerke(hul), 0, null, Hoejre: true));
    /// <summary>A centred whole number (the kommune code).</summary>
    public void Kode(int raekke, int kolonne, int kode) => Raekke(raekke, kolonne).Add(new(kolonne, null, kode, null, Centreret: true));
}
