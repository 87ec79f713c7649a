using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Rendering.Xlsx;
using Rapportering.Templates;

namespace Rapportering.Pipeline;

/// <summary>
/// The consultants' comparison workbook: every kommune in the database computed for the same
/// cut date, the focus kommune and its reference kommuner (from its template) marked.
/// </summary>
public sealed class SammenligningBygger(RapportPipeline pipeline)
{
    public static string FilNavn(int kode, Skaeringsdato d) => $"{kode}-{d.Iso}-sammenligning.xlsx";

    public async Task<byte[]> ByggAsync(RapportBestilling b, CancellationToken ct = default)
    {
        var skabeloner = Skabeloner.Standard(b.SkabelonMappe);
        var reader = new ViewReader(ProviderOrd.Parse(b.Kilde.Provider), b.Kilde.Forbindelse);
        var kommuner = new List<SammenligningKommune>();
        var dataPr = DateOnly.MinValue;
        await foreach (var input in reader.LaesAlleAsync(ct))
        {
            var r = pipeline.Byg(input, b.Skaeringsdato, skabeloner, new HashSet<Format>());
            kommuner.Add(new SammenligningKommune(r.Eksport, r.KommuneNavn));
            if (r.DataPr > dataPr) dataPr = r.DataPr;
        }
        return Render(kommuner, skabeloner.Kommune(b.KommuneKode), dataPr, RapportTekster.Laes(skabeloner));
    }

    /// <param name="tekster">The marks' footnote words; null: the built-in ones.</param>
    public static byte[] Render(IReadOnlyList<SammenligningKommune> kommuner, KommuneSkabelon fokus, DateOnly dataPr, RapportTekster? tekster = null)
    {
        var dannet = new DateTimeOffset(dataPr.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);
        using var ms = new MemoryStream();
        var input = SammenligningInput.Fra(fokus, kommuner, dannet);
        new SammenligningWorkbookRenderer().Render(tekster is null ? input : input with { Tekster = tekster }, ms);
        return ms.ToArray();
    }
}
