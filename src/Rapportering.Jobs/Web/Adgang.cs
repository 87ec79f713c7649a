using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Rapportering.Jobs.Web;

/// <summary>
/// What a signed-in user may do, whichever way they signed in. <see cref="Kilde"/> says where it
/// came from (a local user or single sign-on) and <see cref="Stempel"/> which configuration it was
/// made under: each request compares the stamp with the configuration of now (<see cref="SessionKontrol"/>).
/// </summary>
public sealed record Adgang(string Navn, string Rolle, int? Kommune, string Kilde, string Stempel)
{
    public const string Lokal = "lokal";
    public const string Sso = "sso";
    public const string KildeClaim = "rapportering:kilde";
    public const string StempelClaim = "rapportering:stempel";
    public const string SessionClaim = "rapportering:session";

    public ClaimsPrincipal Principal(string skema)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, Navn), new(ClaimTypes.Role, Rolle), new(KildeClaim, Kilde), new(StempelClaim, Stempel),
        };
        if (Kommune is { } k) claims.Add(new Claim(Roller.KommuneClaim, k.ToString(CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, skema));
    }

    /// <summary>A short hash of the parts given: equal parts, equal stamp.</summary>
    public static string LavStempel(params string?[] dele) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', dele.Select(d => d ?? "\u0000")))))[..32];
}
