using System.Text.Json;
using Rapportering.Output;

namespace Rapportering.Templates;

/// <summary>Loads <see cref="Sammenligningsgrupper"/> from the template folders (the edge; the type itself is pure, in the model project).</summary>
public static class SammenligningsgrupperFil
{
    extension(Sammenligningsgrupper)
    {
        /// <summary>The file through the template folders (own first); none when there is no file. A broken file is one line naming it.</summary>
        public static Sammenligningsgrupper Laes(Skabeloner skabeloner)
        {
            if (skabeloner.Find(Sammenligningsgrupper.FilNavn) is not { } sti) return Sammenligningsgrupper.Ingen;
            Sammenligningsgrupper? g;
            try
            {
                g = JsonSerializer.Deserialize<Sammenligningsgrupper>(File.ReadAllText(sti),
                    new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException e)
            {
                throw new SkabelonFejl($"{sti}: ugyldig JSON ({Fejlaarsag.Json(e)})");
            }
            if (g?.Grupper is null) throw new SkabelonFejl($"{sti}: \"grupper\" mangler");
            foreach (var gr in g.Grupper)
                if (string.IsNullOrWhiteSpace(gr.Id) || gr.Kommuner is null || gr.Kommuner.Any(k => k is < 100 or > 999))
                    throw new SkabelonFejl($"{sti}: gruppen '{gr.Id}' skal have et id og kommunekoder (101-999)");
            return g;
        }
    }
}
