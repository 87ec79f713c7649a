using System.Diagnostics;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Output;
using Rapportering.Pipeline;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;
using Rapportering.Templates;
using Spectre.Console;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering demo [--out DIR]`: builds the synthetic SQLite database in the out folder
/// (data as of yesterday), then renders every demo kommune's report for the latest cut date
/// in all formats, plus the comparison workbook for the evaluation's three kommuner.
/// </summary>
internal static class DemoKommando
{
    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args, ["out", "kommuner", "skala"]);
        var ud = Path.GetFullPath(a.Valgfri("out") ?? "demo-out");

        var options = new DemoOptions
        {
            DataPr = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).AddDays(-1),
            AntalKommuner = a.Har("kommuner") ? a.KraevetHeltal("kommuner") : null,
            Skala = a.Har("skala") ? a.KraevetTal("skala") : 1.0,
        };
        // Checked here, like bench, so a mistake is one line and exit 2, not an internal error.
        if (options.AntalKommuner is < 1 or > 98) throw new BrugerFejl("--kommuner skal være 1–98");
        if (options.Skala <= 0) throw new BrugerFejl("--skala skal være større end 0");
        if (AtomiskSkrivning.KontrollerMappe(ud) is { } fejl) throw new BrugerFejl(fejl);
        var ur = Stopwatch.StartNew();
        var db = Path.Combine(ud, "demo.db");
        var demo = DemoDatabase.OpretSqlite(db, options);
        AnsiConsole.MarkupLineInterpolated($"Demodatabase: [bold]{db}[/] ({Figures.Formatering.Tal((decimal)demo.RaekkerPrTabel.Values.Sum(), 0)} rækker, {Figures.Formatering.Tal(demo.Tid.TotalSeconds, 1)} s)");

        var dato = Skaeringsdato.SenestePaaEllerFoer(options.DataPr);
        var skabeloner = Skabeloner.Standard();
        var reader = new ViewReader(Provider.Sqlite, $"Data Source={db}");
        var pipeline = new RapportPipeline();
        var inputs = reader.LaesAlleAsync().ToBlockingEnumerable().ToList();

        // Kommuner are independent: render them in parallel on the available cores.
        var resultater = inputs.AsParallel().AsOrdered()
            .Select(input => pipeline.Byg(input, dato, skabeloner, Formater.Alle))
            .ToList();

        var tabel = new Table().AddColumns("Kommune", "Filer");
        foreach (var r in resultater)
        {
            var stier = GenerateKommando.SkrivFiler(r, ud).ToList();
            tabel.AddRow(Markup.Escape($"{r.KommuneKode} {r.KommuneNavn}"), Markup.Escape(string.Join("\n", stier.Select(Path.GetFileName))));
        }
        var kommuner = resultater.Select(r => new SammenligningKommune(r.Eksport, r.KommuneNavn)).ToList();
        foreach (var fokus in DanskeKommuner.Evalueringskommuner.Where(k => resultater.Any(r => r.KommuneKode == k)))
        {
            var sti = Path.Combine(ud, SammenligningBygger.FilNavn(fokus, dato));
            AtomiskSkrivning.Skriv(sti, SammenligningBygger.Render(SammenligningBygger.Model(kommuner, fokus, skabeloner, SammenligningBygger.Dannet(resultater.Max(r => r.DataPr)))));
            tabel.AddRow(Markup.Escape($"{fokus} (sammenligning)"), Markup.Escape(Path.GetFileName(sti)));
        }
        AnsiConsole.Write(tabel);
        AnsiConsole.MarkupLineInterpolated($"Rapporter pr. [bold]{Figures.Formatering.Dato(dato.Dato)}[/] skrevet til [bold]{ud}[/] på {Figures.Formatering.Tal(ur.Elapsed.TotalSeconds, 1)} s");
        return Cli.Ok;
    }
}
