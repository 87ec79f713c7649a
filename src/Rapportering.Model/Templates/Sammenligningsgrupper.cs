using System.Text.Json.Serialization;

namespace Rapportering.Templates;

/// <summary>One group of kommuner compared with each other (as KL/KOMBIT's FLIS sammenligningsgrupper).</summary>
public sealed record Sammenligningsgruppe(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("navn")] string Navn,
    [property: JsonPropertyName("kommuner")] IReadOnlyList<int> Kommuner);

/// <summary>
/// templates/sammenligningsgrupper.json: a shared list of sammenligningsgrupper (data, not code;
/// format in docs/udveksling.md). A kommune's reference kommuner are its own template's
/// <c>referencekommuner</c> first, then the other members of every group it is in.
/// </summary>
public sealed record Sammenligningsgrupper(
    [property: JsonPropertyName("kilde")] string? Kilde,
    [property: JsonPropertyName("grupper")] IReadOnlyList<Sammenligningsgruppe> Grupper)
{
    public const string FilNavn = "sammenligningsgrupper.json";
    public static readonly Sammenligningsgrupper Ingen = new(null, []);

    /// <summary>Pure: the template's own reference kommuner, then the other members of the kommune's groups; no duplicates, never the kommune itself.</summary>
    public IReadOnlyList<int> Referencekommuner(KommuneSkabelon skabelon) =>
        skabelon.Referencekommuner
            .Concat(Grupper.Where(g => g.Kommuner.Contains(skabelon.Kode)).SelectMany(g => g.Kommuner))
            .Where(k => k != skabelon.Kode).Distinct().ToList();
}
