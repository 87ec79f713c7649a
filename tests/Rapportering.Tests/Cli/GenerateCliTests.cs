using System.Diagnostics;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Rendering.Json;

namespace Rapportering.Tests.Cli;

/// <summary>A small demo database shared by the CLI tests (one kommune, small scale).</summary>
public sealed class CliDemoDatabase : IDisposable
{
    public string Mappe { get; } = Directory.CreateTempSubdirectory("rap-cli-").FullName;
    public string Db => Path.Combine(Mappe, "demo.db");

    public CliDemoDatabase() =>
        DemoDatabase.OpretSqlite(Db, new DemoOptions { DataPr = new DateOnly(2025, 10, 31), Kommuner = [510, 167], Skala = 0.2 });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Mappe, recursive: true);
    }
}

/// <summary>
/// `rapportering generate` run as a real process: every bad argument gives exit ≠ 0 and exactly
/// one line on stderr, never a stack trace; a good call writes &lt;kode&gt;-&lt;dato&gt;.&lt;ext&gt; files.
/// </summary>
public sealed class GenerateCliTests(CliDemoDatabase demo) : IClassFixture<CliDemoDatabase>
{
    internal static (int Kode, string Ud, string Fejl) Koer(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "rapportering.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("RAPPORTERING_DEBUG");
        using var p = Process.Start(psi)!;
        var ud = p.StandardOutput.ReadToEndAsync();
        var fejl = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000)) { p.Kill(true); throw new TimeoutException("rapportering svarede ikke inden 60 s"); }
        return (p.ExitCode, ud.Result, fejl.Result);
    }

    private string[] Gyldige(string ud) =>
        ["generate", "--provider", "sqlite", "--connection", $"Data Source={demo.Db}", "--kommune", "510",
         "--skaeringsdato", "2025-09-30", "--out", ud];

    private static string[] Med(string[] args, string navn, string vaerdi)
    {
        var kopi = args.ToArray();
        kopi[Array.IndexOf(kopi, navn) + 1] = vaerdi;
        return kopi;
    }

    public static TheoryData<string, string, string> DaarligeArgumenter => new()
    {
        { "--provider", "oracle", "ukendt provider 'oracle'" },
        { "--connection", "Data Source=/findes/ikke/demo.db", "findes ikke" },
        { "--kommune", "999", "kommune 999 findes ikke" },
        { "--kommune", "femhundrede", "--kommune skal være et heltal" },
        { "--skaeringsdato", "2025-9-30", "ÅÅÅÅ-MM-DD" },
        { "--skaeringsdato", "2025-09-29", "ikke en skæringsdato" },
        { "--out", "/proc/rapportering-kan-ikke-skrive-her", "kan ikke skrive i mappen" },
    };

    [Theory]
    [MemberData(nameof(DaarligeArgumenter))]
    public void Daarligt_argument_giver_en_linje_paa_stderr_og_exitkode_forskellig_fra_0(string navn, string vaerdi, string forventet)
    {
        var ud = Path.Combine(demo.Mappe, "ud-" + Guid.NewGuid().ToString("N"));
        var (kode, _, fejl) = Koer(Med(Gyldige(ud), navn, vaerdi));

        Assert.NotEqual(0, kode);
        var linjer = fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(linjer);
        Assert.Contains(forventet, linjer[0]);
        Assert.DoesNotContain("   at ", fejl);
        Assert.False(Directory.Exists(ud) && Directory.EnumerateFiles(ud, "*.pdf").Any(), "ingen rapport ved fejl");
    }

    [Fact]
    public void Utilgaengelig_PostgreSQL_giver_en_linje()
    {
        var (kode, _, fejl) = Koer(
            "generate", "--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=3",
            "--kommune", "510", "--skaeringsdato", "2025-09-30", "--out", Path.Combine(demo.Mappe, "pg"));
        Assert.NotEqual(0, kode);
        Assert.Single(fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("kan ikke forbinde", fejl);
    }

    [Fact]
    public void Generate_skriver_alle_formater_med_kode_og_dato_i_filnavnet()
    {
        var ud = Path.Combine(demo.Mappe, "ok");
        var (kode, stdout, fejl) = Koer(Gyldige(ud));

        Assert.True(kode == 0, fejl);
        foreach (var ext in new[] { "pdf", "xlsx", "html", "json" })
            Assert.True(File.Exists(Path.Combine(ud, $"510-2025-09-30.{ext}")), ext);
        Assert.Contains("510-2025-09-30.pdf", stdout);
        Assert.Empty(Directory.EnumerateFiles(ud, "*.tmp", SearchOption.AllDirectories));

        using var json = File.OpenRead(Path.Combine(ud, "510-2025-09-30.json"));
        var eksport = JsonEksportRenderer.Laes(json);
        Assert.Equal(510, eksport.Kommune);
        Assert.Equal("2025-09-30", eksport.Skaeringsdato.Iso);
        Assert.Equal(2025, eksport.Prisaar);
    }

    [Fact]
    public void Format_vaelger_kun_de_bestilte_filer()
    {
        var ud = Path.Combine(demo.Mappe, "kun-json");
        var args = Gyldige(ud).Concat(["--format", "json"]).ToArray();
        var (kode, _, fejl) = Koer(args);
        Assert.True(kode == 0, fejl);
        Assert.Equal(["510-2025-09-30.json"], Directory.GetFiles(ud).Select(Path.GetFileName));
    }

    [Fact]
    public void Ufuldstaendige_data_giver_en_advarsel_men_rapporten_skrives()
    {
        // Data end 31 Oct 2025: on 30 Sep 2027 the latest population is two years old.
        var ud = Path.Combine(demo.Mappe, "ufuldstaendig");
        var (kode, _, fejl) = Koer(Med(Med(Gyldige(ud), "--skaeringsdato", "2027-09-30"), "--out", ud).Concat(["--format", "json"]).ToArray());
        Assert.True(kode == 0, fejl);
        var linje = Assert.Single(fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("advarsel: data for 510 er ikke komplette pr. 30. september 2027", linje);
        Assert.Contains("befolkningstal mangler for 30. september 2027", linje);
        Assert.True(File.Exists(Path.Combine(ud, "510-2027-09-30.json")));
    }

    [Fact]
    public void Advarslen_bruger_de_konfigurerede_regler_som_den_planlagte_koersel()
    {
        // The same data as above; the configuration allows a population up to 36 months old and
        // switches the registrations rule off: generate weighs by those rules, not the standard ones.
        var ud = Path.Combine(demo.Mappe, "konfigurerede-regler");
        var config = Path.Combine(demo.Mappe, "regler.json");
        File.WriteAllText(config, """{ "Fuldstaendighed": { "BefolkningMaxAlderMaaneder": 36, "KraevRegistreringerSidenForrige": false } }""");
        var (kode, _, fejl) = Koer(Med(Med(Gyldige(ud), "--skaeringsdato", "2027-09-30"), "--out", ud).Concat(["--format", "json", "--config", config]).ToArray());
        Assert.True(kode == 0, fejl);
        Assert.DoesNotContain("befolkningstal mangler", fejl, StringComparison.Ordinal);
        Assert.DoesNotContain("registrering", fejl, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ud, "510-2027-09-30.json")));

        // A configuration file that does not exist is one line, exit 2.
        var (kode2, _, fejl2) = Koer(Gyldige(Path.Combine(demo.Mappe, "uden-config")).Concat(["--config", Path.Combine(demo.Mappe, "findes-ikke.json")]).ToArray());
        Assert.Equal(2, kode2);
        Assert.Single(fejl2.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
