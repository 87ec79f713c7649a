using System.Globalization;
using Microsoft.Extensions.Configuration.Json;
using Rapportering.Archive;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The stored exchange keys as they are now. A key is revoked (or a new one added) by editing the
/// configuration file, without restarting <c>serve</c>: every upload compares the JSON
/// configuration files with what was read last and, when one changed, reads the keys again. A
/// file that cannot be read or bound gives no keys at all — closed, not the old keys, so a
/// revoked key is never accepted from a half-written file — until it is mended. Keys set in
/// environment variables change only with a restart, like the environment itself.
/// </summary>
public sealed class UdvekslingsNoegler
{
    private readonly string[] _filer;
    private readonly ILogger<UdvekslingsNoegler> _log;
    private readonly Lock _laas = new();
    private byte[][] _laest;
    private IReadOnlyList<UdvekslingsNoegle> _noegler;

    /// <param name="filer">The JSON configuration files, in the order they were added (later ones win).</param>
    /// <param name="noegler">The keys as bound at start.</param>
    public UdvekslingsNoegler(IReadOnlyList<string> filer, IReadOnlyList<UdvekslingsNoegle> noegler, ILogger<UdvekslingsNoegler> log)
    {
        _filer = [.. filer];
        _laest = [.. _filer.Select(Indhold)];
        _noegler = noegler;
        _log = log;
    }

    /// <summary>The JSON files among a configuration's sources (appsettings.json, the --config file), in order.</summary>
    public static IReadOnlyList<string> JsonFiler(IConfigurationBuilder konfig) =>
        [.. konfig.Sources.OfType<JsonConfigurationSource>()
            .Select(s => s.FileProvider?.GetFileInfo(s.Path ?? "").PhysicalPath)
            .OfType<string>().Where(File.Exists).Distinct()];

    public IReadOnlyList<UdvekslingsNoegle> Nu()
    {
        lock (_laas)
        {
            var nu = _filer.Select(Indhold).ToArray();
            var aendrede = _filer.Where((_, i) => !nu[i].AsSpan().SequenceEqual(_laest[i])).ToList();
            if (aendrede.Count == 0) return _noegler;
            _laest = nu;
            try
            {
                var b = new ConfigurationBuilder();
                foreach (var f in _filer) b.AddJsonFile(f, optional: false, reloadOnChange: false);
                b.AddEnvironmentVariables(Jobs.JobKonfiguration.MiljoePrefiks);
                _noegler = UdvekslingIndstillinger.Laes(b.Build()).Noegler;
                _log.LogInformation("Udvekslingsnøglerne er læst igen: {Antal} nøgle(r){Kommuner}", _noegler.Count,
                    _noegler.Count == 0 ? "" : " for kommune " + string.Join(", ", _noegler.Select(n => n.Kommune.ToString(CultureInfo.InvariantCulture)).Distinct()));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException or InvalidOperationException or System.Text.Json.JsonException)
            {
                _noegler = [];
                _log.LogWarning("Udvekslingsnøglerne kunne ikke læses igen fra {Filer}; ingen eksport modtages med nøgle, før filen er rettet", string.Join(", ", aendrede));
            }
            return _noegler;
        }
    }

    private static byte[] Indhold(string fil)
    {
        try { return File.ReadAllBytes(fil); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }
}
