using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Offentlige.Lager;
using Rapportering.Output;
using Rapportering.Pipeline;
using Rapportering.Templates;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering sammenlign --eksporter DIR --kommune K --skaeringsdato D --out DIR [--db DB]
/// [--provider P] [--templates DIR]`: the comparison workbook from a folder of figures exports
/// (&lt;kode&gt;-&lt;yyyy-mm-dd&gt;.json), with the public figures of the database when --db is given.
/// Reads no view and no person-level data.
/// </summary>
internal static class SammenlignKommando
{
    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args, ["eksporter", "kommune", "skaeringsdato", "out", "db", "provider", "templates"]);
        var mappe = a.Kraevet("eksporter");
        if (!Directory.Exists(mappe)) throw new BrugerFejl($"mappen med eksporter findes ikke: {mappe}");
        var kommune = a.KraevetHeltal("kommune");
        if (!Skaeringsdato.TryParse(a.Kraevet("skaeringsdato"), out var dato, out var datofejl)) throw new BrugerFejl(datofejl);
        var ud = a.Kraevet("out");
        if (AtomiskSkrivning.KontrollerMappe(ud) is { } mappefejl) throw new BrugerFejl(mappefejl);
        var sti = Path.Combine(ud, SammenligningBygger.FilNavn(kommune, dato));
        if (AtomiskSkrivning.KontrollerMaal(sti) is { } maalfejl) throw new BrugerFejl(maalfejl);
        var skabeloner = Skabeloner.Standard(a.Valgfri("templates"));

        var advarsler = new List<string>();
        var kommuner = SammenligningBygger.LaesMappe(mappe, dato, skabeloner, advarsler);
        foreach (var linje in advarsler) Console.Error.WriteLine($"advarsel: {linje}");
        if (kommuner.All(k => k.Eksport.Kommune != kommune))
            throw new BrugerFejl($"{mappe} har ingen eksport for kommune {kommune} pr. {dato.Iso} ({kommune}-{dato.Iso}.json)");

        IReadOnlyList<Offentlige.AfledtTal> offentlige = [];
        if (a.Valgfri("db") is { } db)
        {
            var providerOrd = a.Valgfri("provider") ?? "sqlite";
            if (!ProviderOrd.TryParse(providerOrd, out var provider))
                throw new BrugerFejl($"ukendt provider '{providerOrd}': brug sqlite, postgres eller sqlserver");
            if (provider == Provider.Sqlite && !db.Contains('=') && !File.Exists(db)) throw new BrugerFejl($"databasen findes ikke: {db}");
            var forbindelse = provider == Provider.Sqlite && !db.Contains('=') ? $"Data Source={db}" : db;
            offentlige = OffentligeTalKilde.LaesAfledteAsync(provider, forbindelse, skabeloner).GetAwaiter().GetResult();
            if (offentlige.Count == 0) Console.Error.WriteLine("advarsel: databasen har ingen offentlige tal (rapportering offentlige-tal indlaes)");
        }

        var dannet = DateTimeOffset.UtcNow;
        var model = SammenligningBygger.Model(kommuner, kommune, skabeloner, dannet, offentlige);
        AtomiskSkrivning.Skriv(sti, SammenligningBygger.Render(model));
        Console.Out.WriteLine(sti);
        return Cli.Ok;
    }
}
