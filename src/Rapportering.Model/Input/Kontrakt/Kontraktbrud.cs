namespace Rapportering.Input.Kontrakt;

/// <summary>
/// Rows of one view that broke one rule in one column (null: the row as a whole), counted.
/// Holds codes and counts only, never a value read from the row.
/// </summary>
public sealed record Kontraktbrud(string View, string Regel, string? Kolonne, int Antal, Behandling Behandling, int? KommuneKode = null);
