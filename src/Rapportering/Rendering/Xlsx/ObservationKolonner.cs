using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The observation columns of the JSON export plus readable ones (Danish name, opdeling, unit).
/// Used by the kommune workbook and the comparison workbook's tidy table alike.
/// </summary>
internal static class ObservationKolonner
{
    public static readonly IReadOnlyList<string> Overskrifter =
    [
        "Nøgletal (id)", "Navn", "Opdeling (id)", "Opdeling", "Periode",
        "Værdi", "Tæller", "Nævner", "Enhed", "Undertrykt", "Foreløbig",
    ];

    public const int VaerdiKolonne = 5; // 0-based offset of "Værdi" among the columns

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Skriv(ICeller ark, int raekke, int kolonne, Observation o, Kolonnebredder bredder)
    {
        var figur = Katalog.Hent(o.Noegletal);
        void Tekst(int k, string tekst)
        {
            ark.Tekst(raekke, kolonne + k, tekst);
            bredder.Tekst(kolonne + k, tekst);
        }
        void Tal(int k, decimal? v, string format)
        {
            if (v is not { } x) return; // missing stays empty: never a 0 where data is missing
            ark.Tal(raekke, kolonne + k, x, format);
            bredder.Tal(kolonne + k, x);
        }
        // A hole the report marks: the same mark here (a missing number stays an empty cell, so the
        // columns stay numbers to filter on; the sheet's note says so).
        bool Hul(int k, Hul? hul)
        {
            if (hul is not { } h || h == Figures.Hul.Mangler) return hul is not null;
            ark.Maerke(raekke, kolonne + k, h);
            bredder.Tekst(kolonne + k, Formatering.Maerke(h));
            return true;
        }

        Tekst(0, o.Noegletal.Kode);
        Tekst(1, figur.Navn);
        if (o.Opdeling is { } opdeling) Tekst(2, opdeling.Kode);
        Tekst(3, Katalog.OpdelingNavn(o.Opdeling));
        PeriodeCelle.Skriv(ark, raekke, kolonne + 4, o.Periode, bredder);
        if (!Hul(5, Formatering.VaerdiHul(o))) Tal(5, o.Vaerdi, XlsxFormat.VaerdiFormat);
        if (!Hul(6, Formatering.AntalHul(o, o.Taeller))) Tal(6, o.Taeller, o.Taeller is { } t ? XlsxFormat.AntalFormat(t) : "");
        if (!Hul(7, Formatering.NaevnerHul(o))) Tal(7, o.Naevner, o.Naevner is { } n ? XlsxFormat.AntalFormat(n) : "");
        Tekst(8, figur.EnhedTekst);
        Tekst(9, XlsxFormat.JaNej(o.Undertrykt));
        Tekst(10, XlsxFormat.JaNej(o.Foreloebig));
    }

    /// <summary>The sheet's note on the marks: the template's footnotes, and what an empty cell means.</summary>
    public static string Maerkenote(RapportTekster tekster) =>
        string.Join(" ", Formatering.Fodnoter([Figures.Hul.UndertryktAntal, Figures.Hul.UndertryktVaerdi], tekster)) + " Tom celle: mangler data (aldrig 0).";
}
