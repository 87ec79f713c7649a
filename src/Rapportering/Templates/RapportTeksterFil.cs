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
            var fundet = skabeloner.Find(RapportTekster.RelativSti);
            var egen = fundet is null || SammeFil(fundet, indbyggetFil) ? null : fundet;
            // Read every time (an edit counts from the next report on); parsed and checked only when the text is new.
            var noegle = (Indbygget: File.ReadAllText(indbyggetFil), Egne: egen is null ? null : File.ReadAllText(egen));
            if (Laest.TryGetValue(noegle, out var kendte)) return kendte;
            var tekster = new RapportTekster(
                egen is null ? new Dictionary<string, string>() : LaesFil(noegle.Egne!, egen),
                LaesFil(noegle.Indbygget, indbyggetFil));
            if (Laest.Count >= 16) Laest.Clear(); // a kommune's edits, one after another, in a long-running serve
            Laest[noegle] = tekster;
            return tekster;
        }

        /// <summary>Only the built-in texts (tests, and programs without a kommune folder).</summary>
        public static RapportTekster Indbyggede() => Laes(Skabeloner.Standard());
    }

    /// <summary>
    /// The words already parsed, by the files' whole text: a batch parses tekster.json once, not once per
    /// kommune (1,2 ms each here). Keyed by the text itself, not a file stamp, whose coarse clock could
    /// miss an edit made just after a read. A text that fails its checks is never kept.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Indbygget, string? Egne), RapportTekster> Laest = new();

    private static bool SammeFil(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static Dictionary<string, string> LaesFil(string tekst, string sti)
    {
        JsonNode? rod;
        try
        {
            rod = JsonNode.Parse(tekst, documentOptions: new JsonDocumentOptions
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
