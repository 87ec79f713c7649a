namespace Rapportering.Tests.Input.DaarligeRaekker;

/// <summary>
/// One kind of malformed row: the SQL that puts it into a copy of the base database, the SQL that
/// makes the same copy "cleaned by hand" (null: the base itself), and the findings it must give
/// (view, rule, column, rows). <paramref name="KunSqlite"/>: a value PostgreSQL's column cannot hold
/// (a BLOB, text in kommune_kode).
/// </summary>
public sealed record Slags(string Navn, string Sql, string? Ren, (string View, string Regel, string? Kolonne, int Antal)[] Fund, bool KunSqlite = false)
{
    public override string ToString() => Navn;
}

/// <summary>
/// The project's corpus of malformed rows: 50 kinds across all eight views, every kind issue 13
/// names among them. The base is the demo (kommune 510, data pr. 31 October 2025) with every
/// table loosened to hold anything (<see cref="LoesDatabase"/>), plus one test person
/// 'tstperson001' born 5 May 2012 that nothing refers to.
/// </summary>
public static class Korpus
{
    private const string P = "tstperson001";

    private static string Indsats(string id, string person, string kode, string type, string bevilget, string start, string slut = "NULL") =>
        $"INSERT INTO indsats (indsats_id, person_id, kommune_kode, indsatstype, lovgrundlag, bevilget_af, startdato, slutdato) " +
        $"VALUES ('{id}', {person}, {kode}, {type}, 'SEL § 11, stk. 3', {bevilget}, {start}, {slut});";

    private static string God(string id, string person = $"'{P}'") => Indsats(id, person, "510", "'forebyggende'", "'myndighed'", "'2024-03-01'", "'2024-09-01'");
    private static string Person(string id, string foedt) => $"INSERT INTO person (person_id, foedselsdato) VALUES ('{id}', {foedt});";
    private static string Befolkning(string kode, string dato, string alder, string antal) =>
        $"INSERT INTO befolkning (kommune_kode, dato, alder, antal) VALUES ({kode}, {dato}, {alder}, {antal});";
    private static string Regnskab(string aar, string type, string funktion, string gruppering, string beloeb) =>
        $"INSERT INTO regnskab (kommune_kode, aar, regnskabstype, funktion, gruppering, dranst, beloeb_1000kr) VALUES (510, {aar}, {type}, {funktion}, {gruppering}, 1, {beloeb});";
    private static string Trivsel(string skoleaar, string gruppe, string indikator, string gennemsnit, string antal) =>
        $"INSERT INTO skoletrivsel (kommune_kode, skoleaar, gruppe, indikator, gennemsnit, antal) VALUES (510, {skoleaar}, {gruppe}, {indikator}, {gennemsnit}, {antal});";

