using Microsoft.Data.Sqlite;
using Rapportering.Input;
using Rapportering.Tests.Cli;

namespace Rapportering.Tests.Input;

/// <summary>
/// A warehouse whose views are all there but where one row holds a value of the wrong type.
/// Both read paths (one kommune through Dapper, all kommuner streamed by ordinal) must stop
/// with a one-line <see cref="DataKildeFejl"/> naming the view and column — never an internal
/// error, and never a silent zero (SQLite's CAST('abc' AS REAL) is 0.0).
/// </summary>
public sealed class ForkertRaekketypeTests(CliDemoDatabase demo) : IClassFixture<CliDemoDatabase>
{
    private string KopiMed(string sql)
    {
        var kopi = Path.Combine(demo.Mappe, $"forkert-{Guid.NewGuid():N}.db");
        File.Copy(demo.Db, kopi);
        using var db = new SqliteConnection($"Data Source={kopi};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        Assert.Equal(1, cmd.ExecuteNonQuery());
        return kopi;
    }

    private static string Foerste(string tabel) => $"rowid = (SELECT MIN(rowid) FROM {tabel} WHERE kommune_kode = 510)";

    public static TheoryData<string, string, string> ForkerteVaerdier => new()
    {
        { $"UPDATE regnskab SET beloeb_1000kr = 'abc' WHERE {Foerste("regnskab")}", "rap_regnskab", "beloeb_1000kr" },
        { $"UPDATE indsats SET startdato = 'not-a-date' WHERE {Foerste("indsats")}", "rap_indsats", "startdato" },
        { $"UPDATE regnskab SET dranst = 99999999999 WHERE {Foerste("regnskab")}", "rap_regnskab", "dranst" },
        { $"UPDATE skoletrivsel SET gennemsnit = 'høj' WHERE {Foerste("skoletrivsel")}", "rap_skoletrivsel", "gennemsnit" },
    };

    [Theory]
    [MemberData(nameof(ForkerteVaerdier))]
    public async Task En_kommune_med_en_forkert_vaerdi_giver_en_linje_der_navngiver_view_og_kolonne(string sql, string view, string kolonne)
    {
        var reader = new ViewReader(Provider.Sqlite, $"Data Source={KopiMed(sql)};Pooling=False");
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() => reader.LaesKommuneAsync(510));
        Assert.Contains($"{view}, kolonnen {kolonne}", fejl.Message);
        Assert.DoesNotContain('\n', fejl.Message);
    }

    [Theory]
    [MemberData(nameof(ForkerteVaerdier))]
    public async Task Alle_kommuner_med_en_forkert_vaerdi_giver_en_linje_der_navngiver_view_og_kolonne(string sql, string view, string kolonne)
    {
        var reader = new ViewReader(Provider.Sqlite, $"Data Source={KopiMed(sql)};Pooling=False");
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(async () => { await foreach (var _ in reader.LaesAlleAsync()) { } });
        Assert.Contains($"{view}: {kolonne}: '", fejl.Message);
        Assert.DoesNotContain('\n', fejl.Message);
    }

    [Fact]
    public async Task Et_beloeb_skrevet_som_tekst_med_punktum_laeses_som_tal()
    {
        // The guard against CAST's silent zero must not reject numbers stored as text.
        var kopi = KopiMed($"UPDATE regnskab SET beloeb_1000kr = '12.5' WHERE {Foerste("regnskab")}");
        var input = await new ViewReader(Provider.Sqlite, $"Data Source={kopi};Pooling=False").LaesKommuneAsync(510);
        Assert.Contains(input.Regnskab, p => p.Beloeb1000Kr == 12.5m);
    }

    [Fact]
    public void Generate_over_en_forkert_dato_er_en_linje_og_exitkode_2()
    {
        var kopi = KopiMed($"UPDATE indsats SET startdato = 'not-a-date' WHERE {Foerste("indsats")}");
        var (kode, _, fejl) = GenerateCliTests.Koer("generate", "--provider", "sqlite", "--connection", $"Data Source={kopi}",
            "--kommune", "510", "--skaeringsdato", "2025-09-30", "--out", Path.Combine(demo.Mappe, "ud-" + Guid.NewGuid().ToString("N")), "--format", "json");
        Assert.Equal(2, kode);
        var linje = Assert.Single(fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("rap_indsats, kolonnen startdato", linje);
        Assert.Contains("not-a-date", linje);
        Assert.DoesNotContain("intern fejl", linje);
    }
}
