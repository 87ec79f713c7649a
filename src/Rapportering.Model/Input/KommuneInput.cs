namespace Rapportering.Input;

/// <summary>
/// Everything the models need for one kommune, read once from the views. Persons are those
/// referenced by the kommune's measures and examinations; PL index is national. The "data as of"
/// date is derived from the registrations by <c>Pipeline.RapportPipeline.DataPr</c>.
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
    IReadOnlySet<int> KendteKommuner)
{
    /// <summary>What the reader checked: rows read per view and the rows it left out or merged.</summary>
    public Kontrakt.Indlaesning Indlaesning { get; init; } = Kontrakt.Indlaesning.Tom;

    /// <summary>
    /// The persons, measures and examinations as columns, numbered alike: as the reader made them,
    /// or built from the lists (tests, other sources). The figures read these, never the lists.
    /// </summary>
    internal (PersonTabel Personer, IndsatsTabel Indsatser, UndersoegelseTabel Undersoegelser) Kolonner()
    {
        if (Personer is PersonTabel p && Indsatser is IndsatsTabel i && i.Personer == p && Undersoegelser is UndersoegelseTabel u && u.Personer == p)
            return (p, i, u);
        var personer = PersonTabel.Fra(Personer);
        return (personer, IndsatsTabel.Fra(Indsatser, personer), UndersoegelseTabel.Fra(Undersoegelser, personer));
    }
}
