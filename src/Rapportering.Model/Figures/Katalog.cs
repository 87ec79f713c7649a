using Rapportering.Domain;

namespace Rapportering.Figures;

/// <summary>Which way a figure should move for the shift down the trappe to be working.</summary>
public enum Retning { Op, Ned, Neutral }

/// <summary>How a figure's value is shown: the unit decides number format and suffix.</summary>
public enum Enhed { Pr1000, Pct, Tusind_kr, Indeks }

/// <summary>Where a figure belongs in the report.</summary>
public enum Omraade { Forebyggende, Hjemmebaserede, Anbringelser, Oekonomi, Trivsel }

/// <summary>One catalog entry: a figure is defined once and every renderer takes it from here.</summary>
public sealed record Figur(
    FigurId Id,
    string Navn,
    string Definition,
    Enhed Enhed,
    string EnhedTekst,
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
        new FigurId("forebyggende_pr_1000"),
        "Forebyggende indsatser pr. 1.000 0-17-årige",
        "Antal 0-17-årige med en aktiv forebyggende indsats (SEL § 11, stk. 3 / Barnets lov § 30) på skæringsdatoen pr. 1.000 0-17-årige i kommunen. Hver person tælles én gang.",
        Enhed.Pr1000, "pr. 1.000 0-17-årige", Retning.Op, Omraade.Forebyggende, [null]);

    public static readonly Figur HjemmebaseredePr1000 = new(
        new FigurId("hjemmebaserede_pr_1000"),
        "Hjemmebaserede foranstaltninger pr. 1.000 0-17-årige",
        "Antal 0-17-årige med mindst én aktiv hjemmebaseret foranstaltning (trin 3: SEL § 52 / Barnets lov § 32) på skæringsdatoen pr. 1.000 0-17-årige. I alt tæller hver person én gang; pr. type kan en person tælle under flere typer.",
        Enhed.Pr1000, "pr. 1.000 0-17-årige", Retning.Op, Omraade.Hjemmebaserede,
        [null, Opdeling.ForebyggendeForanstaltning, Opdeling.DoegnopholdFamilie, Opdeling.HjemmebaseretAnbringelse, Opdeling.ForaeldrerettetUnderAnbringelse]);

    public static readonly Figur AnbragtePr1000 = new(
        new FigurId("anbragte_pr_1000"),
        "Anbragte pr. 1.000 0-17-årige",
        "Antal 0-17-årige anbragt uden for hjemmet (trin 4-6: netværkspleje, familiepleje, institution) på skæringsdatoen pr. 1.000 0-17-årige.",
        Enhed.Pr1000, "pr. 1.000 0-17-årige", Retning.Ned, Omraade.Anbringelser, [null]);

    public static readonly Figur Anbringelsesformer = new(
        new FigurId("anbringelsesformer_pct"),
        "Anbringelsesformer",
        "Fordelingen af de anbragte 0-17-årige på skæringsdatoen på institution, familiepleje og netværkspleje i pct. En person med flere anbringelser tælles på det højeste trin.",
        Enhed.Pct, "pct. af anbragte", Retning.Neutral, Omraade.Anbringelser,
        [Opdeling.Institution, Opdeling.Familiepleje, Opdeling.Netvaerkspleje]);

    public static readonly Figur ForebyggendeEfterfulgtAfBfu = new(
        new FigurId("forebyggende_efterfulgt_af_bfu_pct"),
        "Forebyggende indsatser efterfulgt af en børnefaglig undersøgelse",
        "Blandt personer, hvis forebyggende indsats bevilget af myndighed startede i de seneste 6 måneder op til skæringsdatoen: andelen med en børnefaglig undersøgelse afgjort på eller efter indsatsens start og senest på skæringsdatoen. Andelen forventes at forblive lav.",
        Enhed.Pct, "pct. af nye forebyggende indsatser", Retning.Ned, Omraade.Forebyggende, [null]);

    public static readonly Figur BevaegelserFraHjemmebaserede = new(
        new FigurId("bevaegelser_fra_hjemmebaserede_pct"),
        "Bevægelser fra hjemmebaserede foranstaltninger",
        "Kohorte: personer, der et år før skæringsdatoen havde en aktiv hjemmebaseret foranstaltning (trin 3) og ikke var anbragt; personer på 18 år eller derover på skæringsdatoen udelades. På skæringsdatoen: op (anbragt), ingen bevægelse (stadig trin 3) eller ned (ingen af delene).",
        Enhed.Pct, "pct. af kohorten", Retning.Neutral, Omraade.Hjemmebaserede, [Opdeling.Op, Opdeling.Ned, Opdeling.Ingen]);

    public static readonly Figur OphoerteInstitutionsanbringelser = new(
        new FigurId("ophoerte_institutionsanbringelser_pct"),
        "Ophørte institutionsanbringelser",
        "Kohorte: personer anbragt på institution på forrige skæringsdato (4 måneder før); personer på 18 år eller derover på skæringsdatoen udelades. Andelen, der ikke længere er anbragt på institution, opdelt på anden anbringelsesform (trin 4-5) og ikke længere anbragt.",
        Enhed.Pct, "pct. af kohorten", Retning.Op, Omraade.Anbringelser, [null, Opdeling.AndenAnbringelsesform, Opdeling.IkkeAnbragt]);

    public static readonly Figur Udgifter = new(
        new FigurId("udgifter_1000kr"),
        "Udgiftsudvikling",
        "Nettoudgifter (drift og statsrefusion, dranst 1 og 2) på serviceområdet (5.28.20-24), administration (6.45.51, børneområdets del) og i alt pr. regnskabsår i 1.000 kr. i faste priser (PL-indeks).",
        Enhed.Tusind_kr, "1.000 kr., faste priser", Retning.Neutral, Omraade.Oekonomi, [Opdeling.Service, Opdeling.Administration, Opdeling.IAlt]);

    public static readonly Figur Merudgifter = new(
        new FigurId("merudgifter_1000kr"),
        "Merudgifter",
        "Årets udgift minus gennemsnittet af en basisperiode (service: 2011-2014; administration og i alt: 2013-2014, medmindre kommunen har valgt andet) i 1.000 kr., faste priser. Da basisperioderne er forskellige, kan de tre serier ikke lægges sammen.",
        Enhed.Tusind_kr, "1.000 kr., faste priser", Retning.Neutral, Omraade.Oekonomi, [Opdeling.Service, Opdeling.Administration, Opdeling.IAlt]);

    public static readonly Figur ServiceudgifterTrin = new(
        new FigurId("serviceudgifter_trin_pct"),
        "Serviceudgifter fordelt på indsatstrappen",
        "Bruttoudgifter på serviceområdet (dranst 1, uden refusion) fordelt på trin 2-6 efter kontoplanens tilknytning, i pct. af årets samlede bruttoserviceudgifter. Trin 1 kan ikke udskilles og vises ikke.",
        Enhed.Pct, "pct. af bruttoserviceudgifter", Retning.Neutral, Omraade.Oekonomi, [Opdeling.Trin(2), Opdeling.Trin(3), Opdeling.Trin(4), Opdeling.Trin(5), Opdeling.Trin(6)]);

    public static readonly Figur FagligTrivsel = new(
        new FigurId("faglig_trivsel"),
        "Faglig trivsel",
        "Gennemsnitlig faglig trivsel (indeks 1-5, 5 er bedst) i den nationale trivselsmåling for udsatte elever (med en indsats i skoleåret) og øvrige elever i 4.-9. klasse, samt forskellen (udsatte minus øvrige). Grupperne skifter fra år til år: det er monitorering, ikke effektmåling.",
        Enhed.Indeks, "indeks 1-5", Retning.Op, Omraade.Trivsel, [Opdeling.Udsatte, Opdeling.Oevrige, Opdeling.Forskel]);

    public static readonly Figur SocialTrivsel = new(
        new FigurId("social_trivsel"),
        "Social trivsel",
        "Gennemsnitlig social trivsel (indeks 1-5, 5 er bedst) for udsatte og øvrige elever i 4.-9. klasse, samt forskellen (udsatte minus øvrige). Monitorering, ikke effektmåling.",
        Enhed.Indeks, "indeks 1-5", Retning.Op, Omraade.Trivsel, [Opdeling.Udsatte, Opdeling.Oevrige, Opdeling.Forskel]);

    public static readonly Figur Fravaer = new(
        new FigurId("fravaer_pct"),
        "Fravær",
        "Gennemsnitligt fravær i pct. af skoledagene for udsatte og øvrige elever, samt forskellen (udsatte minus øvrige). Målet er, at forskellen mindskes. Monitorering, ikke effektmåling.",
        Enhed.Pct, "pct. af skoledage", Retning.Ned, Omraade.Trivsel, [Opdeling.Udsatte, Opdeling.Oevrige, Opdeling.Forskel]);

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

    /// <summary>The Danish word for an opdeling value, as users read it.</summary>
    public static string OpdelingNavn(Opdeling? opdeling) => opdeling?.Kode switch
    {
        null => "I alt",
        "forebyggende_foranstaltning" => "Forebyggende foranstaltning",
        "doegnophold_familie" => "Døgnophold for familien",
        "hjemmebaseret_anbringelse" => "Hjemmebaseret anbringelse",
        "foraeldrerettet_under_anbringelse" => "Forældrerettet indsats under anbringelse",
        "institution" => "Institution",
        "familiepleje" => "Familiepleje",
        "netvaerkspleje" => "Netværkspleje",
        "op" => "Op (anbragt)",
        "ned" => "Ned",
        "ingen" => "Ingen bevægelse",
        "anden_anbringelsesform" => "Anden anbringelsesform",
        "ikke_anbragt" => "Ikke længere anbragt",
        "service" => "Service",
        "administration" => "Administration",
        "i_alt" => "I alt",
        "trin2" => "Trin 2",
        "trin3" => "Trin 3",
        "trin4" => "Trin 4",
        "trin5" => "Trin 5",
        "trin6" => "Trin 6",
        "udsatte" => "Udsatte",
        "oevrige" => "Øvrige",
        "forskel" => "Forskel",
        { } ukendt => ukendt,
    };
}
