using Rapportering.Figures;

namespace Rapportering.Report;

/// <summary>
/// The report document: the only thing the PDF and HTML renderers see. It holds words and
/// already-formatted numbers (da-DK), never raw records; renderers lay it out and compute nothing.
/// Sections are in reading order: Resumé, 1–5, Bilag. The renderer builds the table of contents
/// from <see cref="Afsnit"/> (Id is the link target).
/// </summary>
public sealed record RapportDokument(
    RapportMetadata Metadata,
    Forside Forside,
    IReadOnlyList<Afsnit> Afsnit,
    Rammetekster Ramme);

/// <summary>
/// The words around the content, from the templates like every other word: the table of contents'
/// heading, the skip link, the logo's text, "Side 3 af 20", a definition's unit line, the colophon
/// and the cover's period and date lines.
/// </summary>
/// <param name="ForeloebigDiagram">Under a chart with preliminary years whose footnote does not explain the "*" (a chart not built by the report step).</param>
public sealed record Rammetekster(string Indhold, string SpringTilIndhold, string Logo, string SideMoenster, string EnhedMoenster, string Dannet,
    string PeriodeMoenster, string UdgivetMoenster, string ForeloebigDiagram)
{
    /// <summary>"Periode: Tertialrapport pr. 30. september 2026" (the cover).</summary>
    public string Periode(string periode) => Templates.RapportTekster.Udfyld(PeriodeMoenster, [("periode", periode)]);

    /// <summary>"Udgivet: 1. december 2026" (the cover).</summary>
    public string Udgivet(string dato) => Templates.RapportTekster.Udfyld(UdgivetMoenster, [("dato", dato)]);

    /// <summary>"Side 3 af 20".</summary>
    public string Side(string side, string sider) => Templates.RapportTekster.Udfyld(SideMoenster, [("side", side), ("sider", sider)]);

    /// <summary>"Enhed: pr. 1.000 0-17-årige."</summary>
    public string Enhed(string enhed) => Templates.RapportTekster.Udfyld(EnhedMoenster, [("enhed", enhed)]);

    /// <summary>The words from the templates; the colophon names the kommune and the day the report was made.</summary>
    public static Rammetekster Fra(Templates.RapportTekster t, string kommunenavn, DateTimeOffset oprettet) => new(
        t.Hent("ramme.indhold"),
        t.Hent("ramme.spring_til_indhold"),
        t.Hent("ramme.logo", ("kommune", kommunenavn)),
        t.Hent("ramme.side"),
        t.Hent("ramme.enhed"),
        t.Hent("ramme.dannet", ("dato", Formatering.Dato(DateOnly.FromDateTime(oprettet.Date))), ("forfatter", kommunenavn)),
        t.Hent("ramme.periode"),
        t.Hent("ramme.udgivet"),
        t.Hent("ramme.foreloebig_diagram"));
}

/// <summary>PDF/HTML metadata. Oprettet comes from the data or an injected clock, so the same input gives the same bytes.</summary>
public sealed record RapportMetadata(
    string Titel,
    string Forfatter,
    string Emne,
    IReadOnlyList<string> Noegleord,
    DateTimeOffset Oprettet,
    string Sprog = "da-DK");

/// <summary>The cover page. LogoSti is an absolute path to a PNG or SVG file, or null.</summary>
public sealed record Forside(
    int KommuneKode,
    string Kommunenavn,
    string Udvalg,
    string Titel,
    string Undertitel,
    string Periode,
    string Dato,
    string? LogoSti,
    string Primaerfarve,
    string Sekundaerfarve)
{
    /// <summary>The logo's bytes for a renderer that embeds them (the HTML); null: no logo.</summary>
    public Logo? Logo { get; init; }
}

/// <summary>A numbered section ("1", "2", ...; "" for Resumé; "Bilag" for the appendix).</summary>
public sealed record Afsnit(string Id, string Nummer, string Overskrift, IReadOnlyList<Blok> Blokke)
{
    public string FuldOverskrift => string.IsNullOrEmpty(Nummer) ? Overskrift : $"{Nummer} {Overskrift}";
}

/// <summary>A block of content inside a section.</summary>
public abstract record Blok;

/// <summary>A sub-heading (e.g. "1.1 Forebyggende indsatser pr. 1.000 0-17-årige"). Kept together with the next block.</summary>
public sealed record Underoverskrift(string Tekst, string? Id = null) : Blok;

/// <summary>A paragraph of running text.</summary>
public sealed record Tekst(string Indhold) : Blok;

/// <summary>A bullet list (the Resumé findings).</summary>
public sealed record Punktliste(IReadOnlyList<string> Punkter) : Blok;

/// <summary>
/// A table of formatted cells. Cells like "&lt;5" are suppressed values; Fodnote explains.
/// Udvalg: the committee's short form (the PDF shows the latest rows and says where the rest
/// is); the HTML and the workbook keep every row.
/// </summary>
public sealed record Tabel(
    string Titel,
    IReadOnlyList<TabelKolonne> Kolonner,
    IReadOnlyList<IReadOnlyList<Celle>> Raekker,
    string? Fodnote = null,
    Udvalgsform? Udvalg = null) : Blok;

/// <summary>The latest <paramref name="Raekker"/> rows, their own footnote (marks in those rows only) and the line on where the rest is.</summary>
public sealed record Udvalgsform(int Raekker, string? Fodnote, string Henvisning);

/// <summary>A column. Overskrift is always the whole header ("I alt, antal"); renderers that can
/// draw grouped headers put Gruppe ("I alt") over adjacent columns and <see cref="Del"/> ("antal") below.</summary>
public sealed record TabelKolonne(string Overskrift, bool Hoejrestillet = true, string? Gruppe = null)
{
    /// <summary>The header without its group: "I alt, antal" → "antal".</summary>
    public string Del => Gruppe is not null && Overskrift.StartsWith(Gruppe + ", ", StringComparison.Ordinal)
        ? Overskrift[(Gruppe.Length + 2)..]
        : Overskrift;
}

