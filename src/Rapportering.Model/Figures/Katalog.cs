using Rapportering.Domain;

namespace Rapportering.Figures;

/// <summary>Which way a figure should move for the shift down the trappe to be working.</summary>
public enum Retning { Op, Ned, Neutral }

/// <summary>How a figure's value is shown: the unit decides number format and suffix.</summary>
public enum Enhed { Pr1000, Pct, Tusind_kr, Indeks }

/// <summary>Where a figure belongs in the report.</summary>
public enum Omraade { Forebyggende, Hjemmebaserede, Anbringelser, Oekonomi, Trivsel }

/// <summary>
/// One catalog entry: a figure is defined once and every renderer takes it from here. Its words
/// (name, definition, unit) are in tekster.json under "katalog.&lt;id&gt;" (<see cref="Templates.KatalogTekster"/>).
/// </summary>
public sealed record Figur(
    FigurId Id,
    Enhed Enhed,
    Retning GodRetning,
    Omraade Omraade,
    IReadOnlyList<Opdeling?> Opdelinger);

/// <summary>
/// The catalog of key figures (the semantic model). Ids and opdeling values are fixed by the
/// output contract in DESIGN.md: add new ids, never rename.
/// </summary>
public static partial class Katalog
{
    public static readonly Figur ForebyggendePr1000 = new(
        new FigurId("forebyggende_pr_1000"), Enhed.Pr1000, Retning.Op, Omraade.Forebyggende, [null]);

    public static readonly Figur HjemmebaseredePr1000 = new(
        new FigurId("hjemmebaserede_pr_1000"), Enhed.Pr1000, Retning.Op, Omraade.Hjemmebaserede,
        [null, Opdeling.ForebyggendeForanstaltning, Opdeling.DoegnopholdFamilie, Opdeling.HjemmebaseretAnbringelse, Opdeling.ForaeldrerettetUnderAnbringelse]);

    public static readonly Figur AnbragtePr1000 = new(
        new FigurId("anbragte_pr_1000"), Enhed.Pr1000, Retning.Ned, Omraade.Anbringelser, [null]);

    public static readonly Figur Anbringelsesformer = new(
        new FigurId("anbringelsesformer_pct"), Enhed.Pct, Retning.Neutral, Omraade.Anbringelser,
        [Opdeling.Institution, Opdeling.Familiepleje, Opdeling.Netvaerkspleje]);

    public static readonly Figur ForebyggendeEfterfulgtAfBfu = new(
        new FigurId("forebyggende_efterfulgt_af_bfu_pct"), Enhed.Pct, Retning.Ned, Omraade.Forebyggende, [null]);

    public static readonly Figur BevaegelserFraHjemmebaserede = new(
        new FigurId("bevaegelser_fra_hjemmebaserede_pct"), Enhed.Pct, Retning.Neutral, Omraade.Hjemmebaserede, [Opdeling.Op, Opdeling.Ned, Opdeling.Ingen]);

    public static readonly Figur OphoerteInstitutionsanbringelser = new(
        new FigurId("ophoerte_institutionsanbringelser_pct"), Enhed.Pct, Retning.Op, Omraade.Anbringelser, [null, Opdeling.AndenAnbringelsesform, Opdeling.IkkeAnbragt]);

    public static readonly Figur Udgifter = new(
        new FigurId("udgifter_1000kr"), Enhed.Tusind_kr, Retning.Neutral, Omraade.Oekonomi, [Opdeling.Service, Opdeling.Administration, Opdeling.IAlt]);

    public static readonly Figur Merudgifter = new(
        new FigurId("merudgifter_1000kr"), Enhed.Tusind_kr, Retning.Neutral, Omraade.Oekonomi, [Opdeling.Service, Opdeling.Administration, Opdeling.IAlt]);

    public static readonly Figur ServiceudgifterTrin = new(
        new FigurId("serviceudgifter_trin_pct"), Enhed.Pct, Retning.Neutral, Omraade.Oekonomi, [Opdeling.Trin(2), Opdeling.Trin(3), Opdeling.Trin(4), Opdeling.Trin(5), Opdeling.Trin(6)]);

    public static readonly Figur FagligTrivsel = new(
        new FigurId("faglig_trivsel"), Enhed.Indeks, Retning.Op, Omraade.Trivsel, [Opdeling.Udsatte, Opdeling.Oevrige, Opdeling.Forskel]);

    public static readonly Figur SocialTrivsel = new(
        new FigurId("social_trivsel"), Enhed.Indeks, Retning.Op, Omraade.Trivsel, [Opdeling.Udsatte, Opdeling.Oevrige, Opdeling.Forskel]);

    public static readonly Figur Fravaer = new(
        new FigurId("fravaer_pct"), Enhed.Pct, Retning.Ned, Omraade.Trivsel, [Opdeling.Udsatte, Opdeling.Oevrige, Opdeling.Forskel]);

    public static readonly IReadOnlyList<Figur> Alle =
    [
        ForebyggendePr1000, HjemmebaseredePr1000, AnbragtePr1000, Anbringelsesformer,
        ForebyggendeEfterfulgtAfBfu, BevaegelserFraHjemmebaserede, OphoerteInstitutionsanbringelser,
        Udgifter, Merudgifter, ServiceudgifterTrin, FagligTrivsel, SocialTrivsel, Fravaer,
    ];

    private static readonly Dictionary<FigurId, Figur> EfterId = Alle.ToDictionary(f => f.Id);

    public static Figur Hent(FigurId id) => EfterId.TryGetValue(id, out var f)
        ? f
        : throw new ArgumentException($"'{id}' er ikke et nøgletal i kataloget");
}
