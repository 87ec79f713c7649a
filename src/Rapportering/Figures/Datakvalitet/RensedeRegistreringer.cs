using Rapportering.Input;

namespace Rapportering.Figures.Datakvalitet;

/// <summary>
/// The registrations that passed <see cref="RegistreringsKontrol"/>: every measure has a known
/// type, sane dates and a person with a birth date; duplicates are gone. Fund says what was left out.
/// </summary>
public sealed record RensedeRegistreringer(
    IReadOnlyDictionary<string, DateOnly> Foedselsdatoer,
    IReadOnlyList<Indsats> Indsatser,
    IReadOnlyList<Undersoegelse> Undersoegelser,
    IReadOnlyList<DatakvalitetFund> Fund);
