using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rapportering.Domain;
using Rapportering.Output;

namespace Rapportering.Archive;

/// <summary>
/// The report archive: &lt;rod&gt;/&lt;kommunekode&gt;/&lt;yyyy-mm-dd&gt;/v&lt;N&gt;/ with the report files and
/// manifest.json. Versions are immutable. A version is built in &lt;rod&gt;/.tmp/ and renamed into
/// place whole, so a reader (or a crash) never sees half a version; each file inside is also
/// written temp-then-rename. Folders starting with '.' are never listed.
/// </summary>
public sealed class Arkiv(string rod, TimeProvider tid)
{
    public const string ManifestNavn = "manifest.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Rod { get; } = Path.GetFullPath(rod);

    /// <summary>
    /// Archives one rendered report unless the latest version has the same content
    /// (<see cref="Indholdsnoegle"/>); then that version is returned with Ny = false.
    /// </summary>
    public ArkivResultat SkrivVersion(
        int kommune, Skaeringsdato dato, IReadOnlyDictionary<string, byte[]> filer,
        DateOnly dataPr, string skabelonVersion, string skabelonHash)
    {
        if (filer.Count == 0) throw new ArgumentException("intet at arkivere", nameof(filer));
        var hashes = filer.ToDictionary(f => f.Key, f => Sha256(f.Value), StringComparer.Ordinal);
        var noegle = Indholdsnoegle(hashes, skabelonVersion, skabelonHash);
        var datoMappe = Path.Combine(Rod, kommune.ToString(CultureInfo.InvariantCulture), dato.Iso);
        Directory.CreateDirectory(datoMappe);
        RydEfterladte();

        for (var forsoeg = 0; forsoeg < 5; forsoeg++)
        {
            var seneste = SenesteVersion(kommune, dato);
            if (seneste is { } s && LaesManifest(kommune, dato, s) is { } m && m.Indholdsnoegle == noegle)
                return new ArkivResultat(m, VersionsMappe(kommune, dato, s), Ny: false);

            var version = (seneste ?? 0) + 1;
            var manifest = new ArkivManifest(kommune, dato.Iso, version, tid.GetUtcNow(), dataPr,
                skabelonVersion, skabelonHash, noegle,
                filer.Keys.Order(StringComparer.Ordinal)
                    .Select(n => new ArkivFil(n, hashes[n], filer[n].LongLength)).ToList());

            var temp = Path.Combine(Rod, ".tmp", $"{kommune}-{dato.Iso}-v{version}-{Efterladenskaber.Maerke}.{Guid.NewGuid().ToString("N")[..12]}");
            Directory.CreateDirectory(temp);
            try
            {
                foreach (var (navn, indhold) in filer)
                    AtomiskSkrivning.Skriv(Path.Combine(temp, SikkertNavn(navn)), indhold);
                AtomiskSkrivning.Skriv(Path.Combine(temp, ManifestNavn), JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
                var maal = VersionsMappe(kommune, dato, version);
                if (Directory.Exists(maal)) continue; // another writer took this number: look again
                Directory.Move(temp, maal);
                return new ArkivResultat(manifest, maal, Ny: true);
            }
            catch (IOException) when (Directory.Exists(VersionsMappe(kommune, dato, version)))
            {
                // lost the race for the version number; the loop re-reads the latest version
            }
            finally
            {
                if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            }
        }
        throw new IOException($"kunne ikke arkivere {kommune} {dato.Iso}: versionsnummeret blev taget gentagne gange");
    }

    /// <summary>
    /// What "same content" means: the data export and the template, when a JSON export is among the
    /// files (PDF and XLSX may carry creation stamps that change on every run without new content);
    /// otherwise every file's hash.
    /// </summary>
    public static string Indholdsnoegle(IReadOnlyDictionary<string, string> hashes, string skabelonVersion, string skabelonHash)
    {
        var json = hashes.Where(h => h.Key.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
        var grundlag = (json.Count > 0 ? json : hashes.ToList())
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}={h.Value}")
            .Append($"skabelon={skabelonVersion}/{skabelonHash}");
        return Sha256(Encoding.UTF8.GetBytes(string.Join("\n", grundlag)));
    }

    public IReadOnlyList<int> Kommuner() =>
        Undermapper(Rod).Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : -1)
            .Where(k => k >= 0).Order().ToList();

