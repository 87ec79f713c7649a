using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The observation columns of the JSON export plus readable ones (Danish name, opdeling, unit).
/// Used by the kommune workbook and the comparison workbook's tidy table alike.
/// </summary>
internal static class ObservationKolonner
{
    /// <summary>The columns' headers and the yes/no words, looked up once per workbook (the same instances row after row).</summary>
    public sealed record Ord(IReadOnlyList<string> Overskrifter, string Ja, string Nej, KatalogTekster Katalog)
    {
        public static Ord Fra(RapportTekster t) => new(
            [.. new[] { "noegletal_id", "navn", "opdeling_id", "opdeling", "periode", "vaerdi", "taeller", "naevner", "enhed", "undertrykt", "foreloebig" }
                .Select(k => t.Hent("projektmappe.eksport_" + k))],
            t.Hent("projektmappe.ja"), t.Hent("projektmappe.nej"), t.Katalog);

        public string JaNej(bool b) => b ? Ja : Nej;
    }

    public const int VaerdiKolonne = 5; // 0-based offset of "Værdi" among the columns

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Skriv(ICeller ark, int raekke, int kolonne, Observation o, Ord ord, Kolonnebredder bredder)
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
        Tekst(1, ord.Katalog.Navn(figur));
        if (o.Opdeling is { } opdeling) Tekst(2, opdeling.Kode);
        Tekst(3, ord.Katalog.Opdeling(o.Opdeling));
        PeriodeCelle.Skriv(ark, raekke, kolonne + 4, o.Periode, bredder);
        if (!Hul(5, Formatering.VaerdiHul(o))) Tal(5, o.Vaerdi, XlsxFormat.VaerdiFormat);
        if (!Hul(6, Formatering.AntalHul(o, o.Taeller))) Tal(6, o.Taeller, o.Taeller is { } t ? XlsxFormat.AntalFormat(t) : "");
        if (!Hul(7, Formatering.NaevnerHul(o))) Tal(7, o.Naevner, o.Naevner is { } n ? XlsxFormat.AntalFormat(n) : "");
        Tekst(8, ord.Katalog.Enhed(figur));
        Tekst(9, ord.JaNej(o.Undertrykt));
        Tekst(10, ord.JaNej(o.Foreloebig));
    }

    /// <summary>The sheet's note on the marks: the template's footnotes, and what an empty cell means.</summary>
    public static string Maerkenote(RapportTekster tekster) =>
        string.Join(" ", Formatering.Fodnoter([Figures.Hul.UndertryktAntal, Figures.Hul.UndertryktVaerdi], tekster)) + " " + tekster.Hent("projektmappe.tom_celle");
}
