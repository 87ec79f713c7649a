using System.Text.Json;
using System.Text.Json.Nodes;

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

    public KommuneSkabelon Kommune(int kode)
    {
        var sti = Find(Path.Combine("kommuner", $"{kode}.json"));
        var standard = new KommuneSkabelon(kode, null,
            new Branding("#1F4E79", "#5B9BD5", null, "Børne- og Ungeudvalget", null),
            Basisperioder.Standard, [], [], []);
        if (sti is null) return standard;

        var o = LaesJson(sti) as JsonObject ?? throw new SkabelonFejl($"{sti}: forventede et JSON-objekt");
        var b = o["branding"] as JsonObject ?? o;
        var farver = b["farver"] as JsonObject;
        var branding = new Branding(
            (string?)farver?["primaer"] ?? standard.Branding.Primaerfarve,
            (string?)farver?["sekundaer"] ?? standard.Branding.Sekundaerfarve,
            (string?)b["logo"],
            (string?)b["udvalg"] ?? standard.Branding.Udvalg,
            (string?)b["skrifttype"]);
        return standard with
        {
            Navn = (string?)o["navn"],
            Branding = branding,
            Basisperioder = LaesBasisperioder(o["basisperioder"] as JsonObject, sti),
            Referencekommuner = o["referencekommuner"]?.AsArray().Select(n => (int)n!).ToList() ?? [],
            Modtagere = o["modtagere"]?.AsArray().Select(n => new Modtager(
                (string?)n!["navn"] ?? "", (string?)n["email"] ?? throw new SkabelonFejl($"{sti}: en modtager mangler email"))).ToList() ?? [],
            Kontoplan = LaesRegler(o["kontoplan"], sti),
        };
    }

    private static Basisperioder LaesBasisperioder(JsonObject? o, string sti)
    {
        if (o is null) return Basisperioder.Standard;
        Basisperiode Laes(string noegle, Basisperiode standard)
        {
            if (o[noegle] is not JsonArray a) return standard;
            if (a.Count != 2) throw new SkabelonFejl($"{sti}: basisperioder.{noegle} skal være [fra, til]");
            return new Basisperiode((int)a[0]!, (int)a[1]!);
        }
        var s = Basisperioder.Standard;
        return new Basisperioder(Laes("service", s.Service), Laes("administration", s.Administration), Laes("i_alt", s.IAlt));
    }

    private static IReadOnlyList<KontoplanRegel> LaesRegler(JsonNode? node, string sti)
    {
        if (node is null) return [];
        try
        {
            var regler = node.Deserialize<List<KontoplanRegel>>() ?? [];
            foreach (var r in regler)
            {
                if (r.Kategori is not ("service" or "administration" or "udelad"))
                    throw new SkabelonFejl($"{sti}: kategori '{r.Kategori}' for {r.Funktion} skal være service, administration eller udelad");
                if (r.Kategori == "service" && r.Trin is not (>= 2 and <= 6))
                    throw new SkabelonFejl($"{sti}: serviceregel for {r.Funktion} skal have trin 2-6");
            }
            return regler;
        }
        catch (JsonException e)
        {
            throw new SkabelonFejl($"{sti}: ugyldig kontoplanregel ({e.Message.Split('\n')[0]})");
        }
    }

    private static JsonNode? LaesJson(string sti)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(sti), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SkabelonFejl($"{sti}: ugyldig JSON ({e.Message.Split('\n')[0]})");
        }
    }
}

/// <summary>A template the user can fix; the message is one line.</summary>
public sealed class SkabelonFejl(string besked) : Exception(besked);
