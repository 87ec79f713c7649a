using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Rapportering.Jobs.Web;

/// <summary>A user from configuration. Kommune is set for kommune users only.</summary>
public sealed record WebBruger(string Brugernavn, string AdgangskodeHash, string Rolle, int? Kommune);

/// <summary>
/// Users and roles from configuration, section <c>Rapportering:Web:Brugere</c>:
/// <code>
/// "Rapportering": { "Web": { "Brugere": [
///   { "brugernavn": "aarby", "adgangskode-hash": "AQAAAAIAAYagAAAAE...", "rolle": "kommune", "kommune": 101 },
///   { "brugernavn": "konsulent", "adgangskode-hash": "...", "rolle": "konsulent" } ] } }
/// </code>
/// The hash is ASP.NET Core Identity's PasswordHasher format (v3: PBKDF2-HMAC-SHA512, 100.000
/// iterations, 16-byte salt, 32-byte key). Make one with <see cref="LavHash"/>, or without .NET:
/// <code>
/// python3 -c 'import os,sys,struct,hashlib,base64; s=os.urandom(16); pw=sys.argv[1].encode();
///   print(base64.b64encode(b"\x01"+struct.pack(">III",2,100000,16)+s+hashlib.pbkdf2_hmac("sha512",pw,s,100000,32)).decode())' 'adgangskode'
/// </code>
/// Single sign-on through the kommune's identity provider is configured beside this
/// (<see cref="OidcIndstillinger"/>); local users stay for small installations and the demo.
/// </summary>
public sealed class Brugere
{
    private static readonly PasswordHasher<WebBruger> Hasher = new();
    private readonly Dictionary<string, WebBruger> _brugere;
    // Verified when the name is unknown, so a wrong name takes as long as a wrong password.
    private readonly string _attrapHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString());

    public Brugere(IEnumerable<WebBruger> brugere) =>
        _brugere = brugere.ToDictionary(b => b.Brugernavn, StringComparer.OrdinalIgnoreCase);

    public int Antal => _brugere.Count;

    /// <summary>Reads the users; a bad entry is a one-line error naming what to fix.</summary>
    public static Brugere FraKonfiguration(IConfiguration konfig)
    {
        var liste = new List<WebBruger>();
        foreach (var b in konfig.GetSection("Rapportering:Web:Brugere").GetChildren())
        {
            var navn = b["brugernavn"] ?? throw new InvalidOperationException($"Rapportering:Web:Brugere:{b.Key}: brugernavn mangler");
            var hash = b["adgangskode-hash"] ?? b["adgangskodehash"] ?? throw new InvalidOperationException($"bruger '{navn}': adgangskode-hash mangler");
            var rolle = (b["rolle"] ?? "").ToLowerInvariant();
            if (!Roller.Gyldig(rolle)) throw new InvalidOperationException($"bruger '{navn}': rolle skal være kommune, konsulent eller operatoer");
            int? kommune = null;
            if (rolle == Roller.Kommune)
                kommune = int.TryParse(b["kommune"], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
                    ? k : throw new InvalidOperationException($"bruger '{navn}': en kommunebruger skal have en kommunekode");
            liste.Add(new WebBruger(navn, hash, rolle, kommune));
        }
        return new Brugere(liste);
    }

    /// <summary>The user if name and password match; null otherwise (no hint which was wrong).</summary>
    public WebBruger? Kontroller(string brugernavn, string adgangskode)
    {
        if (!_brugere.TryGetValue(brugernavn.Trim(), out var bruger))
        {
            Hasher.VerifyHashedPassword(null!, _attrapHash, adgangskode);
            return null;
        }
        try
        {
            return Hasher.VerifyHashedPassword(bruger, bruger.AdgangskodeHash, adgangskode) == PasswordVerificationResult.Failed ? null : bruger;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string LavHash(string adgangskode) => Hasher.HashPassword(null!, adgangskode);

    public WebBruger? Find(string? brugernavn) =>
        brugernavn is not null && _brugere.TryGetValue(brugernavn, out var b) ? b : null;

    /// <summary>The user's access; the stamp changes when the name, role, kommune or password hash does.</summary>
    public static Adgang Adgang(WebBruger b) =>
        new(b.Brugernavn, b.Rolle, b.Kommune, Web.Adgang.Lokal,
            Web.Adgang.LavStempel(Web.Adgang.Lokal, b.Brugernavn.ToLowerInvariant(), b.Rolle, b.Kommune?.ToString(CultureInfo.InvariantCulture), b.AdgangskodeHash));
}
