using System.Globalization;
using System.Text.Json;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Web;

/// <summary>One archived report: the highest version of a kommune's cut date and the files in it.</summary>
public sealed record ArkivUdgave(int Kode, DateOnly Dato, int Version, string Mappe, IReadOnlyDictionary<Format, string> Filer)
{
    public string DatoIso => Dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string FilNavn(Format f) => $"{Kode}-{DatoIso}.{f.Endelse()}";
}

/// <summary>
/// Read-only view of the report archive, layout <c>&lt;rod&gt;/&lt;kode&gt;/&lt;yyyy-mm-dd&gt;/v&lt;N&gt;/&lt;kode&gt;-&lt;yyyy-mm-dd&gt;.&lt;ext&gt;</c>
/// (written by the jobs' archive). Only names that parse are used, so a URL can never reach a
/// file outside the archive.
/// </summary>
public sealed class ArkivLaeser(string rod)
{
    public string Rod { get; } = rod;

    public IReadOnlyList<int> Kommuner() => !Directory.Exists(Rod) ? [] :
        Directory.EnumerateDirectories(Rod)
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : -1)
            .Where(k => k > 0).Order().ToList();

    /// <summary>The kommune's reports, newest cut date first, each at its highest version.</summary>
    public IReadOnlyList<ArkivUdgave> Udgaver(int kode)
    {
        var mappe = Path.Combine(Rod, kode.ToString(CultureInfo.InvariantCulture));
        if (!Directory.Exists(mappe)) return [];
        return Directory.EnumerateDirectories(mappe)
            .Select(d => DateOnly.TryParseExact(Path.GetFileName(d), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dato) ? Udgave(kode, dato) : null)
            .OfType<ArkivUdgave>().OrderByDescending(u => u.Dato).ToList();
    }

    public ArkivUdgave? Udgave(int kode, DateOnly dato)
    {
        var mappe = Path.Combine(Rod, kode.ToString(CultureInfo.InvariantCulture), dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (!Directory.Exists(mappe)) return null;
        var (version, vMappe) = Directory.EnumerateDirectories(mappe)
            .Select(d => (Navn: Path.GetFileName(d), Sti: d))
            .Where(d => d.Navn.Length > 1 && d.Navn[0] == 'v' && int.TryParse(d.Navn.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(d => (V: int.Parse(d.Navn.AsSpan(1), CultureInfo.InvariantCulture), d.Sti))
            .OrderByDescending(d => d.V).FirstOrDefault();
        if (vMappe is null) return null;
        var filer = new Dictionary<Format, string>();
        foreach (var f in Formater.Alle)
        {
            var sti = Path.Combine(vMappe, $"{kode}-{dato:yyyy-MM-dd}.{f.Endelse()}");
            if (File.Exists(sti)) filer[f] = sti;
        }
        return new ArkivUdgave(kode, dato, version, vMappe, filer);
    }

    /// <summary>The kommune name from the newest manifest, if the manifest carries one.</summary>
    public string? KommuneNavn(int kode)
    {
        var u = Udgaver(kode).FirstOrDefault();
        var sti = u is null ? null : Path.Combine(u.Mappe, "manifest.json");
        if (sti is null || !File.Exists(sti)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(sti));
            foreach (var navn in new[] { "kommunenavn", "kommuneNavn", "KommuneNavn", "navn" })
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(navn, out var v) && v.ValueKind == JsonValueKind.String)
                    return v.GetString();
        }
        catch (JsonException)
        {
            // A manifest we cannot read only costs us the name.
        }
        return null;
    }
}
