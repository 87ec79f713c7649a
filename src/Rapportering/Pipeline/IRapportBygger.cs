using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Pipeline;

/// <summary>Where a kommune's data is read: a provider word (sqlite, postgres, sqlserver) and a connection string.</summary>
public sealed record DataKilde(string Provider, string Forbindelse);

/// <summary>One kommune's report for one cut date. Fuldstaendighed: the configured completeness rules (null: the standard ones).</summary>
public sealed record RapportBestilling(
    DataKilde Kilde,
    int KommuneKode,
    Skaeringsdato Skaeringsdato,
    IReadOnlySet<Format> Formater,
    string? SkabelonMappe = null,
    Completeness.FuldstaendighedsRegler? Fuldstaendighed = null)
{
    /// <summary>
    /// The kommune's input already read and its figures computed (by the scheduled run's gate,
    /// from the same source and templates): the pipeline then neither reads nor computes again.
    /// </summary>
    public (Input.KommuneInput Input, FigurEksport Eksport)? Beregnet { get; init; }
}

/// <summary>
/// The rendered report in memory: the figures and one byte array per format, ready to be
/// written, verified, archived and delivered. DataPr is the "data as of" date.
/// </summary>
public sealed record RapportResultat(
    int KommuneKode,
    string KommuneNavn,
    Skaeringsdato Skaeringsdato,
    DateOnly DataPr,
    FigurEksport Eksport,
    IReadOnlyDictionary<Format, byte[]> Filer)
{
    /// <summary>What the completeness gate (the order's rules) finds missing; empty when the data is complete.</summary>
    public IReadOnlyList<string> Mangler { get; init; } = [];

    /// <summary>The report document the PDF, HTML and workbook were drawn from (null when none of them was asked for).</summary>
    public Report.RapportDokument? Dokument { get; init; }
}

/// <summary>
/// The whole left-to-right flow for one kommune: read views → compute → compose → render.
/// Throws <c>Input.DataKildeFejl</c>/<c>Templates.SkabelonFejl</c> with a one-line reason for bad input.
/// </summary>
public interface IRapportBygger
{
    Task<RapportResultat> ByggAsync(RapportBestilling bestilling, CancellationToken ct = default);
}
