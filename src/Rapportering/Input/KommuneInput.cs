namespace Rapportering.Input;

/// <summary>
/// Everything the models need for one kommune, read once from the views. Persons are those
/// referenced by the kommune's measures and examinations; PL index is national.
/// <see cref="DataPr"/> is the "data as of" stamp (latest date seen in the registrations),
/// used for the report's datagrundlag and for deterministic PDF metadata.
/// </summary>
public sealed record KommuneInput(
    Kommune Kommune,
    IReadOnlyList<Befolkning> Befolkning,
    IReadOnlyList<Person> Personer,
    IReadOnlyList<Indsats> Indsatser,
    IReadOnlyList<Undersoegelse> Undersoegelser,
    IReadOnlyList<RegnskabsPost> Regnskab,
    IReadOnlyList<PlIndeks> PlIndeks,
    IReadOnlyList<Skoletrivsel> Skoletrivsel,
    IReadOnlySet<int> KendteKommuner);
