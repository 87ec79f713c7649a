using Rapportering.Input;
using Rapportering.Offentlige;
using Rapportering.Offentlige.Lager;
using Rapportering.Templates;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering offentlige-tal indlaes --fil FIL [--fil FIL …] --db DB [--provider P]`:
/// reads Statistikbanken CSV files into the public figures' table. Every file and the template
/// are read and checked before the database is touched; malformed lines are findings
/// (`advarsel:` lines), the rest is stored in one transaction.
/// </summary>
internal static class OffentligeTalKommando
{
    private static readonly string[] Tilvalg = ["db", "provider", "templates"];

    public static int Koer(string[] args)
    {
        if (args.Length == 0 || args[0] != "indlaes")
            throw new BrugerFejl("brug: rapportering offentlige-tal indlaes --fil FIL [--fil FIL …] --db DB [--provider sqlite|postgres|sqlserver]");
        var (filer, rest) = TagFiler(args[1..]);
        var a = Argumenter.Parse(rest, Tilvalg);
        if (filer.Count == 0) throw new BrugerFejl("--fil mangler");
        var providerOrd = a.Valgfri("provider") ?? "sqlite";
        if (!ProviderOrd.TryParse(providerOrd, out var provider))
            throw new BrugerFejl($"ukendt provider '{providerOrd}': brug sqlite, postgres eller sqlserver");
        var db = a.Kraevet("db");
        // For SQLite --db may be a plain file path, as in the issue's example.
        var forbindelse = provider == Provider.Sqlite && !db.Contains('=') ? $"Data Source={db}" : db;
        var skabelon = OffentligeTalSkabelon.Laes(Skabeloner.Standard(a.Valgfri("templates")));

        var csv = new List<CsvFil>();
        foreach (var fil in filer)
        {
            if (!File.Exists(fil)) throw new BrugerFejl($"filen findes ikke: {fil}");
            byte[] bytes;
            try { bytes = File.ReadAllBytes(fil); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new BrugerFejl($"kan ikke læse {fil}: {e.GetType().Name}"); }
            csv.Add(StatistikbankCsv.Laes(Path.GetFileName(fil), bytes));
        }
        var resultat = Indlaesning.Kortlaeg(csv, skabelon);
        var skrevet = new OffentligeTalLager(provider, forbindelse).GemAsync(resultat.Tal).GetAwaiter().GetResult();

        Console.Out.WriteLine($"{skrevet} offentlige tal gemt fra {filer.Count} fil(er); {resultat.Sprunget} rækker uden for skabelonen sprunget over");
        foreach (var g in resultat.Fund.GroupBy(f => (f.Kilde, f.Regel)))
        {
            var linjer = g.Where(f => f.Linje is not null).Select(f => f.Linje!.Value).ToList();
            var hvor = linjer.Count == 0 ? "" : $" (linje {string.Join(", ", linjer.Take(10))}{(linjer.Count > 10 ? ", …" : "")})";
            Console.Error.WriteLine($"advarsel: {g.Key.Kilde}: {g.Key.Regel}: {g.Count()} gange{hvor}: {g.First().Beskrivelse}");
        }
        return Cli.Ok;
    }

    /// <summary>--fil may be given many times; the shared parser keeps one value per option.</summary>
    private static (List<string> Filer, List<string> Andre) TagFiler(string[] args)
    {
        var filer = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--fil") { rest.Add(args[i]); continue; }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new BrugerFejl("tilvalget '--fil' mangler en værdi");
            filer.Add(args[++i]);
        }
        return (filer, rest);
    }
}
