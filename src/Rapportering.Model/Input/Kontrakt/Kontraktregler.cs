namespace Rapportering.Input.Kontrakt;

/// <summary>
/// The ids of the view-contract rules a row can break (the JSON export's <c>regel</c>). Their
/// Danish names and explanations live in templates/rapport/tekster.json; here only the ids.
/// </summary>
public static class Kontraktregler
{
    /// <summary>NULL (or empty) where the contract requires a value.</summary>
    public const string ManglerVaerdi = "mangler_vaerdi";
    /// <summary>Not an ISO date (ÅÅÅÅ-MM-DD), or a date that does not exist (2016-02-30).</summary>
    public const string UgyldigDato = "ugyldig_dato";
    /// <summary>Text, a fraction or a BLOB where the contract has a (whole) number.</summary>
    public const string UgyldigtTal = "ugyldigt_tal";
    /// <summary>A number or date outside what the column can hold (an age of −1, a count of −12).</summary>
    public const string UdenForInterval = "uden_for_interval";
    /// <summary>A value outside the column's vocabulary (bevilget_af 'kommunen').</summary>
    public const string UkendtVaerdi = "ukendt_vaerdi";
    /// <summary>A BLOB in a text column, or text that does not have the column's form (funktion, skoleår).</summary>
    public const string UgyldigTekst = "ugyldig_tekst";
    /// <summary>A value shaped like a CPR number: never read, never echoed.</summary>
    public const string CprLignende = "cpr_lignende_vaerdi";
    /// <summary>A row identical in every column to an earlier one: counted once.</summary>
    public const string Dublet = "dublet_raekke";
    /// <summary>Rows with one key but different values (one population cell, one PL year): all left out.</summary>
    public const string Modstrid = "modstridende_vaerdier";
    /// <summary>Rows whose kommune_kode is missing or not in rap_kommune: never mixed in.</summary>
    public const string UkendtKommune = "ukendt_kommune";
}
