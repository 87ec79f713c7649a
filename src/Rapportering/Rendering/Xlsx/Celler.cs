using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// Where an observation row's or a period's cells go: a sheet of the streaming writer
/// (<see cref="StroemArk"/>) or one with a look underneath (<see cref="StilCeller"/>); the tests'
/// ClosedXML reference writes the same cells through this too.
/// </summary>
internal interface ICeller
{
    void Tekst(int raekke, int kolonne, string tekst);
    void Tal(int raekke, int kolonne, decimal vaerdi, string format);
    void Dato(int raekke, int kolonne, DateTime dato, string format);
    /// <summary>A mark ("&lt;5", ".."): text, right-aligned as the numbers it stands for.</summary>
    void Maerke(int raekke, int kolonne, Hul hul);
}

/// <summary>A <see cref="StroemArk"/>'s cells with one look underneath (a header row's white on blue), the format on top.</summary>
internal sealed class StilCeller(StroemArk ark, Stil basis) : ICeller
{
    public void Tekst(int raekke, int kolonne, string tekst) => ark.Skriv(raekke, kolonne, tekst, basis);
    public void Tal(int raekke, int kolonne, decimal vaerdi, string format) => ark.Skriv(raekke, kolonne, (double)vaerdi, basis with { Format = format });
    public void Dato(int raekke, int kolonne, DateTime dato, string format) => ark.Skriv(raekke, kolonne, dato.ToOADate(), basis with { Format = format });
    public void Maerke(int raekke, int kolonne, Hul hul) => ark.Skriv(raekke, kolonne, Formatering.Maerke(hul), basis with { Vandret = "right" });
}