    public IReadOnlyList<Skaeringsdato> Datoer(int kommune) =>
        Undermapper(Path.Combine(Rod, kommune.ToString(CultureInfo.InvariantCulture)))
            .Select(n => Skaeringsdato.TryParse(n, out var d, out _) ? d : (Skaeringsdato?)null)
            .OfType<Skaeringsdato>().Order().ToList();

    public IReadOnlyList<int> Versioner(int kommune, Skaeringsdato dato) =>
        Undermapper(Path.Combine(Rod, kommune.ToString(CultureInfo.InvariantCulture), dato.Iso))
            .Select(n => n.Length > 1 && n[0] == 'v' && int.TryParse(n[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Where(v => v > 0).Order().ToList();

    public int? SenesteVersion(int kommune, Skaeringsdato dato) =>
        Versioner(kommune, dato) is { Count: > 0 } v ? v[^1] : null;

    /// <summary>The manifest of the newest version of a kommune's cut date (what readers are shown), or null.</summary>
    public ArkivManifest? SenesteManifest(int kommune, Skaeringsdato dato) =>
        SenesteVersion(kommune, dato) is { } v ? LaesManifest(kommune, dato, v) : null;

    public string VersionsMappe(int kommune, Skaeringsdato dato, int version) =>
        Path.Combine(Rod, kommune.ToString(CultureInfo.InvariantCulture), dato.Iso, $"v{version}");

    public ArkivManifest? LaesManifest(int kommune, Skaeringsdato dato, int version)
    {
        var sti = Path.Combine(VersionsMappe(kommune, dato, version), ManifestNavn);
        return File.Exists(sti) ? JsonSerializer.Deserialize<ArkivManifest>(File.ReadAllBytes(sti), Json) : null;
    }

    /// <summary>Reads one archived file and checks it against the manifest's hash.</summary>
    public byte[] LaesFil(int kommune, Skaeringsdato dato, int version, string navn)
    {
        var manifest = LaesManifest(kommune, dato, version)
            ?? throw new FileNotFoundException($"version {version} af {kommune} {dato.Iso} findes ikke i arkivet");
        var fil = manifest.Filer.FirstOrDefault(f => f.Navn == navn)
            ?? throw new FileNotFoundException($"{navn} findes ikke i version {version} af {kommune} {dato.Iso}");
        var indhold = File.ReadAllBytes(Path.Combine(VersionsMappe(kommune, dato, version), SikkertNavn(navn)));
        if (Sha256(indhold) != fil.Sha256)
            throw new InvalidDataException($"{navn} i version {version} af {kommune} {dato.Iso} passer ikke med manifestet");
        return indhold;
    }

    public static string Sha256(ReadOnlySpan<byte> indhold) => Convert.ToHexStringLower(SHA256.HashData(indhold));

    private static IEnumerable<string> Undermapper(string mappe) =>
        Directory.Exists(mappe)
            ? Directory.EnumerateDirectories(mappe).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.'))
            : [];

    private static string SikkertNavn(string navn) =>
        navn.Length == 0 || navn.StartsWith('.') || navn != Path.GetFileName(navn) || navn == ManifestNavn
            ? throw new ArgumentException($"ugyldigt filnavn i arkivet: '{navn}'")
            : navn;

    /// <summary>
    /// Removes the staging entries a killed writer left in .tmp/ (at once when its process is
    /// gone, see <see cref="Efterladenskaber"/>; a live writer's are never touched). Called at every
    /// server start and before each archiving. Returns how many were removed.
    /// </summary>
    public int RydEfterladte()
    {
        var temp = Path.Combine(Rod, ".tmp");
        if (!Directory.Exists(temp)) return 0;
        var n = 0;
        foreach (var m in Directory.EnumerateFileSystemEntries(temp))
        {
            try
            {
                if (!Efterladenskaber.ErForladt(Path.GetFileName(m), Directory.GetCreationTimeUtc(m))) continue;
                if (Directory.Exists(m)) Directory.Delete(m, recursive: true);
                else File.Delete(m);
                n++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return n;
    }
}
