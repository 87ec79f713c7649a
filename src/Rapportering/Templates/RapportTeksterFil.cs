using System.Text.Json;
using System.Text.Json.Nodes;
using Rapportering.Output;

namespace Rapportering.Templates;

/// <summary>
/// Loads <see cref="RapportTekster"/> from the template folders: the edge's half of the type,
/// kept out of the pure model project. Written as static extensions, so callers still say
/// <c>RapportTekster.Laes(skabeloner)</c>.
/// </summary>
public static class RapportTeksterFil
{
    extension(RapportTekster)
    {
        /// <summary>The kommune's file (found through <paramref name="skabeloner"/>) over the built-in one.</summary>
        /// <param name="indbyggetFil">The built-in file; defaults to the one shipped beside the program.</param>
        public static RapportTekster Laes(Skabeloner skabeloner, string? indbyggetFil = null)
        {
            indbyggetFil ??= Path.Combine(Skabeloner.IndbyggetMappe, RapportTekster.RelativSti);
            if (!File.Exists(indbyggetFil)) throw new SkabelonFejl($"{indbyggetFil} mangler: programmets indbyggede rapporttekster er ikke installeret");
            var indbyggede = LaesFil(indbyggetFil);
            var fundet = skabeloner.Find(RapportTekster.RelativSti);
            var egne = fundet is null || SammeFil(fundet, indbyggetFil) ? new Dictionary<string, string>() : LaesFil(fundet);
            return new RapportTekster(egne, indbyggede);
        }

        /// <summary>Only the built-in texts (tests, and programs without a kommune folder).</summary>
        public static RapportTekster Indbyggede() => Laes(Skabeloner.Standard());
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
            throw new SkabelonFejl($"{sti}: ugyldig JSON ({Fejlaarsag.Json(e)})");
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
