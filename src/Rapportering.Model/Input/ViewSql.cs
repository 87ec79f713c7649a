namespace Rapportering.Input;

/// <summary>
/// The SELECTs over the view contract. Portable SQL (the same text on SQLite,
/// PostgreSQL and SQL Server). Rows are read by ordinal; the aliases name the columns in findings. Each query has a
/// "{0}" slot for an optional WHERE clause on kommune_kode. The large views (measures,
/// examinations, persons) are ordered by kommune_kode only, as the national stream needs: sorting
/// a million measures costs the database more than a second, and nothing downstream depends on
/// their order (<see cref="Figures.Datakvalitet.RegistreringsKontrol"/> picks among near-copies by id).
/// </summary>
internal static class ViewSql
{
    public static readonly IReadOnlyList<string> Views =
    [
        "rap_kommune", "rap_befolkning", "rap_person", "rap_indsats",
        "rap_undersoegelse", "rap_regnskab", "rap_pl_indeks", "rap_skoletrivsel",
    ];

    public const string EnKommune = "WHERE kommune_kode = @kode";

    public const string Kommuner =
        "SELECT kommune_kode AS KommuneKode, navn AS Navn FROM rap_kommune ORDER BY kommune_kode";

    public const string Befolkning =
        "SELECT kommune_kode AS KommuneKode, dato AS Dato, alder AS Alder, antal AS Antal FROM rap_befolkning {0} " +
        "ORDER BY kommune_kode, dato, alder";

    public const string Indsatser =
        "SELECT indsats_id AS IndsatsId, person_id AS PersonId, kommune_kode AS KommuneKode, indsatstype AS Indsatstype, " +
        "lovgrundlag AS Lovgrundlag, bevilget_af AS BevilgetAf, startdato AS Startdato, slutdato AS Slutdato " +
        "FROM rap_indsats {0} ORDER BY kommune_kode";

    public const string Undersoegelser =
        "SELECT person_id AS PersonId, kommune_kode AS KommuneKode, afgoerelsesdato AS Afgoerelsesdato " +
        "FROM rap_undersoegelse {0} ORDER BY kommune_kode";

    public const string Regnskab =
        "SELECT kommune_kode AS KommuneKode, aar AS Aar, regnskabstype AS Regnskabstype, funktion AS Funktion, " +
        "gruppering AS Gruppering, dranst AS Dranst, beloeb_1000kr AS Beloeb1000Kr FROM rap_regnskab {0} " +
        "ORDER BY kommune_kode, aar, funktion, COALESCE(gruppering, ''), dranst, regnskabstype";

    public const string Skoletrivsel =
        "SELECT kommune_kode AS KommuneKode, skoleaar AS Skoleaar, gruppe AS Gruppe, indikator AS Indikator, " +
        "gennemsnit AS Gennemsnit, antal AS Antal FROM rap_skoletrivsel {0} " +
        "ORDER BY kommune_kode, skoleaar, gruppe, indikator";

    public const string PlIndeks =
        "SELECT aar AS Aar, indeks AS Indeks FROM rap_pl_indeks ORDER BY aar";

    /// <summary>
    /// Rows of a view whose kommune_kode is NULL or not in rap_kommune, counted per code: never
    /// mixed into a kommune's figures, listed for the operator. NOT EXISTS, not NOT IN: a NULL
    /// code in rap_kommune would make NOT IN match nothing.
    /// </summary>
    public static string UkendteKommuner(string view) =>
        $"SELECT v.kommune_kode, COUNT(*) FROM {view} v WHERE v.kommune_kode IS NULL OR NOT EXISTS " +
        $"(SELECT 1 FROM rap_kommune k WHERE k.kommune_kode = v.kommune_kode) GROUP BY v.kommune_kode";

    /// <summary>The views with a kommune_kode column.</summary>
    public static readonly IReadOnlyList<string> KommuneViews =
        ["rap_befolkning", "rap_indsats", "rap_undersoegelse", "rap_regnskab", "rap_skoletrivsel"];

    /// <summary>Persons referenced by one kommune's measures or examinations.</summary>
    public const string PersonerForKommune =
        "SELECT person_id AS PersonId, foedselsdato AS Foedselsdato FROM rap_person WHERE person_id IN (" +
        "SELECT person_id FROM rap_indsats WHERE kommune_kode = @kode UNION " +
        "SELECT person_id FROM rap_undersoegelse WHERE kommune_kode = @kode)";

    public const string AllePersoner =
        "SELECT person_id AS PersonId, foedselsdato AS Foedselsdato FROM rap_person";
}
