namespace Rapportering.Domain;

/// <summary>
/// The indsatstype vocabulary of the view contract and the trin each type stands on
/// (DOMAIN.md). templates/indsatstrappe.json carries the same table for the words shown to users.
/// </summary>
public static class Indsatstyper
{
    public const string Forebyggende = "forebyggende";
    public const string ForebyggendeForanstaltning = "forebyggende_foranstaltning";
    public const string DoegnopholdFamilie = "doegnophold_familie";
    public const string HjemmebaseretAnbringelse = "hjemmebaseret_anbringelse";
    public const string ForaeldrerettetUnderAnbringelse = "foraeldrerettet_under_anbringelse";
    public const string Netvaerkspleje = "netvaerkspleje";
    public const string Familiepleje = "familiepleje";
    public const string Institution = "institution";

    /// <summary>The trin-3 types in the order the figures export lists them.</summary>
    public static readonly IReadOnlyList<string> Hjemmebaserede =
        [ForebyggendeForanstaltning, DoegnopholdFamilie, HjemmebaseretAnbringelse, ForaeldrerettetUnderAnbringelse];

    private static readonly Dictionary<string, int> TrinForType = new(StringComparer.Ordinal)
    {
        [Forebyggende] = 2,
        [ForebyggendeForanstaltning] = 3,
        [DoegnopholdFamilie] = 3,
        [HjemmebaseretAnbringelse] = 3,
        [ForaeldrerettetUnderAnbringelse] = 3,
        [Netvaerkspleje] = 4,
        [Familiepleje] = 5,
        [Institution] = 6,
    };

    public static IReadOnlyCollection<string> Alle => TrinForType.Keys;

    public static bool ErKendt(string? type) => type is not null && TrinForType.ContainsKey(type);

    /// <summary>The trin (2–6) of a known type.</summary>
    public static int Trin(string type) => TrinForType.TryGetValue(type, out var t)
        ? t
        : throw new ArgumentException($"ukendt indsatstype '{type}'");

    /// <summary>"Anbragt" means trin 4–6.</summary>
    public static bool ErAnbringelse(int trin) => trin >= 4;
}
