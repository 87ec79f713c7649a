using System.Text.Json.Serialization;

namespace Rapportering.Templates;

/// <summary>One rule of the kontoplan mapping (DOMAIN.md). Kategori: service, administration, udelad.</summary>
public sealed record KontoplanRegel(
    [property: JsonPropertyName("funktion")] string Funktion,
    [property: JsonPropertyName("gruppering")] string? Gruppering,
    [property: JsonPropertyName("fra_aar")] int? FraAar,
    [property: JsonPropertyName("til_aar")] int? TilAar,
    [property: JsonPropertyName("kategori")] string Kategori,
    [property: JsonPropertyName("trin")] int? Trin);

/// <summary>A base period, both years inclusive, e.g. 2011–2014.</summary>
public sealed record Basisperiode(int FraAar, int TilAar)
{
    public IEnumerable<int> Aar => Enumerable.Range(FraAar, TilAar - FraAar + 1);
    public override string ToString() => $"{FraAar}-{TilAar}";
}

public sealed record Basisperioder(Basisperiode Service, Basisperiode Administration, Basisperiode IAlt)
{
    /// <summary>The evaluation's defaults: service 2011–2014, administration and total 2013–2014.</summary>
    public static readonly Basisperioder Standard = new(new(2011, 2014), new(2013, 2014), new(2013, 2014));
}

/// <summary>Branding of the kommune's report: colours as #RRGGBB, logo as a path relative to the templates folder.</summary>
public sealed record Branding(string Primaerfarve, string Sekundaerfarve, string? Logo, string Udvalg, string? Skrifttype);

/// <summary>A recipient of the delivered report.</summary>
public sealed record Modtager(string Navn, string Email);

/// <summary>
/// One kommune's template (templates/kommuner/&lt;kode&gt;.json) with defaults filled in.
/// <see cref="Kontoplan"/> holds the kommune's own rules only; the default rules are in
/// <see cref="Skabeloner.StandardKontoplan"/>.
/// </summary>
public sealed record KommuneSkabelon(
    int Kode,
    string? Navn,
    Branding Branding,
    Basisperioder Basisperioder,
    IReadOnlyList<int> Referencekommuner,
    IReadOnlyList<Modtager> Modtagere,
    IReadOnlyList<KontoplanRegel> Kontoplan);
