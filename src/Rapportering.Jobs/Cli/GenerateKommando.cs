using Rapportering.Domain;
using Microsoft.Extensions.Configuration;
using Rapportering.Input;
using Rapportering.Jobs.Jobs;
using Rapportering.Output;
using Rapportering.Pipeline;
using Rapportering.Templates;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering generate`: one kommune's report from a database with the view contract.
/// Every argument is checked before the database is touched; each mistake is one line.
/// With --sammenligning it also writes the consultants' comparison workbook over every
/// kommune in the database.
/// </summary>
internal static class GenerateKommando
{
    private static readonly string[] Tilvalg = ["provider", "connection", "kommune", "skaeringsdato", "out", "format", "templates", "config"];

    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args, Tilvalg, ["sammenligning"]);
        var bestilling = LaesBestilling(a, out var ud);

        // One kommune per process: its formats may have the cores.
        var pipeline = new RapportPipeline(formaterSamtidigt: Environment.ProcessorCount > 1);
        var resultat = pipeline.ByggAsync(bestilling).GetAwaiter().GetResult();
        foreach (var sti in SkrivFiler(resultat, ud)) Console.Out.WriteLine(sti);
        // generate renders what it is asked for, but says so when the scheduled run would hold it back:
        // the same evaluation with the same configured rules (appsettings.json, --config, RAPPORTERING__*).
        if (resultat.Mangler.Count > 0)
            Console.Error.WriteLine($"advarsel: data for {resultat.KommuneKode} er ikke komplette pr. {Figures.Formatering.Dato(bestilling.Skaeringsdato.Dato)} ({string.Join("; ", resultat.Mangler)}); en planlagt kørsel ville ikke levere rapporten");

        if (a.Har("sammenligning"))
        {
            var sammenligning = new SammenligningBygger(pipeline);
            var bytes = sammenligning.ByggAsync(bestilling).GetAwaiter().GetResult();
            var sti = Path.Combine(ud, SammenligningBygger.FilNavn(bestilling.KommuneKode, bestilling.Skaeringsdato));
            AtomiskSkrivning.Skriv(sti, bytes);
            Console.Out.WriteLine(sti);
        }
        return Cli.Ok;
    }

    internal static RapportBestilling LaesBestilling(Argumenter a, out string ud)
    {
        var providerOrd = a.Kraevet("provider");
        if (!ProviderOrd.TryParse(providerOrd, out var provider))
            throw new BrugerFejl($"ukendt provider '{providerOrd}': brug sqlite, postgres eller sqlserver");
        var forbindelse = a.Kraevet("connection");
        var kommune = a.KraevetHeltal("kommune");
        if (!Skaeringsdato.TryParse(a.Kraevet("skaeringsdato"), out var dato, out var datofejl))
            throw new BrugerFejl(datofejl);
        if (!Formater.TryParse(a.Valgfri("format"), out var formater, out var formatfejl))
            throw new BrugerFejl(formatfejl);
        ud = a.Kraevet("out");
        if (AtomiskSkrivning.KontrollerMappe(ud) is { } mappefejl)
            throw new BrugerFejl(mappefejl);
        // Every target is checked before anything is written, so a failure never leaves half a set.
        var maal = formater.Select(f => Formater.FilNavn(kommune, dato, f)).ToList();
        if (a.Har("sammenligning")) maal.Add(SammenligningBygger.FilNavn(kommune, dato));
        foreach (var navn in maal)
            if (AtomiskSkrivning.KontrollerMaal(Path.Combine(ud, navn)) is { } maalfejl) throw new BrugerFejl(maalfejl);

        var skabelonMappe = a.Valgfri("templates");
        KontrollerSkabeloner(Skabeloner.Standard(skabelonMappe), kommune);
        var konfiguration = JobKonfiguration.Lag(new ConfigurationBuilder(), a.Valgfri("config"), null).Build();
        var regler = JobKonfiguration.Indstillinger(konfiguration, a.Valgfri("config")).Fuldstaendighed;
        return new RapportBestilling(new DataKilde(provider.Ord(), forbindelse), kommune, dato, formater, skabelonMappe, regler);
    }

    /// <summary>
    /// Reads the kommune's template, the kontoplan and the report texts before the database is
    /// touched: a template error is one line at once. A missing logo or font is not an error
    /// (the report is still correct); it is one warning line on stderr and the default is used.
    /// </summary>
    private static void KontrollerSkabeloner(Skabeloner skabeloner, int kommune)
    {
        var skabelon = skabeloner.Kommune(kommune);
        _ = skabeloner.StandardKontoplan();
        _ = RapportTekster.Laes(skabeloner);
        foreach (var advarsel in skabeloner.Advarsler(skabelon))
            Console.Error.WriteLine($"rapportering generate: advarsel: {advarsel}");
    }

    /// <summary>Writes each format atomically as &lt;kode&gt;-&lt;yyyy-mm-dd&gt;.&lt;ext&gt;.</summary>
    internal static IEnumerable<string> SkrivFiler(RapportResultat r, string ud)
    {
        var stier = new List<string>();
        foreach (var (format, bytes) in r.Filer)
        {
            var sti = Path.Combine(ud, Formater.FilNavn(r.KommuneKode, r.Skaeringsdato, format));
            AtomiskSkrivning.Skriv(sti, bytes);
            stier.Add(sti);
        }
        return stier;
    }
}
