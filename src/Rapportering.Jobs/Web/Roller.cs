using System.Globalization;
using System.Security.Claims;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The three roles and the one access rule of the web front: a kommune user sees its own
/// kommune only; a konsulent sees every kommune and the comparison; an operatoer sees
/// everything and the Hangfire dashboard.
/// </summary>
public static class Roller
{
    public const string Kommune = "kommune";
    public const string Konsulent = "konsulent";
    public const string Operatoer = "operatoer";
    public const string KommuneClaim = "rapportering:kommune";

    public const string SammenligningPolitik = "sammenligning";
    public const string OperatoerPolitik = "operatoer";

    public static bool Gyldig(string rolle) => rolle is Kommune or Konsulent or Operatoer;

    public static bool SerAlleKommuner(this ClaimsPrincipal bruger) => bruger.IsInRole(Konsulent) || bruger.IsInRole(Operatoer);

    /// <summary>May this user see this kommune's reports? Kommune users only their own.</summary>
    public static bool MaaSe(this ClaimsPrincipal bruger, int kommuneKode) =>
        bruger.SerAlleKommuner()
        || (bruger.IsInRole(Kommune) && bruger.FindFirst(KommuneClaim)?.Value == kommuneKode.ToString(CultureInfo.InvariantCulture));

    public static bool MaaSammenligne(this ClaimsPrincipal bruger) => bruger.SerAlleKommuner();
}
