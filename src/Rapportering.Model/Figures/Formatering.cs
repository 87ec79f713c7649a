using System.Globalization;

namespace Rapportering.Figures;

/// <summary>Danish presentation of numbers and dates: 1.234,5 · 12,3 pct. · 30. september 2017.</summary>
public static class Formatering
{
    public static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The typographic minus sign (U+2212) used for negative numbers everywhere a reader sees one.</summary>
    public const string Minus = "\u2212";

    /// <summary>A number with a fixed count of decimals, da-DK grouping and minus sign ("1.234,5", "−0,2").</summary>
    public static string Tal(decimal vaerdi, int decimaler = 1) =>
        MedMinus(vaerdi.ToString(decimaler is >= 0 and < 5 ? NFormater[decimaler] : "N" + decimaler.ToString(CultureInfo.InvariantCulture), Dansk));

    private static readonly string[] NFormater = ["N0", "N1", "N2", "N3", "N4"];

    /// <summary>Replaces the hyphen of a formatted negative number by the minus sign: "-5" → "−5".</summary>
    public static string MedMinus(string formateret) =>
        formateret.StartsWith('-') ? Minus + formateret[1..] : formateret;

    public static string Tal(double vaerdi, int decimaler = 1) => Tal((decimal)vaerdi, decimaler);

    public static string Dato(DateOnly d) => d.ToString("d. MMMM yyyy", Dansk);

    /// <summary>A suppressed count of persons (in a count column).</summary>
    public const string Undertrykt = "<5";
    /// <summary>A suppressed rate, share or mean: "&lt;5" in a pct. or per-1.000 column would read as
    /// "under 5 pct."; ".." is Danmarks Statistik's mark for a number withheld for discretion.</summary>
    public const string UndertryktVaerdi = "..";
    /// <summary>No data (never 0).</summary>
    public const string Mangler = "–";

    /// <summary>The mark of a hole. Every renderer draws this; none chooses its own.</summary>
    public static string Maerke(Hul h) => h switch
    {
        Hul.UndertryktAntal => Undertrykt,
        Hul.UndertryktVaerdi => UndertryktVaerdi,
        _ => Mangler,
    };

    /// <summary>The key in rapport/tekster.json of the footnote that explains the mark.</summary>
    public static string FodnoteNoegle(Hul h) => h switch
    {
        Hul.UndertryktAntal => "fodnoter.undertrykt",
        Hul.UndertryktVaerdi => "fodnoter.undertrykt_vaerdi",
        _ => "fodnoter.mangler",
    };

    /// <summary>A mark's meaning in one line, from the templates ("Undertrykt antal (diskretion)").</summary>
    public static string Forklaring(Hul h, Templates.RapportTekster tekster) => tekster.Hent(h switch
    {
        Hul.UndertryktAntal => "maerker.undertrykt",
        Hul.UndertryktVaerdi => "maerker.undertrykt_vaerdi",
        _ => "maerker.mangler",
    });

    /// <summary>The footnotes for the marks that occur, one per mark, in a fixed order.</summary>
    public static IEnumerable<string> Fodnoter(IEnumerable<Hul> huller, Templates.RapportTekster tekster) =>
        huller.Distinct().Order().Select(h => tekster.Hent(FodnoteNoegle(h)));

    /// <summary>What a reader sees instead of an observation's value: null when there is a value.</summary>
    public static Hul? VaerdiHul(Observation? o) =>
        o is null ? Hul.Mangler : o.Undertrykt ? Hul.UndertryktVaerdi : o.Vaerdi is null ? Hul.Mangler : null;

    /// <summary>What a reader sees instead of an observation's taeller or naevner (a count of persons,
    /// or for the school figures of pupils): a suppressed row's missing count is a suppressed count.</summary>
    public static Hul? AntalHul(Observation? o, decimal? antal) =>
        o is null ? Hul.Mangler : antal is not null ? null : o.Undertrykt ? Hul.UndertryktAntal : Hul.Mangler;

    /// <summary>The naevner's hole: a suppressed cohort, placed or starters (a share's naevner of 1–4)
    /// is a suppressed count; a missing population, or a figure without a naevner, is no data.</summary>
    public static Hul? NaevnerHul(Observation? o) =>
        o is null ? Hul.Mangler : o.Naevner is not null ? null
        : o.Undertrykt && Katalog.Hent(o.Noegletal).Enhed == Enhed.Pct && Katalog.Grupper.ContainsKey(o.Noegletal) ? Hul.UndertryktAntal
        : Hul.Mangler;
}

/// <summary>The three meanings of a cell without a number: one mark and one footnote each.</summary>
public enum Hul { UndertryktAntal, UndertryktVaerdi, Mangler }
