using System.Globalization;
using Rapportering.Benchmark;
using Rapportering.Domain;
using Rapportering.Input;
using Spectre.Console;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering bench`: the national batch as a benchmark (issues 10 and 20). The measuring lives in
/// <see cref="BenchKoersel"/>; this file parses options and prints the table.
/// </summary>
internal static class BenchKommando
{
    private static readonly CultureInfo Da = Figures.Formatering.Dansk;

    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args,
            ["kommuner", "skala", "db", "provider", "connection", "skaeringsdato", "out", "json", "peer", "peer-antal", "parallelitet", "sammenligning-fra"],
            ["behold", "kun-indlaes"]);
        var o = new BenchOptions
        {
            AntalKommuner = a.Har("kommuner") ? a.KraevetHeltal("kommuner") : 98,
            Skala = a.Har("skala") ? Tal(a.Kraevet("skala"), "skala") : 1.0,
            DbSti = a.Valgfri("db"),
            UdMappe = a.Valgfri("out"),
            Behold = a.Har("behold"),
            KunIndlaesning = a.Har("kun-indlaes"),
            SammenligningFra = a.Valgfri("sammenligning-fra"),
            Parallelitet = a.Har("parallelitet") ? a.KraevetHeltal("parallelitet") : Environment.ProcessorCount,
        };
        if (o.AntalKommuner is < 1 or > 98) throw new BrugerFejl("--kommuner skal være 1–98");
        if (o.Skala <= 0) throw new BrugerFejl("--skala skal være større end 0");
        if (o.Parallelitet < 1) throw new BrugerFejl("--parallelitet skal være mindst 1");
        if (a.Har("connection"))
        {
            var ord = a.Valgfri("provider") ?? "postgres";
            o = o with { Provider = ProviderOrd.TryParse(ord, out var p) ? p : throw new BrugerFejl($"ukendt provider '{ord}': brug sqlite, postgres eller sqlserver"), Forbindelse = a.Kraevet("connection") };
        }
        else if (a.Har("provider") && a.Valgfri("provider") != "sqlite")
        {
            throw new BrugerFejl("--provider kræver --connection (uden den bygges en SQLite-database)");
        }
        if (a.Har("skaeringsdato"))
        {
            if (!Skaeringsdato.TryParse(a.Valgfri("skaeringsdato"), out var d, out var fejl)) throw new BrugerFejl(fejl);
            o = o with { Skaeringsdato = d };
        }
        if (a.Har("peer"))
        {
            if (a.Valgfri("peer") != "chromium") throw new BrugerFejl($"ukendt peer '{a.Valgfri("peer")}' (kendt: chromium)");
            o = o with { PeerAntal = a.Har("peer-antal") ? a.KraevetHeltal("peer-antal") : 6 };
        }

        // Redirected output defaults to 80 columns, too narrow for the tables.
        if (AnsiConsole.Profile.Width < 140) AnsiConsole.Profile.Width = 140;
        var r = BenchKoersel.KoerAsync(o, linje => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(linje)}[/]")).GetAwaiter().GetResult();
        Skriv(r);
        if (a.Valgfri("json") is { } json)
        {
            BenchKoersel.SkrivJson(r, json);
            AnsiConsole.MarkupLineInterpolated($"JSON: [bold]{Path.GetFullPath(json)}[/]");
        }
        return Cli.Ok;
    }

    private static double Tal(string s, string navn) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new BrugerFejl($"--{navn} skal være et tal, ikke '{s}'");

    private static string F(double v, string format = "N0") => v.ToString(format, Da);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("N1", Da) + " MB";

    private static readonly IReadOnlyDictionary<string, string> Navne = new Dictionary<string, string>
    {
        ["Indlaes"] = "Indlæsning",
        ["Beregn"] = "Beregning",
        ["Komponer"] = "Komposition",
        ["Pdf"] = "PDF",
        ["Xlsx"] = "XLSX",
        ["Html"] = "HTML",
        ["Json"] = "JSON",
        ["Skriv"] = "Skrivning til disk",
    };

    private static void Skriv(BenchResultat r)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]Landsdækkende kørsel[/]: {r.AntalKommuner} kommuner, skæringsdato {r.Skaeringsdato}, {r.Database.Provider} ({(r.Database.Genbrugt ? "genbrugt database" : $"database bygget på {F(r.Database.OpbygningSek, "N1")} s")}), skala {F(r.Database.Skala, "N2")}");
        AnsiConsole.MarkupLineInterpolated($"Maskine: {r.Maskine}; {r.Kerner} kerner, {r.Parallelitet} kommuner ad gangen; {(r.ReadyToRun ? "forudkompileret (ReadyToRun)" : "kompileret ved start (JIT; scripts/publish.sh giver ReadyToRun)")}");

        var t = new Table().AddColumns("Stadie", "Kommuner", "Sum (ms)", "Median pr. kommune (ms)", "p95 (ms)", "Maks. (ms)", "Skrevet");
        foreach (var s in r.Stadier)
            t.AddRow(Navne.GetValueOrDefault(s.Stadie, s.Stadie), F(s.Antal), F(s.SumMs), F(s.MedianMs, "N1"), F(s.P95Ms, "N1"), F(s.MaxMs, "N1"), s.Bytes is { } b ? Mb(b) : "");
        foreach (var i in Enumerable.Range(1, 6)) t.Columns[i].RightAligned();
        AnsiConsole.Write(t);

        var samlet = new Table().AddColumns("I alt", "Værdi");
        samlet.AddRow("Vægurstid", F(r.WallSek, "N1") + " s");
        samlet.AddRow("CPU-tid", F(r.CpuSek, "N1") + " s");
        samlet.AddRow("Kerner brugt (CPU-tid / vægurstid)", F(r.KernerBrugt, "N2"));
        samlet.AddRow("Maks. working set (proces)", Mb(r.PeakWorkingSetBytes));
        samlet.AddRow("Maks. working set (målt hver 20. ms)", Mb(r.MaxSampletWorkingSetBytes));
        samlet.AddRow("Maks. managed heap (målt)", Mb(r.MaxGcHeapBytes));
        if (r.Gc is { } gc)
            samlet.AddRow("Oprydning (GC): pauser · gen 0 / 1 / 2 · allokeret", $"{F(gc.PauseSek, "N2")} s · {F(gc.Gen0)} / {F(gc.Gen1)} / {F(gc.Gen2)} · {Mb(gc.AllokeretBytes)}");
        samlet.AddRow("Skrevet i alt", Mb(r.BytesIAlt));
        samlet.AddRow("Største PDF", $"{Mb(r.StoerstePdfBytes)} (kommune {r.StoerstePdfKommune})");
        if (r.Sammenligning is { } sm)
        {
            samlet.AddRow($"Sammenligning for {sm.Fokus} fra {sm.Kommuner} eksporter", $"{F(sm.IAltSek, "N2")} s, {F(sm.CpuSek, "N2")} s CPU (læs {F(sm.LaesSek, "N2")} · model {F(sm.ModelSek, "N2")} · regneark {F(sm.RenderSek, "N2")})");
            samlet.AddRow("  regnearkets trin", string.Join(" · ", sm.RenderTrinSek.Select(kv => $"{kv.Key} {F(kv.Value, "N3")} s")));
        }
        samlet.Columns[1].RightAligned();
        AnsiConsole.Write(samlet);

        if (r.Peer is { } p) SkrivPeer(r, p, "én proces pr. rapport");
        if (r.VarmPeer is { } v) SkrivPeer(r, v, "én browser holdt åben og én side genbrugt via Playwright");

        var mt = new Table().AddColumns("Mål (issue 20)", "Krav", "Målt", "Opfyldt");
        foreach (var m in r.Maal) mt.AddRow(m.Navn, m.Krav, m.Maalt, m.Opfyldt ? "[green]ja[/]" : "[red]nej[/]");
        AnsiConsole.Write(mt);
        foreach (var n in r.Noter) AnsiConsole.MarkupLineInterpolated($"[yellow]{n}[/]");
    }

    private static void SkrivPeer(BenchResultat r, PeerResultat p, string hvordan)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]Sammenligning[/]: {p.Navn} {p.Version}, {hvordan}, {p.Rapporter.Count} rapporter (samme HTML-udgave)");
        var pt = new Table().AddColumns("Kommune", "Chromium (ms)", "Chromium maks. RSS", "Chromium PDF", "Vores PDF-trin i kørslen (ms)", "Vores PDF-trin alene (ms)", "Vores rapport (ms)", "Forhold (PDF-trin)");
        foreach (var x in p.Rapporter)
            pt.AddRow(F(x.Kommune, "0"), F(x.TidMs), Mb(x.PeakRssBytes), Mb(x.PdfBytes), F(x.VoresPdfMs, "N1"), F(x.VoresPdfAleneMs, "N1"), F(x.VoresRapportMs, "N1"), F(x.VoresPdfMs > 0 ? x.TidMs / x.VoresPdfMs : 0, "N1") + "×");
        foreach (var i in Enumerable.Range(1, 7)) pt.Columns[i].RightAligned();
        AnsiConsole.Write(pt);
        AnsiConsole.MarkupLineInterpolated($"Median pr. rapport: Chromium {F(p.MedianMs)} ms; vores median over hele kørslen: PDF-trin {F(p.VoresPdfMedianMs, "N1")} ms ({F(p.ForholdPdf, "N1")}× hurtigere); de samme rapporter alene {F(p.VoresPdfAleneMedianMs, "N1")} ms ({F(p.ForholdPdfAlene, "N1")}×); vores hele rapport (beregning + komposition + PDF) {F(p.VoresRapportMedianMs, "N1")} ms ({F(p.ForholdRapport, "N1")}×).");
        AnsiConsole.MarkupLineInterpolated($"[italic]Anslået[/] (ikke målt): Chromium for alle {r.AntalKommuner} kommuner i serie ≈ {F(p.AnslaaetNationalSerielSek, "N0")} s (median × antal kommuner), kun PDF-udskrivningen.");
    }
}
