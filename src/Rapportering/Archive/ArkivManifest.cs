using System.Text.Json.Serialization;

namespace Rapportering.Archive;

/// <summary>One file of an archived version with its SHA-256 (lower-case hex).</summary>
public sealed record ArkivFil(
    [property: JsonPropertyName("navn")] string Navn,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes);

/// <summary>
/// manifest.json of one version folder. <see cref="Indholdsnoegle"/> decides whether a new run
/// is new content: see <see cref="Arkiv.Indholdsnoegle"/>.
/// </summary>
public sealed record ArkivManifest(
    [property: JsonPropertyName("kommune")] int Kommune,
    [property: JsonPropertyName("skaeringsdato")] string Skaeringsdato,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("oprettet")] DateTimeOffset Oprettet,
    [property: JsonPropertyName("data_pr")] DateOnly DataPr,
    [property: JsonPropertyName("skabelon_version")] string SkabelonVersion,
    [property: JsonPropertyName("skabelon_hash")] string SkabelonHash,
    [property: JsonPropertyName("indholdsnoegle")] string Indholdsnoegle,
    [property: JsonPropertyName("filer")] IReadOnlyList<ArkivFil> Filer);

/// <summary>The result of archiving: the version now latest, and whether this call created it.</summary>
public sealed record ArkivResultat(ArkivManifest Manifest, string Mappe, bool Ny);
