using System.Text.Json;
using System.Text.Json.Nodes;
using Rapportering.Output;

namespace Rapportering.Templates;

/// <summary>
/// Reads the templates folder. A kommune's own folder (--templates DIR) is layered over the
/// built-in one: a file missing there falls back to the built-in file, and keys a kommune
/// leaves out take the defaults. Bad JSON gives a one-line <see cref="SkabelonFejl"/>.
/// </summary>
public sealed class Skabeloner
{
    private readonly IReadOnlyList<string> _mapper;

    /// <param name="indbygget">The built-in templates folder (shipped beside the executable).</param>
    /// <param name="egen">An optional folder laid out like templates/ that wins where it has a file.</param>
    public Skabeloner(string indbygget, string? egen = null)
    {
        _mapper = egen is null ? [indbygget] : [egen, indbygget];
        if (egen is not null && !Directory.Exists(egen))
            throw new SkabelonFejl($"skabelonmappen '{egen}' findes ikke");
    }

    /// <summary>The templates folder shipped with the program (copied to the output folder at build).</summary>
    public static string IndbyggetMappe => Path.Combine(AppContext.BaseDirectory, "templates");

    public static Skabeloner Standard(string? egen = null) => new(IndbyggetMappe, egen);

    /// <summary>The first existing file for a relative path, own folder first; null if none.</summary>
    public string? Find(string relativSti)
    {
        foreach (var mappe in _mapper)
        {
            var sti = Path.Combine(mappe, relativSti);
            if (File.Exists(sti)) return sti;
        }
        return null;
    }

    public IReadOnlyList<KontoplanRegel> StandardKontoplan()
    {
        var sti = Find("kontoplan.json") ?? throw new SkabelonFejl("kontoplan.json mangler i skabelonerne");
        var node = LaesJson(sti);
        return LaesRegler(node?["regler"], sti);
    }

    /// <summary>The name the kommune's template gives, else "Kommune &lt;kode&gt;" (also for a broken template: a name is no reason to stop).</summary>
    public string KommuneNavn(int kode)
    {
        try { return Kommune(kode).Navn ?? $"Kommune {kode}"; }
        catch (SkabelonFejl) { return $"Kommune {kode}"; }
    }

    public KommuneSkabelon Kommune(int kode)
    {
        var sti = Find(Path.Combine("kommuner", $"{kode}.json"));
        var standard = new KommuneSkabelon(kode, null,
            new Branding("#1F4E79", "#5B9BD5", null, "Børne- og Ungeudvalget", null),
            Basisperioder.Standard, [], [], []);
        if (sti is null) return standard;

        var o = LaesJson(sti) as JsonObject ?? throw new SkabelonFejl($"{sti}: forventede et JSON-objekt");
        var b = Objekt(o, "branding", sti) ?? o;
        var farver = Objekt(b, "farver", sti);
        var branding = new Branding(
            Farve(farver, "primaer", sti) ?? standard.Branding.Primaerfarve,
            Farve(farver, "sekundaer", sti) ?? standard.Branding.Sekundaerfarve,
            Tekst(b, "logo", sti),
            Tekst(b, "udvalg", sti) ?? standard.Branding.Udvalg,
            Tekst(b, "skrifttype", sti));
        return standard with
        {
            Navn = Tekst(o, "navn", sti),
            Branding = branding,
            Basisperioder = LaesBasisperioder(Objekt(o, "basisperioder", sti), sti),
            Referencekommuner = Liste(o, "referencekommuner", sti).Select(n => Heltal(n, "referencekommuner", sti)).ToList(),
            Modtagere = Liste(o, "modtagere", sti).Select(n => n as JsonObject ?? throw new SkabelonFejl($"{sti}: en modtager skal være et objekt med navn og email"))
                .Select(m => new Modtager(Tekst(m, "navn", sti) ?? "", Tekst(m, "email", sti) ?? throw new SkabelonFejl($"{sti}: en modtager mangler email"))).ToList(),
            Kontoplan = LaesRegler(o["kontoplan"], sti),
        };
    }

    /// <summary>
    /// Files the template names that are not there. They are not errors — the report is still
    /// correct without the kommune's logo or font — but the user should hear about them: the
    /// report is drawn without a logo, or with the shipped font.
    /// </summary>
    public IReadOnlyList<string> Advarsler(KommuneSkabelon s)
    {
        var advarsler = new List<string>();
        if (s.Branding.Logo is { Length: > 0 } logo && Find(logo) is null)
            advarsler.Add($"logoet '{logo}' findes ikke i skabelonerne; rapporten laves uden logo");
        if (s.Branding.Skrifttype is { Length: > 0 } font && Find(font) is null)
            advarsler.Add($"skrifttypen '{font}' findes ikke i skabelonerne; rapporten bruger den indbyggede skrifttype");
        return advarsler;
    }

