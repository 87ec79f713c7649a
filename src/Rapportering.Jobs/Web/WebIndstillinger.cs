namespace Rapportering.Jobs.Web;

/// <summary>
/// The web front's settings, section <c>Rapportering:Web</c>, bound once at start (a change
/// takes effect at the next start; sessions made under the old configuration are then refused,
/// see <see cref="SessionKontrol"/>). The users themselves are <c>Rapportering:Web:Brugere</c> (<see cref="Brugere"/>).
/// </summary>
public sealed record WebIndstillinger
{
    /// <summary>Addresses (or CIDR networks) of TLS-terminating proxies whose X-Forwarded-For/-Proto are believed; empty = none.</summary>
    public string[] Proxyer { get; init; } = [];
    /// <summary>Folder of the cookie key ring; servers behind one address share it. Null = ASP.NET Core's default.</summary>
    public string? NoeglerMappe { get; init; }
    /// <summary>SQLite file of the signed-in sessions (sign-out deletes the row). Null = sessioner.db beside the archive.</summary>
    public string? SessionsFil { get; init; }
    /// <summary>Idle time before a session ends (sliding).</summary>
    public double SessionTimer { get; init; } = 8;
    /// <summary>A session ends this long after sign-in, however active.</summary>
    public double MaksSessionTimer { get; init; } = 12;
    public SpaerringIndstillinger Spaerring { get; init; } = new();
    /// <summary>Single sign-on through the kommune's identity provider; null (or no Autoritet) = local users only.</summary>
    public OidcIndstillinger? Oidc { get; init; }

    public static WebIndstillinger Laes(IConfiguration konfig) =>
        konfig.GetSection("Rapportering:Web").Get<WebIndstillinger>() ?? new WebIndstillinger();
}

/// <summary>Throttling of the local sign-in form: failures counted per user name and per client address.</summary>
public sealed record SpaerringIndstillinger
{
    public int ForsoegPrBruger { get; init; } = 5;
    public int ForsoegPrAdresse { get; init; } = 20;
    /// <summary>Failures count within this window.</summary>
    public double VindueMinutter { get; init; } = 15;
    /// <summary>How long a user name or an address is locked out once it has too many failures.</summary>
    public double SpaerreMinutter { get; init; } = 15;
}

/// <summary>
/// OpenID Connect (authorization code + PKCE) against Entra ID or AD FS. Roles and kommune come
/// only from <see cref="Grupper"/>: a user in no mapped group gets no access.
/// </summary>
public sealed record OidcIndstillinger
{
    /// <summary>e.g. https://login.microsoftonline.com/{tenant}/v2.0 or https://adfs.kommune.dk/adfs</summary>
    public string? Autoritet { get; init; }
    public string KlientId { get; init; } = "";
    public string? KlientHemmelighed { get; init; }
    public string[] Scopes { get; init; } = ["openid", "profile"];
    /// <summary>Metadata only over HTTPS; off only for a test provider on loopback.</summary>
    public bool KraevHttps { get; init; } = true;
    public string NavnClaim { get; init; } = "name";
    /// <summary>The claim that lists the user's groups: "groups" (Entra ID), "group" or a role claim (AD FS).</summary>
    public string GruppeClaim { get; init; } = "groups";
    /// <summary>A claim whose value is the user's kommune code (optional; groups can carry the kommune too).</summary>
    public string? KommuneClaim { get; init; }
    public GruppeTildeling[] Grupper { get; init; } = [];
    /// <summary>Public address of the web front (https://rapportering.kommune.dk), used for the redirect URIs instead of the request's Host.</summary>
    public string? OffentligAdresse { get; init; }

    public bool Aktiv => !string.IsNullOrWhiteSpace(Autoritet);
}

/// <summary>One group: the role it gives and/or the kommune it gives.</summary>
public sealed record GruppeTildeling
{
    public string Gruppe { get; init; } = "";
    public string? Rolle { get; init; }
    public int? Kommune { get; init; }
}
