using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rapportering.Templates;

/// <summary>
/// The report's words (templates/rapport/tekster.json): headings, intros, caveats, footnotes and
/// the sentence patterns of the Resumé. Nested JSON keys are read as dotted paths
/// ("afsnit.resume.overskrift"). A kommune's own file only needs the keys it changes: every other
/// key comes from the built-in file, so a missing key never leaves a hole in the report.
/// Placeholders are written {navn} and filled by <see cref="Hent(string, (string, string)[])"/>.
/// </summary>
public sealed class RapportTekster
{
    public const string RelativSti = "rapport/tekster.json";

    private readonly IReadOnlyDictionary<string, string> _egne;
    private readonly IReadOnlyDictionary<string, string> _indbyggede;

    private RapportTekster(IReadOnlyDictionary<string, string> egne, IReadOnlyDictionary<string, string> indbyggede)
    {
        _egne = egne;
        _indbyggede = indbyggede;
    }

    /// <summary>The kommune's file (found through <paramref name="skabeloner"/>) over the built-in one.</summary>
    /// <param name="indbyggetFil">The built-in file; defaults to the one shipped beside the program.</param>
    public static RapportTekster Laes(Skabeloner skabeloner, string? indbyggetFil = null)
    {
        indbyggetFil ??= Path.Combine(Skabeloner.IndbyggetMappe, RelativSti);
        if (!File.Exists(indbyggetFil)) throw new SkabelonFejl($"{indbyggetFil} mangler: programmets indbyggede rapporttekster er ikke installeret");
        var indbyggede = LaesFil(indbyggetFil);
        var fundet = skabeloner.Find(RelativSti);
        var egne = fundet is null || SammeFil(fundet, indbyggetFil) ? new Dictionary<string, string>() : LaesFil(fundet);
        return new RapportTekster(egne, indbyggede);
    }

    /// <summary>Only the built-in texts (tests, and programs without a kommune folder).</summary>
    public static RapportTekster Indbyggede() => Laes(Skabeloner.Standard());

    /// <summary>A data-quality rule's Danish name as it reads inside a sentence ("ugyldig dato"); the id in words when the texts lack it.</summary>
    public string RegelINavn(string regel)
    {
        var noegle = $"bilag.datakvalitet_regler.{regel}";
        if (!Har(noegle)) return regel.Replace('_', ' ');
        var navn = Hent(noegle);
        // "Ugyldig dato" → "ugyldig dato"; an abbreviation ("PL-indeks") keeps its capitals.
        return navn.Length > 1 && char.IsUpper(navn[0]) && !char.IsUpper(navn[1]) ? char.ToLowerInvariant(navn[0]) + navn[1..] : navn;
    }

    public bool Har(string noegle) => _egne.ContainsKey(noegle) || _indbyggede.ContainsKey(noegle);

    /// <summary>The text for a key, the kommune's wording first. A key in neither file is a template error.</summary>
    public string Hent(string noegle) =>
        _egne.TryGetValue(noegle, out var t) || _indbyggede.TryGetValue(noegle, out t)
            ? t
            : throw new SkabelonFejl($"{RelativSti}: teksten '{noegle}' mangler");

    /// <summary>The text with its placeholders filled; an unknown placeholder stays as written.</summary>
    public string Hent(string noegle, params (string Navn, string Vaerdi)[] vaerdier) => Udfyld(Hent(noegle), vaerdier);

    /// <summary>Like <see cref="Hent(string, (string, string)[])"/>, or null when neither file has the key (optional texts).</summary>
    public string? HentValgfri(string noegle, params (string Navn, string Vaerdi)[] vaerdier) =>
        Har(noegle) ? Hent(noegle, vaerdier) : null;

    internal static string Udfyld(string skabelon, (string Navn, string Vaerdi)[] vaerdier)
    {
        if (vaerdier.Length == 0 || !skabelon.Contains('{')) return skabelon;
        var sb = new StringBuilder(skabelon);
        foreach (var (navn, vaerdi) in vaerdier) sb.Replace("{" + navn + "}", vaerdi);
        return sb.ToString();
    }

    private static bool SammeFil(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static Dictionary<string, string> LaesFil(string sti)
    {
        JsonNode? rod;
        try
        {
            rod = JsonNode.Parse(File.ReadAllText(sti), documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException e)
        {
            throw new SkabelonFejl($"{sti}: ugyldig JSON ({e.Message.Split('\n')[0]})");
        }
        if (rod is not JsonObject o) throw new SkabelonFejl($"{sti}: forventede et JSON-objekt");
        var tekster = new Dictionary<string, string>(StringComparer.Ordinal);
        Flad(o, "", tekster, sti);
        return tekster;
    }

    private static void Flad(JsonObject o, string praefiks, Dictionary<string, string> ud, string sti)
    {
        foreach (var (noegle, node) in o)
        {
            var fuld = praefiks.Length == 0 ? noegle : praefiks + "." + noegle;
            switch (node)
            {
                case JsonObject barn:
                    Flad(barn, fuld, ud, sti);
                    break;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    ud[fuld] = s;
                    break;
                default:
                    throw new SkabelonFejl($"{sti}: '{fuld}' skal være en tekst");
            }
        }
    }
}
