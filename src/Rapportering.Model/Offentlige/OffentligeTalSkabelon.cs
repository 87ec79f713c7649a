using System.Text.Json.Serialization;

namespace Rapportering.Offentlige;

/// <summary>
/// templates/offentlige-tal.json: which Statistikbanken table and which variable values feed
/// which series, the regions, how anbringelsessteder group into anbringelsesformer, and the
/// source and caveat words. A renamed table or variable is a change here, not in code.
/// </summary>
public sealed record OffentligeTalSkabelon(
    [property: JsonPropertyName("tabeller")] IReadOnlyList<TabelRegel> Tabeller,
    [property: JsonPropertyName("hele_landet")] IReadOnlyList<string> HeleLandet,
    [property: JsonPropertyName("regioner")] IReadOnlyDictionary<string, Region> Regioner,
    [property: JsonPropertyName("kommuner")] IReadOnlyDictionary<string, string> Kommuner,
    [property: JsonPropertyName("figurer")] FigurKilder Figurer)
{
    public const string FilNavn = "offentlige-tal.json";

    /// <summary>The region code of each kommune code.</summary>
    public IReadOnlyDictionary<int, int> RegionAf() =>
        Regioner.SelectMany(r => r.Value.KommuneKoder.Select(k => (k, int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture))))
            .ToDictionary(x => x.k, x => x.Item2);
}

/// <summary>One Statistikbanken table: its kommune and time variables and the series it feeds.</summary>
public sealed record TabelRegel(
    [property: JsonPropertyName("tabel")] string Tabel,
    [property: JsonPropertyName("kommune")] string Kommune,
    [property: JsonPropertyName("tid")] string Tid,
    [property: JsonPropertyName("serier")] IReadOnlyList<SerieRegel> Serier)
{
    /// <summary>Every variable the table's CSV header must hold (besides INDHOLD), upper case.</summary>
    public HashSet<string> Variabler(SerieRegel s) =>
        new[] { Kommune, Tid }.Concat(s.Filtre.Keys).Concat(s.Noegle.Keys)
            .Select(v => v.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// One series: rows whose filter variables hold one of the listed values, keyed by the
/// noegle variables. Each value map is canonical code → other spellings (the API writes codes
/// or texts, depending on valuePresentation); the canonical code is always accepted.
/// </summary>
public sealed record SerieRegel(
    [property: JsonPropertyName("serie")] string Serie,
    [property: JsonPropertyName("filtre")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Filtre,
    [property: JsonPropertyName("noegle")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Noegle);

public sealed record Region(
    [property: JsonPropertyName("navn")] string Navn,
    [property: JsonPropertyName("kommuner")] IReadOnlyList<int> KommuneKoder);

/// <summary>Which series and values each derived figure uses, and its source and caveat words.</summary>
public sealed record FigurKilder(
    [property: JsonPropertyName("befolkning_0_17")] string Befolkning017,
    [property: JsonPropertyName("anbragte_0_17")] SerieVaerdi Anbragte017,
    [property: JsonPropertyName("anbringelsessteder")] SerieVaerdi Anbringelsessteder,
    [property: JsonPropertyName("anbringelsesformer")] IReadOnlyDictionary<string, IReadOnlyList<string>> Anbringelsesformer,
    [property: JsonPropertyName("nettoudgifter")] Udgiftsregel Nettoudgifter,
    [property: JsonPropertyName("tekster")] IReadOnlyDictionary<string, KildeTekst> Tekster);

/// <summary>A series and the key value that is its total (e.g. ANBAAR12's anbringelsessted "0" = I alt).</summary>
public sealed record SerieVaerdi(
    [property: JsonPropertyName("serie")] string Serie,
    [property: JsonPropertyName("i_alt")] string IAlt);

public sealed record Udgiftsregel(
    [property: JsonPropertyName("serie")] string Serie,
    [property: JsonPropertyName("funktioner")] IReadOnlyList<string> Funktioner,
    [property: JsonPropertyName("dranst")] IReadOnlyList<string> Dranst);

public sealed record KildeTekst(
    [property: JsonPropertyName("kilde")] string Kilde,
    [property: JsonPropertyName("forbehold")] string? Forbehold);
