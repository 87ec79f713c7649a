using ClosedXML.Excel;
using Npgsql;
using Rapportering.Demo;
using Rapportering.Input;
using Rapportering.Rendering.Json;
using Rapportering.Tests.Infrastructure;
using static Rapportering.Tests.Cli.GenerateCliTests;

namespace Rapportering.Tests.Cli;

/// <summary>
/// `generate` paths beyond the SQLite default, run as the real executable: --sammenligning
/// writes the comparison workbook over every kommune in the database, and --provider postgres
/// over the same demo gives the same JSON as SQLite.
/// </summary>
[Collection(PostgresServer.Samling)]
public sealed class GenerateEndeTilEndeTests(CliDemoDatabase demo, PostgresServer server) : IClassFixture<CliDemoDatabase>
{
    private string[] Generate(string provider, string forbindelse, string ud, params string[] ekstra) =>
        ["generate", "--provider", provider, "--connection", forbindelse, "--kommune", "510",
         "--skaeringsdato", "2025-09-30", "--out", ud, .. ekstra];

    [Fact]
    public void Sammenligning_skriver_projektmappen_med_alle_databasens_kommuner()
    {
        var ud = Path.Combine(demo.Mappe, "samm-" + Guid.NewGuid().ToString("N"));
        var (kode, stdout, fejl) = Koer(Generate("sqlite", $"Data Source={demo.Db}", ud, "--format", "json", "--sammenligning"));

        Assert.True(kode == 0, fejl);
        var sti = Path.Combine(ud, "510-2025-09-30-sammenligning.xlsx");
        Assert.Contains(sti, stdout);
        using var json = File.OpenRead(Path.Combine(ud, "510-2025-09-30.json"));
        var eksport = JsonEksportRenderer.Laes(json);

        using var wb = new XLWorkbook(sti);
        var data = wb.Worksheet("Data");
        var raekker = data.RowsUsed().Where(r => r.RowNumber() > 4 && r.Cell(1).DataType == XLDataType.Number)
            .Select(r => (Kode: (int)r.Cell(1).GetDouble(), Rolle: r.Cell(3).GetString())).ToList();
        // The CLI demo database holds exactly 510 and 167.
        Assert.Equal([167, 510], raekker.Select(r => r.Kode).Distinct().Order());
        // The focus kommune: one row per observation of its own export, all marked "Kommune".
        Assert.Equal(eksport.Observationer.Count, raekker.Count(r => r.Kode == 510));
        Assert.All(raekker.Where(r => r.Kode == 510), r => Assert.Equal("Kommune", r.Rolle));
        Assert.All(raekker.Where(r => r.Kode == 167), r => Assert.NotEqual("Kommune", r.Rolle));
        Assert.Empty(Directory.EnumerateFiles(ud, "*.tmp"));
    }

    [Fact]
    public async Task Postgres_giver_samme_rapportdata_som_SQLite()
    {
        var cs = await server.OpretDatabaseAsync();
        await using (var db = new NpgsqlConnection(cs))
        {
            await db.OpenAsync();
            // The same options as CliDemoDatabase, so both databases hold the same rows.
            await DemoDatabase.IndlaesAsync(db, Provider.Postgres,
                new DemoOptions { DataPr = new DateOnly(2025, 10, 31), Kommuner = [510, 167], Skala = 0.2 });
        }
        var pg = Path.Combine(demo.Mappe, "pg-" + Guid.NewGuid().ToString("N"));
        var sqlite = Path.Combine(demo.Mappe, "sqlite-" + Guid.NewGuid().ToString("N"));

        var (kodePg, stdoutPg, fejlPg) = Koer(Generate("postgres", cs, pg));
        var (kodeSqlite, _, fejlSqlite) = Koer(Generate("sqlite", $"Data Source={demo.Db}", sqlite, "--format", "json"));

        Assert.True(kodePg == 0, fejlPg);
        Assert.True(kodeSqlite == 0, fejlSqlite);
        foreach (var ext in new[] { "pdf", "xlsx", "html", "json" })
            Assert.True(new FileInfo(Path.Combine(pg, $"510-2025-09-30.{ext}")).Length > 1000, ext);
        Assert.Contains("510-2025-09-30.pdf", stdoutPg);
        Assert.Equal(File.ReadAllText(Path.Combine(sqlite, "510-2025-09-30.json")), File.ReadAllText(Path.Combine(pg, "510-2025-09-30.json")));
    }
}
