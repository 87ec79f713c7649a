using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Offentlige;
using Rapportering.Offentlige.Lager;
using Rapportering.Rendering.Json;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;
using Rapportering.Templates;

namespace Rapportering.Pipeline;

/// <summary>
/// The consultants' comparison workbook, always from figures exports: the kommune in focus, its
/// reference kommuner (template and sammenligningsgrupper) and every other export present, with
/// the public figures when a database holds them. `generate --sammenligning` and `demo` compute
/// the exports of the kommuner in one database first; `sammenlign` reads a folder of them.
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
        var offentlige = await OffentligeTalKilde.LaesAfledteAsync(ProviderOrd.Parse(b.Kilde.Provider), b.Kilde.Forbindelse, skabeloner, ct: ct);
        return Render(Model(kommuner, b.KommuneKode, skabeloner, Dannet(dataPr), offentlige));
    }

    /// <summary>Every export in a folder (&lt;kode&gt;-&lt;yyyy-mm-dd&gt;.json, the cut date's only) as comparison kommuner, named from the templates.
    /// A file that is not a figures export, or that publishes a count of 1–4 persons, is skipped and named in <paramref name="advarsler"/>.</summary>
    public static List<SammenligningKommune> LaesMappe(string mappe, Skaeringsdato dato, Skabeloner skabeloner, List<string> advarsler)
    {
        var filer = Directory.EnumerateFiles(mappe, $"*-{dato.Iso}.json").Order(StringComparer.Ordinal).ToArray();
        // Parsed in parallel (98 files of ~250 KB: JSON parsing is most of the read); kept and reported in file order.
        var laest = new (FigurEksportFil? Eksport, bool Fejl)[filer.Length];
        Parallel.For(0, filer.Length, i =>
        {
            try
            {
                using var s = File.OpenRead(filer[i]);
                var eksport = JsonEksportRenderer.Laes(s);
                laest[i] = (eksport.Skaeringsdato == dato ? new FigurEksportFil(eksport, filer[i]) : null, false);
            }
            catch (Exception x) when (x is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                laest[i] = (null, true);
            }
        });
        var ud = new Dictionary<int, SammenligningKommune>();
        for (var i = 0; i < filer.Length; i++)
        {
            var fil = filer[i];
            if (laest[i].Fejl) advarsler.Add($"{Path.GetFileName(fil)} er ikke en dataeksport og er sprunget over");
            if (laest[i].Eksport is not { } e) continue;
            if (Figures.Diskretionskontrol.SynligeSmaaAntal(e.Eksport.Observationer) is > 0 and var smaa)
            {
                advarsler.Add($"{Path.GetFileName(fil)}: kommune {e.Eksport.Kommune} viser {Figures.Formatering.Tal((decimal)smaa, 0)} antal under 5, som skulle være undertrykt; eksporten er sprunget over");
                continue;
            }
            if (!ud.TryAdd(e.Eksport.Kommune, new SammenligningKommune(e.Eksport, skabeloner.KommuneNavn(e.Eksport.Kommune))))
                advarsler.Add($"{Path.GetFileName(fil)}: kommune {e.Eksport.Kommune} har flere eksporter pr. {dato.Iso}; den første er brugt");
        }
        return ud.Values.OrderBy(k => k.Eksport.Kommune).ToList();
    }

    private sealed record FigurEksportFil(Figures.FigurEksport Eksport, string Fil);

    /// <summary>The one comparison model: focus and reference kommuner from the templates, the words, and the public figures beside them.</summary>
    public static SammenligningsModel Model(IReadOnlyList<SammenligningKommune> kommuner, int fokus, Skabeloner skabeloner, DateTimeOffset dannet,
        IReadOnlyList<AfledtTal>? offentlige = null)
    {
        var skabelon = skabeloner.Kommune(fokus);
        var referencer = Sammenligningsgrupper.Laes(skabeloner).Referencekommuner(skabelon);
        var navne = kommuner.ToDictionary(k => k.Eksport.Kommune, k => k.Navn);
        var model = new SammenligningsModel(kommuner, fokus, referencer, dannet) { Tekster = RapportTekster.Laes(skabeloner) };
        return offentlige is not { Count: > 0 } ? model
            : model.MedOffentlige(OffentligSammenligning.Byg(offentlige, fokus, referencer,
                k => navne.TryGetValue(k, out var n) ? n : skabeloner.KommuneNavn(k), model.Tekster.Hent("offentlige.hele_landet")));
    }

    public static DateTimeOffset Dannet(DateOnly dataPr) => new(dataPr.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

    public static byte[] Render(SammenligningsModel model, Action<string, TimeSpan>? trin = null)
    {
        using var ms = new MemoryStream();
        new SammenligningWorkbookRenderer().Render(model, ms, trin);
        return ms.ToArray();
    }
}
