using Rapportering.Archive;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The exchange of figures exports (section <c>Udveksling</c>, or <c>Rapportering:Udveksling</c>),
/// bound once at start (docs/udveksling.md).
///   Arkiv            the received exports' archive (default: "modtaget" beside the own archive)
///   Noegler          one per sending kommune: Kommune, Salt (hex), Hash (hex SHA-256 of salt + key); never the key
///   Indbakke         a folder whose *.json exports are taken in (then moved to behandlet/ or afvist/)
///   Modtagere        where this installation sends its own exports: Url (the other's /udveksling/eksport) and Noegle
///   IntervalSekunder how often the folder is read and unsent exports are sent (default 10)
///   MaksKilobytes    the largest upload accepted (default 10240)
/// </summary>
public sealed record UdvekslingIndstillinger
{
    public string? Arkiv { get; init; }
    public UdvekslingsNoegle[] Noegler { get; init; } = [];
    public string? Indbakke { get; init; }
    public UdvekslingsModtager[] Modtagere { get; init; } = [];
    public double IntervalSekunder { get; init; } = 10;
    public int MaksKilobytes { get; init; } = 10240;

    public static UdvekslingIndstillinger Laes(IConfiguration c)
    {
        var sektion = c.GetSection("Rapportering:Udveksling") is { } r && r.Exists() ? r : c.GetSection("Udveksling");
        return sektion.Get<UdvekslingIndstillinger>() ?? new UdvekslingIndstillinger();
    }
}

/// <summary>Another installation's upload endpoint and the key it gave this kommune.</summary>
public sealed record UdvekslingsModtager
{
    public string Url { get; init; } = "";
    public string Noegle { get; init; } = "";
}

/// <summary>The received exports' archive: an <see cref="Archive.Arkiv"/> of its own, so a received kommune never appears among the own reports.</summary>
public sealed record ModtagneEksporter(Arkiv Arkiv);
