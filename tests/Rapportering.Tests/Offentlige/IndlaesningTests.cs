using Microsoft.Data.Sqlite;
using Rapportering.Input;
using Rapportering.Offentlige;
using Rapportering.Offentlige.Lager;
using Rapportering.Templates;
using Rapportering.Tests.Cli;

namespace Rapportering.Tests.Offentlige;

public sealed class IndlaesningTests : IDisposable
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("rap-off-").FullName;
    private static readonly OffentligeTalSkabelon Skabelon = OffentligeTalSkabelon.Laes(Skabeloner.Standard());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_mappe, recursive: true);
    }

    internal static IndlaesningsResultat Kortlaeg() => Indlaesning.Kortlaeg(
        [StatistikbankCsv.Laes("FOLK1A.csv", StatistikbankFiler.Folk1a()),
         StatistikbankCsv.Laes("ANBAAR9.csv", StatistikbankFiler.Anbaar9()),
         StatistikbankCsv.Laes("REGK31.csv", StatistikbankFiler.Regk31())], Skabelon);

    [Fact]
    public void Rækker_og_fund_fra_statistikbankens_format()
    {
        var r = Kortlaeg();
        // 3 kommuner × 18 ages, ANBAAR9: 510, 657, 167 ('..') and hele landet; REGK31: three cells.
        Assert.Equal(54, r.Tal.Count(t => t.Tabel == "FOLK1A"));
        Assert.Equal(4, r.Tal.Count(t => t.Tabel == "ANBAAR9"));
        var hvidovre = Assert.Single(r.Tal, t => t.Tabel == "ANBAAR9" && t.KommuneKode == 167);
        Assert.True(hvidovre.IkkeOplyst);
        Assert.Null(hvidovre.Vaerdi);
        Assert.Equal(11800m, Assert.Single(r.Tal, t => t.Tabel == "ANBAAR9" && t.KommuneKode == 0).Vaerdi);
        Assert.Equal(1000.5m, Assert.Single(r.Tal, t => t.Noegle == "5.28.20|1").Vaerdi);
        Assert.Equal(-100.5m, Assert.Single(r.Tal, t => t.Noegle == "5.28.20|2").Vaerdi);
        Assert.Equal(2500m, Assert.Single(r.Tal, t => t.Noegle == "5.28.22|1").Vaerdi);
        Assert.Equal("2018K1", r.Tal.First(t => t.Tabel == "FOLK1A").Periode);

        Assert.Contains(r.Fund, f => f is { Kilde: "FOLK1A.csv", Regel: "ukendt_kommune", Linje: 75 });
        Assert.Contains(r.Fund, f => f is { Kilde: "FOLK1A.csv", Regel: "forkert_antal_felter", Linje: 76 });
        Assert.Contains(r.Fund, f => f is { Kilde: "FOLK1A.csv", Regel: "ugyldig_tid", Linje: 77 });
        Assert.Contains(r.Fund, f => f is { Kilde: "ANBAAR9.csv", Regel: "ukendt_kommune", Linje: 7 });
        Assert.Contains(r.Fund, f => f is { Kilde: "ANBAAR9.csv", Regel: "ugyldigt_tal", Linje: 8 });
        Assert.Equal(5, r.Fund.Count);
        Assert.DoesNotContain(r.Fund, f => f.Beskrivelse.Contains("010101", StringComparison.Ordinal) || f.Beskrivelse.Contains("Atlantis", StringComparison.Ordinal));
    }

    [Fact]
    public void Ukendt_hoved_er_et_fund_for_filen()
    {
        var r = Indlaesning.Kortlaeg([StatistikbankCsv.Laes("X.csv", StatistikbankFiler.Csv("OMRÅDE;KOEN;TID;INDHOLD", "510;TOT;2017;1"))], Skabelon);
        Assert.Empty(r.Tal);
        Assert.Equal("ukendt_tabel", Assert.Single(r.Fund).Regel);
    }

    [Fact]
    public async Task Kommandoen_indlaeser_to_gange_uden_dubletter_og_melder_fund()
    {
        var db = Path.Combine(_mappe, "off.db");
        using (var f = new SqliteConnection($"Data Source={db}")) { f.Open(); }
        var filer = new[] { ("FOLK1A.csv", StatistikbankFiler.Folk1a()), ("ANBAAR9.csv", StatistikbankFiler.Anbaar9()), ("REGK31.csv", StatistikbankFiler.Regk31()) }
            .Select(x => { var sti = Path.Combine(_mappe, x.Item1); File.WriteAllBytes(sti, x.Item2); return sti; }).ToList();
        string[] args = ["offentlige-tal", "indlaes", .. filer.SelectMany(f => new[] { "--fil", f }), "--db", db];

        var (kode, ud, fejl) = GenerateCliTests.Koer(args);
        Assert.Equal(0, kode);
        Assert.StartsWith("61 offentlige tal gemt", ud.Trim());
        Assert.Contains("advarsel: FOLK1A.csv: forkert_antal_felter: 1 gange (linje 76)", fejl);
        Assert.Contains("advarsel: ANBAAR9.csv: ugyldigt_tal", fejl);
        Assert.DoesNotContain("010101", fejl + ud);

        Assert.Equal(0, GenerateCliTests.Koer(args).Kode);
        var raekker = await new OffentligeTalLager(Provider.Sqlite, $"Data Source={db}").LaesAsync();
        Assert.Equal(61, raekker.Count);
        Assert.Equal(Kortlaeg().Tal, raekker);
    }

    [Fact]
    public void Brugerfejl_er_en_linje_med_kode_2()
    {
        var (kode, _, fejl) = GenerateCliTests.Koer("offentlige-tal", "indlaes", "--fil", Path.Combine(_mappe, "findes-ikke.csv"), "--db", Path.Combine(_mappe, "x.db"));
        Assert.Equal(2, kode);
        Assert.Single(fejl.Trim().Split('\n'));
        (kode, _, fejl) = GenerateCliTests.Koer("offentlige-tal", "indlaes", "--db", "x.db", "--provider", "oracle", "--fil", "a.csv");
        Assert.Equal(2, kode);
        Assert.Contains("ukendt provider", fejl);
    }

    [Fact]
    public async Task En_fejlet_indlaesning_efterlader_de_gamle_tal()
    {
        var db = $"Data Source={Path.Combine(_mappe, "tx.db")}";
        using (var f = new SqliteConnection(db)) { f.Open(); }
        var lager = new OffentligeTalLager(Provider.Sqlite, db);
        var gamle = Kortlaeg().Tal;
        await lager.GemAsync(gamle);
        var nye = gamle.Select(t => t with { Vaerdi = 1m, IkkeOplyst = false }).Append(new OffentligtTal("X", "y", 1, "2017", null!, 1m, false)).ToList();
        await Assert.ThrowsAnyAsync<Exception>(() => lager.GemAsync(nye));
        Assert.Equal(gamle, await lager.LaesAsync());
    }
}
