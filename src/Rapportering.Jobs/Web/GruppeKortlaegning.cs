using System.Globalization;
using System.Security.Claims;
using System.Text.Json;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The identity provider's claims → role and kommune, by configuration only
/// (<see cref="OidcIndstillinger.Grupper"/>): the highest role among the user's mapped groups;
/// a kommune user needs exactly one kommune (from a group or the kommune claim). No mapped
/// role, or no or several kommuner, is no access.
/// </summary>
public sealed class GruppeKortlaegning
{
    private static readonly string[] Rang = [Roller.Kommune, Roller.Konsulent, Roller.Operatoer];
    private readonly OidcIndstillinger _o;

    public GruppeKortlaegning(OidcIndstillinger o)
    {
        foreach (var g in o.Grupper)
        {
            if (string.IsNullOrWhiteSpace(g.Gruppe)) throw new InvalidOperationException("Rapportering:Web:Oidc:Grupper: en tildeling mangler Gruppe");
            if (g.Rolle is { } r && !Roller.Gyldig(r.ToLowerInvariant())) throw new InvalidOperationException("Rapportering:Web:Oidc:Grupper: Rolle skal være kommune, konsulent eller operatoer");
            if (g.Rolle is null && g.Kommune is null) throw new InvalidOperationException("Rapportering:Web:Oidc:Grupper: en tildeling skal give en Rolle, en Kommune eller begge");
        }
        _o = o;
        // Any change to the mapping changes the stamp: every SSO session made before it is refused.
        Stempel = Adgang.LavStempel(Adgang.Sso, o.GruppeClaim, o.KommuneClaim, JsonSerializer.Serialize(o.Grupper));
    }

    public string Stempel { get; }

    public Adgang? Kortlaeg(ClaimsPrincipal idp)
    {
        var grupper = idp.FindAll(_o.GruppeClaim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tildelt = _o.Grupper.Where(g => grupper.Contains(g.Gruppe)).ToList();
        var rolle = tildelt.Select(g => g.Rolle?.ToLowerInvariant()).OfType<string>().MaxBy(r => Array.IndexOf(Rang, r));
        if (rolle is null) return null;
        int? kommune = null;
        if (rolle == Roller.Kommune)
        {
            var koder = tildelt.Select(g => g.Kommune).OfType<int>().ToHashSet();
            if (_o.KommuneClaim is { } kc)
                foreach (var c in idp.FindAll(kc))
                    if (int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var k)) koder.Add(k);
            if (koder.Count != 1) return null;
            kommune = koder.Single();
        }
        // No name from the provider: "" here, and the page frame says so in the templates' words (web.ramme.ukendt_bruger).
        var navn = idp.FindFirst(_o.NavnClaim)?.Value ?? idp.FindFirst("preferred_username")?.Value ?? idp.FindFirst("upn")?.Value ?? "";
        return new Adgang(navn, rolle, kommune, Adgang.Sso, Stempel);
    }
}
