using System.Security.Cryptography;
using System.Text;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Rendering.Json;

namespace Rapportering.Archive;

public enum ModtagelsesUdfald { Arkiveret, Uaendret, IkkeEksport, AndenKommune, Persondata, SmaaAntal }

/// <summary>What became of a received export; Version when it is archived.</summary>
public sealed record Modtaget(ModtagelsesUdfald Udfald, int? Kommune = null, Skaeringsdato? Dato = null, int? Version = null);

/// <summary>
/// Intake of another installation's figures export (upload or folder): it must read as a
/// figures export with a real cut date, carry nothing shaped like a CPR number, publish no count of
/// 1–4 persons (<see cref="Diskretionskontrol"/>), and — when it came with a key — be the key's kommune's. Accepted exports are archived as they came, like
/// own ones (<see cref="Arkiv"/>: hash-checked, versioned; the same export twice is no new version).
/// </summary>
public static class Modtagelse
{
    public static Modtaget Modtag(Arkiv modtagne, byte[] indhold, int? noeglensKommune, DateOnly modtagetDato)
    {
        FigurEksport eksport;
        try
        {
            using var ms = new MemoryStream(indhold);
            eksport = JsonEksportRenderer.Laes(ms);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new Modtaget(ModtagelsesUdfald.IkkeEksport);
        }
        // A date that is no cut date failed in the reader (FormatException above).
        var dato = eksport.Skaeringsdato;
        if (eksport.Kommune is < 100 or > 999)
            return new Modtaget(ModtagelsesUdfald.IkkeEksport);
        if (noeglensKommune is { } k && k != eksport.Kommune)
            return new Modtaget(ModtagelsesUdfald.AndenKommune, eksport.Kommune, dato);
        if (HarCprFormetTekst(indhold))
            return new Modtaget(ModtagelsesUdfald.Persondata, eksport.Kommune, dato);
        if (Diskretionskontrol.SynligeSmaaAntal(eksport.Observationer) > 0)
            return new Modtaget(ModtagelsesUdfald.SmaaAntal, eksport.Kommune, dato);
        var navn = $"{eksport.Kommune}-{dato.Iso}.json";
        var r = modtagne.SkrivVersion(eksport.Kommune, dato, new Dictionary<string, byte[]> { [navn] = indhold }, modtagetDato, "modtaget", "");
        return new Modtaget(r.Ny ? ModtagelsesUdfald.Arkiveret : ModtagelsesUdfald.Uaendret, eksport.Kommune, dato, r.Manifest.Version);
    }

    /// <summary>Any text value (or property name) shaped like a CPR number. Numbers are not texts: a rate's
    /// long decimal expansion is no CPR number.</summary>
    private static bool HarCprFormetTekst(byte[] indhold)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(indhold);
        static bool Har(System.Text.Json.JsonElement e) => e.ValueKind switch
        {
            System.Text.Json.JsonValueKind.String => Cpr.Ligner(e.GetString()),
            System.Text.Json.JsonValueKind.Array => e.EnumerateArray().Any(Har),
            System.Text.Json.JsonValueKind.Object => e.EnumerateObject().Any(p => Cpr.Ligner(p.Name) || Har(p.Value)),
            _ => false,
        };
        return Har(doc.RootElement);
    }
}

/// <summary>
/// One exchange key per sending kommune, stored only as SHA-256 over a per-key salt and the key
/// (hex). <see cref="Ny"/> makes a key and its stored form; <see cref="FindKommune"/> finds whose key a
/// presented one is, comparing in constant time.
/// </summary>
public sealed record UdvekslingsNoegle(int Kommune, string Salt, string Hash)
{
    public static string HashAf(string salt, string noegle) =>
        Convert.ToHexStringLower(SHA256.HashData([.. Convert.FromHexString(salt), .. Encoding.UTF8.GetBytes(noegle)]));

    /// <summary>A new random key (shown once) and what is stored.</summary>
    public static (string Noegle, UdvekslingsNoegle Gemt) Ny(int kommune)
    {
        var noegle = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (noegle, new UdvekslingsNoegle(kommune, salt, HashAf(salt, noegle)));
    }

    /// <summary>The kommune of the stored key the presented key matches, or null.</summary>
    public static int? FindKommune(IEnumerable<UdvekslingsNoegle> gemte, string? noegle)
    {
        if (string.IsNullOrEmpty(noegle)) return null;
        int? fundet = null;
        foreach (var g in gemte)
        {
            byte[] forventet, faktisk;
            try { forventet = Convert.FromHexString(g.Hash); faktisk = Convert.FromHexString(HashAf(g.Salt, noegle)); }
            catch (FormatException) { continue; }
            if (CryptographicOperations.FixedTimeEquals(forventet, faktisk)) fundet ??= g.Kommune;
        }
        return fundet;
    }
}
