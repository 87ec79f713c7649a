using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Rapportering.Jobs.Web;

/// <summary>
/// Throttling of the local sign-in: failures are counted per user name and per client address
/// within a window; too many locks that name or address out for a while, the right password
/// included. Names are kept only as a hash (and never logged); one log line when a lockout begins, naming the
/// address's network, not the address.
/// </summary>
public sealed class LogIndSpaerring(SpaerringIndstillinger ind, TimeProvider tid, ILogger<LogIndSpaerring> log)
{
    private sealed class Taeller
    {
        public int Antal;
        public DateTimeOffset Start;
        public DateTimeOffset? SpaerretTil;
    }

    private readonly Dictionary<string, Taeller> _taellere = new(StringComparer.Ordinal);
    private readonly Lock _laas = new();

    public bool ErSpaerret(string brugernavn, IPAddress? adresse)
    {
        var nu = tid.GetUtcNow();
        lock (_laas)
            return Noegler(brugernavn, adresse).Any(n => _taellere.TryGetValue(n.Noegle, out var t) && t.SpaerretTil > nu);
    }

    public void Fejl(string brugernavn, IPAddress? adresse)
    {
        var nu = tid.GetUtcNow();
        lock (_laas)
        {
            if (_taellere.Count > 50_000) Ryd(nu);
            foreach (var (noegle, graense, hvad) in Noegler(brugernavn, adresse))
            {
                if (!_taellere.TryGetValue(noegle, out var t) || nu - t.Start > TimeSpan.FromMinutes(ind.VindueMinutter) && !(t.SpaerretTil > nu))
                    _taellere[noegle] = t = new Taeller { Start = nu };
                t.Antal++;
                if (t.Antal >= graense && !(t.SpaerretTil > nu))
                {
                    t.SpaerretTil = nu.AddMinutes(ind.SpaerreMinutter);
                    log.LogWarning("Log ind spærret i {Minutter} minutter efter {Antal} forkerte forsøg {Hvad}", ind.SpaerreMinutter, t.Antal, hvad);
                }
            }
        }
    }

    /// <summary>A successful sign-in clears the user's count (not the address's).</summary>
    public void Lykkedes(string brugernavn)
    {
        lock (_laas) _taellere.Remove(BrugerNoegle(brugernavn));
    }

    private IEnumerable<(string Noegle, int Graense, string Hvad)> Noegler(string brugernavn, IPAddress? adresse)
    {
        yield return (BrugerNoegle(brugernavn), ind.ForsoegPrBruger, "for ét brugernavn");
        if (adresse is not null)
        {
            var a = adresse.IsIPv4MappedToIPv6 ? adresse.MapToIPv4() : adresse;
            yield return ("a:" + a, ind.ForsoegPrAdresse, "fra adresserne " + Netvaerk(a));
        }
    }

    /// <summary>The address's network for the log, not the address: a person's IP address is personal data,
    /// and the operator can still block the network (IPv4 /24, IPv6 /48).</summary>
    internal static string Netvaerk(IPAddress a)
    {
        var b = a.GetAddressBytes();
        if (a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) return $"{b[0]}.{b[1]}.{b[2]}.0/24";
        Array.Clear(b, 6, b.Length - 6);
        return new IPAddress(b) + "/48";
    }

    private static string BrugerNoegle(string brugernavn) =>
        "b:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(brugernavn.Trim().ToLowerInvariant())));

    private void Ryd(DateTimeOffset nu)
    {
        var vindue = TimeSpan.FromMinutes(ind.VindueMinutter);
        foreach (var (n, t) in _taellere.ToList())
            if (!(t.SpaerretTil > nu) && nu - t.Start > vindue) _taellere.Remove(n);
    }
}