/// <summary>
/// A table cell: its Danish text, and for a number what the workbook needs to keep it a number —
/// decided once, in the report step. Forklaring: what a mark means in one line ("Undertrykt antal
/// (diskretion)"); the HTML shows it on hover and to screen readers, the workbook as a comment.
/// </summary>
public sealed record Celle(string Tekst, bool Fed = false, string? Forklaring = null)
{
    /// <summary>The unrounded number in the unit shown (<see cref="Enhed"/>: mio. kr. for amounts); null for text and marks.</summary>
    public decimal? Tal { get; init; }

    /// <summary>What the cell is: text, a value (possibly from expected accounts), suppressed or no data.</summary>
    public Celletilstand Tilstand { get; init; } = Celletilstand.Tekst;

    /// <summary>The unit of <see cref="Tal"/> in words ("pr. 1.000 0-17-årige", "antal", "mio. kr., faste 2017-priser").</summary>
    public string? Enhed { get; init; }

    /// <summary>Decimals the text shows (the report's one rule).</summary>
    public int Decimaler { get; init; }

    /// <summary>The period a row header stands for (typed: a date, a year or a school year in the workbook).</summary>
    public Domain.Periode? Periode { get; init; }
}

/// <summary>The state of a cell, decided with its text.</summary>
public enum Celletilstand { Tekst, Vaerdi, ForventetRegnskab, Undertrykt, Mangler }

/// <summary>
/// A chart: categories along the x axis (cut dates, years, school years), one value per
/// category per series (null = missing/suppressed, drawn as a gap). The numbers behind it are
/// always in a <see cref="Tabel"/> beside it or in the appendix.
/// </summary>
public sealed record Diagram(
    string Titel,
    DiagramType Type,
    string YAkse,
    IReadOnlyList<string> Kategorier,
    IReadOnlyList<DiagramSerie> Serier,
    string? Fodnote = null,
    IReadOnlyList<string>? KorteKategorier = null,
    string? TalFodnote = null) : Blok
{
    /// <summary>What the categories are, as the chart's number table heads them ("Skæringsdato", "År", "Skoleår", "Kommune");
    /// when not given, the texts' general word ("kolonner.periode").</summary>
    public string? Kategorinavn { get; init; }

    /// <summary>Decimals of the chart's numbers: decided with the table beside it, not from the data.</summary>
    public int Decimaler { get; init; } = 1;

    /// <summary>Categories per year (3 for cut dates): an axis that must drop labels drops whole years, so every label shown is the same month.</summary>
    public int KategorierPrAar { get; init; }

    /// <summary>The numbers behind the chart as a table (every category, formatted and marked in the
    /// report step); the HTML puts it under the chart so nothing is only in the picture.</summary>
    public Tabel? Taltabel { get; init; }

    /// <summary>The typed period of each category (null for a chart whose categories are not periods).</summary>
    public IReadOnlyList<Domain.Periode>? Perioder { get; init; }

    /// <summary>TalFodnote: the footnote under the table of the chart's numbers (HTML): one per mark used.</summary>
    /// <summary>Axis labels: the short forms ("sep. 17", "2026*") when given, else the categories.
    /// Tables and text keep the long forms.</summary>
    public IReadOnlyList<string> Akseetiketter => KorteKategorier ?? Kategorier;

    /// <summary>The y axis every renderer draws: range and tick values (see <see cref="DiagramAkse.For"/>).</summary>
    public DiagramAkse Akse { get => field ?? DiagramAkse.For(this); init; }

    /// <summary>One #RRGGBB colour per series (see <see cref="Diagramfarver"/>), the same in PDF, HTML and workbook.</summary>
    public IReadOnlyList<string> Farver { get => field ?? Diagramfarver.For(Type, Serier.Count, null, null); init; }

    /// <summary>What the chart shows and its latest values in words, for a screen reader (the PDF's /Alt).</summary>
    public string? Alternativtekst { get; init; }

    /// <summary>What an empty chart says in its plot ("Mangler data"); nothing when not given.</summary>
    public string? Tomtekst { get; init; }

    /// <summary>The legend's entry for values from expected accounts ("Forventet regnskab"); no entry when not given.</summary>
    public string? Foreloebigtekst { get; init; }
}

public enum DiagramType { Linje, GrupperedeSoejler, StabledeSoejler }

/// <summary>One series. Foreloebig marks categories from expected accounts (drawn hatched/lighter).
/// Huller: per category, what a missing value means (suppressed or no data), decided by the
/// report step; without it a missing value reads "no data".</summary>
public sealed record DiagramSerie(string Navn, IReadOnlyList<double?> Vaerdier, IReadOnlyList<bool>? Foreloebig = null,
    IReadOnlyList<Hul?>? Huller = null)
{
    /// <summary>The mark for category i when it has no value.</summary>
    public string Maerke(int i) => Formatering.Maerke(Huller is { } h && i < h.Count && h[i] is { } x ? x : Hul.Mangler);
}

/// <summary>A definition in the appendix, from the catalog.</summary>
public sealed record Definition(string Navn, string Id, string Enhed, string Tekst) : Blok
{
    /// <summary>The section the figure belongs to, the wanted direction and the opdelinger, in words.</summary>
    public string Omraade { get; init; } = "";
    public string OensketRetning { get; init; } = "";
    public string Opdelinger { get; init; } = "";
}

/// <summary>A hint to start the next block on a new page.</summary>
public sealed record Sideskift : Blok;
