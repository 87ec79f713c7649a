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
    IReadOnlyList<Afsnit> Afsnit);

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
    string Sekundaerfarve);

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

public sealed record Celle(string Tekst, bool Fed = false);

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
    /// <summary>What the categories are, as the chart's number table heads them ("Skæringsdato", "År", "Skoleår", "Kommune").</summary>
    public string Kategorinavn { get; init; } = "Periode";

    /// <summary>Decimals of the chart's numbers: decided with the table beside it, not from the data.</summary>
    public int Decimaler { get; init; } = 1;

    /// <summary>Categories per year (3 for cut dates): an axis that must drop labels drops whole years, so every label shown is the same month.</summary>
    public int KategorierPrAar { get; init; }

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
public sealed record Definition(string Navn, string Id, string Enhed, string Tekst) : Blok;

/// <summary>A hint to start the next block on a new page.</summary>
public sealed record Sideskift : Blok;
