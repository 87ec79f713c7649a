using Microsoft.Data.Sqlite;
using Rapportering.Tests.Cli;

namespace Rapportering.Tests.Input.DaarligeRaekker;

/// <summary>A view without a column of the contract is the one thing a user must fix: one line naming it, exit 2.</summary>
public sealed class ManglendeKolonneTests(SqliteBasis basis) : IClassFixture<SqliteBasis>
{
    [Theory]
    [InlineData("rap_indsats", "SELECT indsats_id, person_id, kommune_kode, indsatstype, lovgrundlag, startdato, slutdato FROM indsats", "bevilget_af")]
    [InlineData("rap_befolkning", "SELECT kommune_kode, dato, alder FROM befolkning", "antal")]
    public void Et_view_uden_en_kolonne_giver_en_linje_der_navngiver_den(string view, string select, string kolonne)
    {
        var kopi = Path.Combine(basis.Mappe, $"kol-{Guid.NewGuid():N}.db");
        File.Copy(basis.Db, kopi);
        using (var db = new SqliteConnection($"Data Source={kopi};Pooling=False"))
        {
            db.Open();
            LoesDatabase.Koer(db, $"DROP VIEW {view}");
            LoesDatabase.Koer(db, $"CREATE VIEW {view} AS {select}");
        }
        var ud = Path.Combine(basis.Mappe, "ud-" + Guid.NewGuid().ToString("N"));
        var (kode, _, fejl) = GenerateCliTests.Koer("generate", "--provider", "sqlite", "--connection", $"Data Source={kopi}",
            "--kommune", "510", "--skaeringsdato", "2025-09-30", "--out", ud, "--format", "json");

        Assert.Equal(2, kode);
        var linje = Assert.Single(fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"rapportering generate: viewet {view} mangler kolonnen {kolonne}", linje.Trim());
        Assert.False(Directory.Exists(ud) && Directory.EnumerateFiles(ud).Any());
    }
}
