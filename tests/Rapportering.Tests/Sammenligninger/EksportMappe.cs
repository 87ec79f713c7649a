using Rapportering.Demo;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Cli;
using Rapportering.Tests.Offentlige;

namespace Rapportering.Tests.Sammenligninger;

/// <summary>
/// Two installations' worth of figures exports, made as operators make them: a demo database with
/// 510 Haderslev and 657 Herning, `generate --format json` for each (a real process), and a
/// separate database with public figures imported by `offentlige-tal indlaes` from files in
/// Statistikbanken's CSV format: 0-17-årige 10.800 in 510, 9.000 in 657 and 167; anbragte 0-17
/// 108 in 510, 45 in 657 and ".." in 167. So anbragte pr. 1.000: 510 10,0, 657 5,0, 167 ikke oplyst,
/// hele landet (108 + 45) / (10.800 + 9.000) × 1.000 = 7,7.
/// </summary>
public sealed class EksportMappe : IDisposable
{
    public const string Dato = "2025-09-30";
    public string Mappe { get; } = Directory.CreateTempSubdirectory("rap-eksporter-").FullName;
    public string Eksporter => Path.Combine(Mappe, "eksporter");
    public string OffentligDb => Path.Combine(Mappe, "offentlige.db");
    public string Fil(int kode) => Path.Combine(Eksporter, $"{kode}-{Dato}.json");

    public EksportMappe()
    {
        var db = Path.Combine(Mappe, "demo.db");
        DemoDatabase.OpretSqlite(db, new DemoOptions { DataPr = new DateOnly(2025, 10, 31), Kommuner = [510, 657], Skala = 0.2 });
        Directory.CreateDirectory(Eksporter);
        foreach (var k in new[] { 510, 657 })
        {
            var (kode, _, fejl) = GenerateCliTests.Koer("generate", "--provider", "sqlite", "--connection", $"Data Source={db}", "--kommune", $"{k}",
                "--skaeringsdato", Dato, "--out", Eksporter, "--format", "json");
            if (kode != 0) throw new InvalidOperationException($"generate {k}: {fejl}");
        }
        // Herning's data database also holds the public figures (the import needs the database to exist).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(db, OffentligDb);
        var folk = Path.Combine(Mappe, "FOLK1A.csv");
        File.WriteAllBytes(folk, StatistikbankFiler.Csv([
            "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD",
            .. Enumerable.Range(0, 18).SelectMany(a => new[] { $"510;TOT;{a};TOT;2018K1;600", $"657;TOT;{a};TOT;2018K1;500", $"167;TOT;{a};TOT;2018K1;500" })]));
        var anb = Path.Combine(Mappe, "ANBAAR9.csv");
        File.WriteAllBytes(anb, StatistikbankFiler.Csv("ADMKOM;ALERAMS;TID;INDHOLD", "510;9917;2017;108", "657;9917;2017;45", "167;9917;2017;.."));
        var (k2, _, f2) = GenerateCliTests.Koer("offentlige-tal", "indlaes", "--fil", folk, "--fil", anb, "--db", OffentligDb);
        if (k2 != 0) throw new InvalidOperationException($"offentlige-tal: {f2}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public Rapportering.Figures.FigurEksport Laes(int kode)
    {
        using var s = File.OpenRead(Fil(kode));
        return JsonEksportRenderer.Laes(s);
    }

    public void Dispose()
    {
        try { Directory.Delete(Mappe, recursive: true); } catch (IOException) { }
    }
}
