using Rapportering.Domain;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// What the kommune workbook is made from: the report document (its tables and charts, every cell
/// typed in the report step) and the words around it, loaded at the edge. <see cref="Dannet"/> is
/// passed in (never the wall clock) so the same input gives the same file.
/// </summary>
public sealed record WorkbookInput(
    RapportDokument Dokument,
    int KommuneKode,
    string KommuneNavn,
    Skaeringsdato Skaeringsdato,
    DateOnly DataPr,
    int Prisaar,
    DateTimeOffset Dannet,
    RapportTekster Tekster);
