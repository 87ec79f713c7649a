using Rapportering.Domain;

namespace Rapportering.Delivery;

/// <summary>
/// What is delivered for one archived version: the PDF attached to the mail, a link to the
/// workbook, and every file for the folder drop; the kommune's texts give the mail its words.
/// </summary>
public sealed record LeveringsPakke(
    int Kommune,
    string KommuneNavn,
    Skaeringsdato Skaeringsdato,
    int Version,
    string PdfNavn,
    byte[] Pdf,
    string? RegnearkLink,
    IReadOnlyDictionary<string, byte[]> Filer,
    Templates.RapportTekster Tekster);

/// <summary>What happened to one recipient.</summary>
/// <summary>Gentaget: sent again after a send left in the unknown window (same Message-ID).</summary>
public enum LeveringsStatus { Sendt, Gentaget, AlleredeSendt, Uafklaret }

public sealed record LeveringsUdfald(string Modtager, LeveringsStatus Status)
{
    /// <summary>The folder drop, not a person: not counted among the mails.</summary>
    public bool ErMappe => Modtager.StartsWith(Leverandoer.MappePraefiks, StringComparison.Ordinal);
}