    public static readonly Slags[] Alle =
    [
        // rap_indsats
        new("indsats: startdato skrevet 31-01-2016", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'31-01-2016'") + Indsats("x2", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'01-02-2016'"), null,
            [("rap_indsats", "ugyldig_dato", "startdato", 2)]),
        new("indsats: startdato 2016-02-30", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'2016-02-30'"), null, [("rap_indsats", "ugyldig_dato", "startdato", 1)]),
        new("indsats: startdato 'i går'", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'i går'"), null, [("rap_indsats", "ugyldig_dato", "startdato", 1)]),
        new("indsats: startdato NULL", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "NULL"), null, [("rap_indsats", "mangler_vaerdi", "startdato", 1)]),
        new("indsats: slutdato 'snart'", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'2024-01-01'", "'snart'"), null, [("rap_indsats", "ugyldig_dato", "slutdato", 1)]),
        new("indsats: startdato CPR-formet", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'010203-1234'"), null, [("rap_indsats", "cpr_lignende_vaerdi", "startdato", 1)]),
        new("indsats: bevilget_af NULL", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "NULL", "'2024-01-01'"), null, [("rap_indsats", "mangler_vaerdi", "bevilget_af", 1)]),
        new("indsats: bevilget_af 'kommunen'", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'kommunen'", "'2024-01-01'"), null, [("rap_indsats", "ukendt_vaerdi", "bevilget_af", 1)]),
        new("indsats: BLOB som indsatstype", Indsats("x1", $"'{P}'", "510", "X'00FF10'", "'myndighed'", "'2024-01-01'"), null, [("rap_indsats", "ugyldig_tekst", "indsatstype", 1)], KunSqlite: true),
        new("indsats: CPR-formet person_id", Indsats("x1", "'0102031234'", "510", "'forebyggende'", "'myndighed'", "'2024-01-01'"), null, [("rap_indsats", "cpr_lignende_vaerdi", "person_id", 1)]),
        new("indsats: kommune_kode NULL", Indsats("x1", $"'{P}'", "NULL", "'forebyggende'", "'myndighed'", "'2024-01-01'"), null, [("rap_indsats", "ukendt_kommune", "kommune_kode", 1)]),
        new("indsats: kommune_kode ikke i rap_kommune", Indsats("x1", $"'{P}'", "999", "'forebyggende'", "'myndighed'", "'2024-01-01'") + Indsats("x2", $"'{P}'", "999", "'institution'", "'myndighed'", "'2024-01-01'"), null,
            [("rap_indsats", "ukendt_kommune", "kommune_kode", 2)]),
        new("indsats: kommune_kode som tekst", Indsats("x1", $"'{P}'", "'femhundredeti'", "'forebyggende'", "'myndighed'", "'2024-01-01'"), null, [("rap_indsats", "ukendt_kommune", "kommune_kode", 1)], KunSqlite: true),
        new("indsats: eksakt dublet", "INSERT INTO indsats SELECT * FROM indsats WHERE indsats_id = '510-000002';", null, [("rap_indsats", "dublet_raekke", null, 1)]),
        new("indsats: startdato i fremtiden", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'2099-01-01'"), null, [("rap_indsats", "startdato_i_fremtiden", "startdato", 1)]),
        new("indsats: slutdato før startdato", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'2024-05-01'", "'2024-01-01'"), null, [("rap_indsats", "slutdato_foer_startdato", "slutdato", 1)]),
        new("indsats: ukendt indsatstype", Indsats("x1", $"'{P}'", "510", "'aflastning'", "'myndighed'", "'2024-01-01'"), null, [("rap_indsats", "ukendt_indsatstype", "indsatstype", 1)]),
        new("indsats: start før fødsel", Indsats("x1", $"'{P}'", "510", "'forebyggende'", "'myndighed'", "'2011-01-01'"), null, [("rap_indsats", "startdato_foer_foedselsdato", "startdato", 1)]),

        // rap_person (a person counts only through a measure that refers to her)
        new("person: CPR-nummer som fødselsdato", Person("tstcpr000001", "'010203-1234'") + God("x1", "'tstcpr000001'"), null,
            [("rap_person", "cpr_lignende_vaerdi", "foedselsdato", 1), ("rap_indsats", "person_mangler_foedselsdato", null, 1)]),
        new("person: fødselsdato 31-12-2010", Person("tstdato00001", "'31-12-2010'") + God("x1", "'tstdato00001'"), null,
            [("rap_person", "ugyldig_dato", "foedselsdato", 1), ("rap_indsats", "person_mangler_foedselsdato", null, 1)]),
        new("person: to forskellige fødselsdatoer", Person("tstkonf00001", "'2010-01-01'") + Person("tstkonf00001", "'2011-01-01'") + God("x1", "'tstkonf00001'"), null,
            [("rap_person", "modstridende_vaerdier", "foedselsdato", 2), ("rap_indsats", "person_mangler_foedselsdato", null, 1)]),
        new("person: født i 2099", Person("tstfrem00001", "'2099-06-01'") + God("x1", "'tstfrem00001'"), null,
            [("rap_indsats", "foedselsdato_i_fremtiden", null, 1)]),
        new("person: eksakt dublet", Person(P, "'2012-05-05'") + God("x1"), God("x1"), [("rap_person", "dublet_raekke", null, 1)]),
        new("person: ukendt i rap_person", God("x1", "'tstukendt001'"), null, [("rap_indsats", "person_ukendt", null, 1)]),

        // rap_undersoegelse
        new("undersøgelse: uden dato", $"INSERT INTO undersoegelse (person_id, kommune_kode, afgoerelsesdato) VALUES ('{P}', 510, NULL);", null,
            [("rap_undersoegelse", "mangler_vaerdi", "afgoerelsesdato", 1)]),
        new("undersøgelse: dato 2016/03/01", $"INSERT INTO undersoegelse (person_id, kommune_kode, afgoerelsesdato) VALUES ('{P}', 510, '2016/03/01');", null,
            [("rap_undersoegelse", "ugyldig_dato", "afgoerelsesdato", 1)]),
        new("undersøgelse: kommune_kode ikke i rap_kommune", $"INSERT INTO undersoegelse (person_id, kommune_kode, afgoerelsesdato) VALUES ('{P}', 998, '2024-01-01');", null,
            [("rap_undersoegelse", "ukendt_kommune", "kommune_kode", 1)]),

        // rap_befolkning
        new("befolkning: dato 2016/07/01", Befolkning("510", "'2016/07/01'", "5", "100"), null, [("rap_befolkning", "ugyldig_dato", "dato", 1)]),
        new("befolkning: alder 5.5", Befolkning("510", "'2016-07-01'", "5.5", "100"), null, [("rap_befolkning", "ugyldigt_tal", "alder", 1)]),
        new("befolkning: alder 'fem'", Befolkning("510", "'2016-07-01'", "'fem'", "100"), null, [("rap_befolkning", "ugyldigt_tal", "alder", 1)]),
        new("befolkning: alder −1", Befolkning("510", "'2016-07-01'", "-1", "100"), null, [("rap_befolkning", "uden_for_interval", "alder", 1)]),
        new("befolkning: antal −12", Befolkning("510", "'2016-07-01'", "20", "-12"), null, [("rap_befolkning", "uden_for_interval", "antal", 1)]),
        new("befolkning: antal 'mange'", Befolkning("510", "'2016-07-01'", "20", "'mange'"), null, [("rap_befolkning", "ugyldigt_tal", "antal", 1)]),
        new("befolkning: CPR-formet antal", Befolkning("510", "'2016-07-01'", "20", "'010203-1234'"), null, [("rap_befolkning", "cpr_lignende_vaerdi", "antal", 1)]),
        new("befolkning: kommune_kode NULL", Befolkning("NULL", "'2016-07-01'", "5", "100"), null, [("rap_befolkning", "ukendt_kommune", "kommune_kode", 1)]),
        new("befolkning: dato i fremtiden", Befolkning("510", "'2099-01-01'", "5", "100"), null, [("rap_befolkning", "befolkningsdato_i_fremtiden", "dato", 1)]),
        new("befolkning: eksakt dublet", "INSERT INTO befolkning SELECT * FROM befolkning WHERE kommune_kode = 510 AND dato = '2016-07-01' AND alder = '7';", null,
            [("rap_befolkning", "dublet_raekke", null, 1)]),
        new("befolkning: to antal for én celle", Befolkning("510", "'2016-07-01'", "7", "1"),
            "DELETE FROM befolkning WHERE kommune_kode = 510 AND dato = '2016-07-01' AND alder = '7';", [("rap_befolkning", "modstridende_vaerdier", "antal", 2)]),

        // rap_regnskab
        new("regnskab: beløb 'ukendt'", Regnskab("2014", "'regnskab'", "'5.28.21'", "'777'", "'ukendt'"), null, [("rap_regnskab", "ugyldigt_tal", "beloeb_1000kr", 1)]),
        new("regnskab: år 'i fjor'", Regnskab("'i fjor'", "'regnskab'", "'5.28.21'", "'777'", "10"), null, [("rap_regnskab", "ugyldigt_tal", "aar", 1)]),
        new("regnskab: regnskabstype 'budget'", Regnskab("2014", "'budget'", "'5.28.21'", "'777'", "10"), null, [("rap_regnskab", "ukendt_vaerdi", "regnskabstype", 1)]),
        new("regnskab: funktion '5.28'", Regnskab("2014", "'regnskab'", "'5.28'", "'777'", "10"), null, [("rap_regnskab", "ugyldig_tekst", "funktion", 1)]),
        new("regnskab: CPR-formet gruppering", Regnskab("2014", "'regnskab'", "'5.28.21'", "'010203-1234'", "10"), null, [("rap_regnskab", "cpr_lignende_vaerdi", "gruppering", 1)]),
        new("regnskab: eksakt dublet", "INSERT INTO regnskab SELECT * FROM regnskab WHERE kommune_kode = 510 AND aar = '2014' AND funktion = '5.28.20' AND dranst = '1';", null,
            [("rap_regnskab", "dublet_raekke", null, 1)]),
        new("regnskab: to beløb for én post", "INSERT INTO regnskab SELECT kommune_kode, aar, regnskabstype, funktion, gruppering, dranst, '1.5' FROM regnskab WHERE kommune_kode = 510 AND aar = '2014' AND funktion = '5.28.20' AND dranst = '1';",
            "DELETE FROM regnskab WHERE kommune_kode = 510 AND aar = '2014' AND funktion = '5.28.20' AND dranst = '1';", [("rap_regnskab", "modstridende_vaerdier", "beloeb_1000kr", 2)]),

        // rap_pl_indeks
        new("pl-indeks: 'n/a'", "INSERT INTO pl_indeks (aar, indeks) VALUES (2040, 'n/a');", null, [("rap_pl_indeks", "ugyldigt_tal", "indeks", 1)]),
        new("pl-indeks: 0", "INSERT INTO pl_indeks (aar, indeks) VALUES (2041, 0);", null, [("rap_pl_indeks", "uden_for_interval", "indeks", 1)]),
        new("pl-indeks: eksakt dublet", "INSERT INTO pl_indeks SELECT * FROM pl_indeks WHERE aar = '2013';", null, [("rap_pl_indeks", "dublet_raekke", null, 1)]),
        new("pl-indeks: to værdier for ét år", "INSERT INTO pl_indeks (aar, indeks) VALUES (2013, 99);", "DELETE FROM pl_indeks WHERE aar = '2013';",
            [("rap_pl_indeks", "modstridende_vaerdier", "indeks", 2)]),

        // rap_skoletrivsel
        new("skoletrivsel: skoleår 2016-17", Trivsel("'2016-17'", "'udsatte'", "'fravaer'", "9.5", "120"), null, [("rap_skoletrivsel", "ugyldig_tekst", "skoleaar", 1)]),
        new("skoletrivsel: gruppe 'alle'", Trivsel("'2016/17'", "'alle'", "'fravaer'", "9.5", "120"), null, [("rap_skoletrivsel", "ukendt_vaerdi", "gruppe", 1)]),
        new("skoletrivsel: trivsel 7,5", Trivsel("'2030/31'", "'udsatte'", "'social_trivsel'", "7.5", "120"), null, [("rap_skoletrivsel", "uden_for_interval", "gennemsnit", 1)]),
        new("skoletrivsel: antal −3", Trivsel("'2030/31'", "'udsatte'", "'fravaer'", "9.5", "-3"), null, [("rap_skoletrivsel", "uden_for_interval", "antal", 1)]),
        new("skoletrivsel: eksakt dublet", "INSERT INTO skoletrivsel SELECT * FROM skoletrivsel WHERE kommune_kode = 510 AND skoleaar = '2016/17' AND gruppe = 'oevrige' AND indikator = 'fravaer';", null,
            [("rap_skoletrivsel", "dublet_raekke", null, 1)]),
        new("skoletrivsel: to gennemsnit for én celle", "INSERT INTO skoletrivsel SELECT kommune_kode, skoleaar, gruppe, indikator, '1.1', antal FROM skoletrivsel WHERE kommune_kode = 510 AND skoleaar = '2016/17' AND gruppe = 'oevrige' AND indikator = 'fravaer';",
            "DELETE FROM skoletrivsel WHERE kommune_kode = 510 AND skoleaar = '2016/17' AND gruppe = 'oevrige' AND indikator = 'fravaer';", [("rap_skoletrivsel", "modstridende_vaerdier", "gennemsnit", 2)]),

        // rap_kommune
        new("kommune: CPR-formet navn", "UPDATE kommune SET navn = '010203-1234' WHERE kommune_kode = 510;", null, [("rap_kommune", "cpr_lignende_vaerdi", "navn", 1)]),
        new("kommune: kode som tekst", "INSERT INTO kommune (kommune_kode, navn) VALUES ('abc', 'Abc');", null, [("rap_kommune", "ugyldigt_tal", "kommune_kode", 1)], KunSqlite: true),
    ];
}
