using System.Text.Json;
using Rapportering.Templates;
using Rapportering.Output;

namespace Rapportering.Offentlige;

/// <summary>Loads <see cref="OffentligeTalSkabelon"/> from the template folders (the edge; the type itself is pure, in the model project).</summary>
public static class OffentligeTalSkabelonFil
{
    extension(OffentligeTalSkabelon)
    {
        /// <summary>Reads and checks the template; every mistake is one line naming the file.</summary>
        public static OffentligeTalSkabelon Laes(Skabeloner skabeloner)
        {
            var sti = skabeloner.Find(OffentligeTalSkabelon.FilNavn) ?? throw new SkabelonFejl($"{OffentligeTalSkabelon.FilNavn} mangler i skabelonerne");
            OffentligeTalSkabelon? s;
            try
            {
                s = JsonSerializer.Deserialize<OffentligeTalSkabelon>(File.ReadAllText(sti), new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException e)
            {
                throw new SkabelonFejl($"{sti}: ugyldig JSON ({Fejlaarsag.Json(e)})");
            }
            if (s?.Tabeller is null || s.Regioner is null || s.Kommuner is null || s.Figurer is null || s.HeleLandet is null)
                throw new SkabelonFejl($"{sti}: tabeller, hele_landet, regioner, kommuner og figurer skal alle være der");
            foreach (var t in s.Tabeller)
            {
                if (t.Serier is not { Count: > 0 }) throw new SkabelonFejl($"{sti}: tabellen {t.Tabel} har ingen serier");
                var foerste = t.Variabler(t.Serier[0]);
                if (t.Serier.Any(r => !t.Variabler(r).SetEquals(foerste)))
                    throw new SkabelonFejl($"{sti}: serierne i {t.Tabel} skal nævne de samme variabler");
            }
            return s;
        }
    }
}
