namespace Rapportering.Input;

// One immutable record per view of the view contract (DESIGN.md). Column names map 1:1;
// readers fill these and nothing else. Dates are DateOnly, amounts decimal.

/// <summary>rap_kommune</summary>
public sealed record Kommune(int KommuneKode, string Navn);

/// <summary>rap_befolkning: number of persons of one age in a kommune on one (quarterly) date.</summary>
public sealed record Befolkning(int KommuneKode, DateOnly Dato, int Alder, int Antal);

/// <summary>rap_person: pseudonymous id; never shown to a user. Birth date may be missing (a finding).</summary>
public sealed record Person(string PersonId, DateOnly? Foedselsdato);

/// <summary>rap_indsats: one measure. Slutdato null = ongoing. Type and dates are kept raw so
/// that data-quality checks can see what broke the contract.</summary>
public sealed record Indsats(
    string IndsatsId,
    string PersonId,
    int KommuneKode,
    string Indsatstype,
    string? Lovgrundlag,
    string? BevilgetAf,
    DateOnly Startdato,
    DateOnly? Slutdato);

/// <summary>rap_undersoegelse: a børnefaglig undersøgelse decided on Afgoerelsesdato.</summary>
public sealed record Undersoegelse(string PersonId, int KommuneKode, DateOnly Afgoerelsesdato);

/// <summary>rap_regnskab: children's area only; amounts in 1000 kr., current prices.</summary>
public sealed record RegnskabsPost(
    int KommuneKode,
    int Aar,
    string Regnskabstype,
    string Funktion,
    string? Gruppering,
    int Dranst,
    decimal Beloeb1000Kr);

/// <summary>rap_pl_indeks: the price and wage index for one year.</summary>
public sealed record PlIndeks(int Aar, decimal Indeks);

/// <summary>rap_skoletrivsel: a STIL aggregate. Skoleaar is raw text ("2016/17"), checked by the model.</summary>
public sealed record Skoletrivsel(
    int KommuneKode,
    string Skoleaar,
    string Gruppe,
    string Indikator,
    decimal? Gennemsnit,
    int? Antal);