    private static Basisperioder LaesBasisperioder(JsonObject? o, string sti)
    {
        if (o is null) return Basisperioder.Standard;
        Basisperiode Laes(string noegle, Basisperiode standard)
        {
            if (o[noegle] is null) return standard;
            if (o[noegle] is not JsonArray { Count: 2 } a) throw new SkabelonFejl($"{sti}: basisperioder.{noegle} skal være [fra, til]");
            var (fra, til) = (Heltal(a[0], $"basisperioder.{noegle}", sti), Heltal(a[1], $"basisperioder.{noegle}", sti));
            if (fra > til) throw new SkabelonFejl($"{sti}: basisperioder.{noegle} [{fra}, {til}]: fra-året skal ligge før til-året");
            if (fra < 1900 || til > 2100) throw new SkabelonFejl($"{sti}: basisperioder.{noegle} [{fra}, {til}] er ikke regnskabsår");
            return new Basisperiode(fra, til);
        }
        var s = Basisperioder.Standard;
        return new Basisperioder(Laes("service", s.Service), Laes("administration", s.Administration), Laes("i_alt", s.IAlt));
    }

    private static IReadOnlyList<KontoplanRegel> LaesRegler(JsonNode? node, string sti)
    {
        if (node is null) return [];
        try
        {
            var regler = node.Deserialize<List<KontoplanRegel?>>() ?? [];
            foreach (var r in regler)
            {
                if (r is null || string.IsNullOrWhiteSpace(r.Funktion))
                    throw new SkabelonFejl($"{sti}: en kontoplanregel mangler funktion (fx \"5.28.21\")");
                if (r.Kategori is not ("service" or "administration" or "udelad"))
                    throw new SkabelonFejl($"{sti}: kategori '{r.Kategori}' for {r.Funktion} skal være service, administration eller udelad");
                if (r.Kategori == "service" && r.Trin is not (>= 2 and <= 6))
                    throw new SkabelonFejl($"{sti}: serviceregel for {r.Funktion} skal have trin 2-6");
                if (r.FraAar > r.TilAar)
                    throw new SkabelonFejl($"{sti}: kontoplanregel for {r.Funktion}: fra_aar {r.FraAar} ligger efter til_aar {r.TilAar}");
            }
            return regler!;
        }
        catch (JsonException e)
        {
            throw new SkabelonFejl($"{sti}: ugyldig kontoplanregel ({Fejlaarsag.Json(e)})");
        }
    }

    // Typed reads of one key: a value of the wrong JSON type is a one-line error naming the key.

    private static JsonObject? Objekt(JsonObject o, string noegle, string sti) => o[noegle] switch
    {
        null => null,
        JsonObject barn => barn,
        _ => throw new SkabelonFejl($"{sti}: '{noegle}' skal være et objekt"),
    };

    private static string? Tekst(JsonObject? o, string noegle, string sti) => o?[noegle] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var t) => t,
        _ => throw new SkabelonFejl($"{sti}: '{noegle}' skal være en tekst"),
    };

    private static IEnumerable<JsonNode?> Liste(JsonObject o, string noegle, string sti) => o[noegle] switch
    {
        null => [],
        JsonArray a => a,
        _ => throw new SkabelonFejl($"{sti}: '{noegle}' skal være en liste"),
    };

    private static int Heltal(JsonNode? n, string noegle, string sti) =>
        n is JsonValue v && v.TryGetValue<int>(out var i) ? i
        : n is JsonValue d && d.TryGetValue<double>(out var x) && x == Math.Floor(x) && Math.Abs(x) < int.MaxValue ? (int)x
        : throw new SkabelonFejl($"{sti}: {noegle} skal indeholde heltal, ikke {n?.ToJsonString() ?? "null"}");

    private static string? Farve(JsonObject? o, string noegle, string sti)
    {
        var f = Tekst(o, noegle, sti);
        if (f is null) return null;
        return f.Length == 7 && f[0] == '#' && f.Skip(1).All(Uri.IsHexDigit)
            ? f
            : throw new SkabelonFejl($"{sti}: farver.{noegle} '{f}' skal skrives #RRGGBB, fx #1F4E79");
    }

    private static JsonNode? LaesJson(string sti)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(sti), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SkabelonFejl($"{sti}: ugyldig JSON ({Fejlaarsag.Json(e)})");
        }
    }
}
