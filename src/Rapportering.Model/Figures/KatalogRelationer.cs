using Rapportering.Domain;
namespace Rapportering.Figures;

/// <summary>How the rows of one figure and period add up.</summary>
public enum Sammensaetning
{
    /// <summary>The parts add up to the naevner exactly (anbringelsesformer, bevægelser op/ned/ingen).</summary>
    Udtoemmende,
    /// <summary>The parts add up to the naevner minus an unpublished rest (BFU: those without a BFU;
    /// ophørte: those still on institution). The rest is derivable, so it is protected too.</summary>
    MedRest,
    /// <summary>The parts add up to at least the total (hjemmebaserede per type: a person may hold two
    /// types). The total bounds a hidden part from below, and overlap is rare, so the bound is in
    /// practice the hidden count itself: protected as if the parts added up to the total.</summary>
    Overlappende,
}

/// <summary>Which published number of a row a relation speaks of.</summary>
public enum TalFelt { Taeller, Naevner }

/// <summary>Where a count is published: a figure's taeller for one opdeling, or the naevner every row
/// of the figure carries in a period (Opdeling is then ignored).</summary>
public sealed record Forekomst(FigurId Noegletal, TalFelt Felt, Opdeling? Opdeling = null);

/// <summary>One count of persons that two figures publish in the same period.</summary>
public sealed record FaellesTal(string Navn, IReadOnlyList<Forekomst> Forekomster);

/// <summary>A bound between figures: the sum of <see cref="Mindre"/> is at most the sum of
/// <see cref="Stoerre"/>. ForrigeSkaeringsdato: <see cref="Stoerre"/> is read on the cut date before.</summary>
public sealed record Graense(string Navn, IReadOnlyList<Forekomst> Mindre, IReadOnlyList<Forekomst> Stoerre, bool ForrigeSkaeringsdato = false);

/// <summary>A relation between the values of one period: Forskel = Minuend − Subtrahend.</summary>
public sealed record Differens(FigurId Noegletal, Opdeling Forskel, Opdeling Minuend, Opdeling Subtrahend);

/// <summary>
/// The relations between published numbers that a reader can use to work out a hidden one. The
/// suppression (<see cref="Undertrykkelse"/>) protects against them and the discretion audit
/// (tests) recomputes every one of them from the published cells.
/// </summary>
public static partial class Katalog
{
    /// <summary>The groups of rows that add up within one figure and period. In a group, the row with
    /// opdeling null (when there are other rows) is the total of the other rows; every row of a
    /// group carries the same naevner (the cohort, the placed, the starters, the 0-17-årige).</summary>
    public static readonly IReadOnlyDictionary<FigurId, Sammensaetning> Grupper = new Dictionary<FigurId, Sammensaetning>
    {
        [HjemmebaseredePr1000.Id] = Sammensaetning.Overlappende,
        [Anbringelsesformer.Id] = Sammensaetning.Udtoemmende,
        [BevaegelserFraHjemmebaserede.Id] = Sammensaetning.Udtoemmende,
        [OphoerteInstitutionsanbringelser.Id] = Sammensaetning.MedRest,
        [ForebyggendeEfterfulgtAfBfu.Id] = Sammensaetning.MedRest,
    };

    /// <summary>
    /// Counts published by more than one figure in the same period; a count hidden in one place is
    /// hidden in every place. The other counts of persons are each published once:
    /// - the bevægelser cohort and the ophørte cohort are the naevner of their own rows only (one
    ///   number per period, the same on every row of the figure);
    /// - the forebyggende starters (BFU naevner) are not the forebyggende_pr_1000 taeller (that counts
    ///   0-17-årige active on d, the starters any age started in the 6 months), so only the BFU row has them;
    /// - the 0-17-årige, naevner of every per-1000 figure, are a population, not a count to protect.
    /// </summary>
    public static readonly IReadOnlyList<FaellesTal> Faelles =
    [
        new("anbragte", [new(AnbragtePr1000.Id, TalFelt.Taeller), new(Anbringelsesformer.Id, TalFelt.Naevner)]),
    ];

    /// <summary>Bounds across figures (subsets of persons another figure counts). The audit checks that
    /// none of them gives a hidden count of 1-4 away.</summary>
    public static readonly IReadOnlyList<Graense> Graenser =
    [
        // The bevægelser "op" are placed on d.
        new("op_blandt_anbragte", [new(BevaegelserFraHjemmebaserede.Id, TalFelt.Taeller, Opdeling.Op)], [new(AnbragtePr1000.Id, TalFelt.Taeller)]),
        // "Anden anbringelsesform" are placed in familiepleje or netværkspleje on d.
        new("anden_blandt_pleje", [new(OphoerteInstitutionsanbringelser.Id, TalFelt.Taeller, Opdeling.AndenAnbringelsesform)],
            [new(Anbringelsesformer.Id, TalFelt.Taeller, Opdeling.Familiepleje), new(Anbringelsesformer.Id, TalFelt.Taeller, Opdeling.Netvaerkspleje)]),
        // The ophørte cohort was on institution on the cut date before (less those now 18).
        new("ophoerte_kohorte_blandt_institution", [new(OphoerteInstitutionsanbringelser.Id, TalFelt.Naevner)],
            [new(Anbringelsesformer.Id, TalFelt.Taeller, Opdeling.Institution)], ForrigeSkaeringsdato: true),
    ];

    /// <summary>The gap rows of the school figures: a hidden mean must not follow from the other two.</summary>
    public static readonly IReadOnlyList<Differens> Differenser =
    [
        new(FagligTrivsel.Id, Opdeling.Forskel, Opdeling.Udsatte, Opdeling.Oevrige),
        new(SocialTrivsel.Id, Opdeling.Forskel, Opdeling.Udsatte, Opdeling.Oevrige),
        new(Fravaer.Id, Opdeling.Forskel, Opdeling.Udsatte, Opdeling.Oevrige),
    ];
}
