using static Rapportering.Tests.Cli.GenerateCliTests;

namespace Rapportering.Tests.Cli;

/// <summary>
/// Bad input a user can give the real executable — a broken kommune folder (--templates), an
/// output target that cannot be written, out-of-range demo/bench numbers — gives exit code 2 and
/// one line on stderr, never "intern fejl" or a stack trace, and never half a set of files.
/// </summary>
public sealed class DaarligtInputCliTests(CliDemoDatabase demo) : IClassFixture<CliDemoDatabase>
{
    private string NyMappe(string navn) => Directory.CreateDirectory(Path.Combine(demo.Mappe, navn + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    private string[] Generate(string ud, string format, params string[] ekstra) =>
        ["generate", "--provider", "sqlite", "--connection", $"Data Source={demo.Db}", "--kommune", "510",
         "--skaeringsdato", "2025-09-30", "--out", ud, "--format", format, .. ekstra];

    /// <summary>A templates folder holding one file.</summary>
    private string Skabelonmappe(string relativSti, string indhold)
    {
        var mappe = NyMappe("skabelon");
        var sti = Path.Combine(mappe, relativSti);
        Directory.CreateDirectory(Path.GetDirectoryName(sti)!);
        File.WriteAllText(sti, indhold);
        return mappe;
    }

    private static string EnLinje(int kode, string fejl, int forventetKode = 2)
    {
        Assert.True(kode == forventetKode, $"exit {kode}: {fejl}");
        var linjer = fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(linjer);
        Assert.DoesNotContain("intern fejl", fejl);
        Assert.DoesNotContain("   at ", fejl);
        return linjer[0];
    }

    public static TheoryData<string, string, string> DaarligeSkabeloner => new()
    {
        { "kommuner/510.json", """{ "navn": "x", """, "ugyldig JSON" },
        { "kommuner/510.json", """{"kontoplan":[{"funktion":"5.28.19","kategori":"drift","trin":3}]}""", "kategori 'drift' for 5.28.19" },
        { "kommuner/510.json", """{"kontoplan":[{"funktion":"5.28.19","kategori":"service"}]}""", "serviceregel for 5.28.19 skal have trin 2-6" },
        { "kommuner/510.json", """{"kontoplan":[{"kategori":"service","trin":3}]}""", "mangler funktion" },
        { "kommuner/510.json", """{"basisperioder":{"service":[2014, 2011]}}""", "basisperioder.service [2014, 2011]" },
        { "kommuner/510.json", """{"basisperioder":{"service":["2011", 2014]}}""", "basisperioder.service skal indeholde heltal" },
        { "kommuner/510.json", """{"referencekommuner":[615, "Aabenraa"]}""", "referencekommuner skal indeholde heltal" },
        { "kommuner/510.json", """{"navn": 510}""", "'navn' skal være en tekst" },
        { "kommuner/510.json", """{"branding":{"farver":{"primaer":"grøn"}}}""", "farver.primaer 'grøn' skal skrives #RRGGBB" },
        { "rapport/tekster.json", """{"afsnit": """, "tekster.json: ugyldig JSON (linje 1, tegn 12)" },
        { "rapport/tekster.json", """{"afsnit": {"resume": 5}}""", "'afsnit.resume' skal være en tekst" },
    };

    [Theory]
    [MemberData(nameof(DaarligeSkabeloner))]
    public void Fejl_i_kommunens_skabelonmappe_giver_en_linje_foer_databasen_laeses(string fil, string indhold, string forventet)
    {
        var ud = Path.Combine(demo.Mappe, "ud-" + Guid.NewGuid().ToString("N"));
        var (kode, _, fejl) = Koer(Generate(ud, "json", "--templates", Skabelonmappe(fil, indhold)));

        Assert.Contains(forventet, EnLinje(kode, fejl));
        Assert.False(Directory.Exists(ud) && Directory.EnumerateFiles(ud, "510-*").Any(), "ingen rapport ved skabelonfejl");
    }

    [Fact]
    public void Manglende_logo_og_skrifttype_giver_advarsel_og_en_rapport_med_standardvalg()
    {
        // Decision: the logo and font are cosmetic — the report is still correct without them —
        // so a missing file is one warning line per file and exit 0, not a stopped report.
        var mappe = Skabelonmappe("kommuner/510.json", """{"branding":{"logo":"logos/findes-ikke.png","skrifttype":"fonts/findes-ikke.ttf"}}""");
        var ud = NyMappe("advarsel");
        var (kode, stdout, fejl) = Koer(Generate(ud, "pdf,html", "--templates", mappe));

        Assert.True(kode == 0, fejl);
        var linjer = fejl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, linjer.Length);
        Assert.Contains(linjer, l => l.Contains("advarsel: logoet 'logos/findes-ikke.png' findes ikke") && l.Contains("uden logo"));
        Assert.Contains(linjer, l => l.Contains("advarsel: skrifttypen 'fonts/findes-ikke.ttf' findes ikke") && l.Contains("indbyggede skrifttype"));
        Assert.Contains("510-2025-09-30.pdf", stdout);
        Assert.True(new FileInfo(Path.Combine(ud, "510-2025-09-30.pdf")).Length > 10_000);
        Assert.DoesNotContain("<img class=\"logo\"", File.ReadAllText(Path.Combine(ud, "510-2025-09-30.html")));
    }

    [Fact]
    public void Et_logo_der_ikke_er_et_billede_giver_en_rapport_uden_logo()
    {
        // Before: Svg.Skia's XmlException surfaced as "intern fejl", exit 1, no PDF.
        var mappe = Skabelonmappe("logos/510.svg", "ikke et svg");
        Directory.CreateDirectory(Path.Combine(mappe, "kommuner"));
        File.WriteAllText(Path.Combine(mappe, "kommuner", "510.json"), """{"branding":{"logo":"logos/510.svg"}}""");
        var ud = NyMappe("svg");
        var (kode, _, fejl) = Koer(Generate(ud, "pdf", "--templates", mappe));

        Assert.True(kode == 0, fejl);
        Assert.True(File.Exists(Path.Combine(ud, "510-2025-09-30.pdf")));
    }

    [Fact]
    public void Egne_tekster_med_faa_noegler_falder_tilbage_paa_de_indbyggede()
    {
        var mappe = Skabelonmappe("rapport/tekster.json", """{"afsnit":{"resume":{"overskrift":"Kort fortalt"}}}""");
        var ud = NyMappe("tekster");
        var (kode, _, fejl) = Koer(Generate(ud, "html", "--templates", mappe));

        Assert.True(kode == 0, fejl);
        var html = File.ReadAllText(Path.Combine(ud, "510-2025-09-30.html"));
        Assert.Contains("Kort fortalt", html);
        Assert.DoesNotContain(">Resumé<", html);
        Assert.Contains("Forebyggende indsatser", html); // a key the kommune left out
    }

    [Fact]
    public void En_manglende_database_er_en_brugerfejl_ikke_en_intern_fejl()
    {
        // Before: "intern fejl: SQLite-databasen findes ikke", exit 1.
        var (kode, _, fejl) = Koer(
            "generate", "--provider", "sqlite", "--connection", "Data Source=/findes/ikke.db", "--kommune", "510",
            "--skaeringsdato", "2025-09-30", "--out", NyMappe("nodb"));
        Assert.Contains("SQLite-databasen findes ikke: /findes/ikke.db", EnLinje(kode, fejl));
    }

    [Fact]
    public void En_skrivebeskyttet_rapport_overskrives_ikke_og_intet_andet_skrives()
    {
        // Before: the rename silently replaced the read-only file (Linux), exit 0.
        var ud = NyMappe("ro");
        var json = Path.Combine(ud, "510-2025-09-30.json");
        File.WriteAllText(json, "gammel");
        File.SetAttributes(json, FileAttributes.ReadOnly);

        var (kode, _, fejl) = Koer(Generate(ud, "pdf,json"));

        Assert.Contains("filen er skrivebeskyttet", EnLinje(kode, fejl));
        Assert.Equal("gammel", File.ReadAllText(json));
        Assert.Equal(["510-2025-09-30.json"], Directory.GetFileSystemEntries(ud).Select(Path.GetFileName)); // no pdf, no temp file
    }

    [Fact]
    public void En_mappe_med_rapportens_navn_giver_en_linje_og_ingen_halv_leverance()
    {
        // Before: the json was written, then "intern fejl: Is a directory" for the workbook, exit 1.
        var ud = NyMappe("dir");
        Directory.CreateDirectory(Path.Combine(ud, "510-2025-09-30-sammenligning.xlsx"));

        var (kode, _, fejl) = Koer(Generate(ud, "json", "--sammenligning"));

        Assert.Contains("der ligger en mappe med det navn", EnLinje(kode, fejl));
        Assert.Equal(["510-2025-09-30-sammenligning.xlsx"], Directory.GetFileSystemEntries(ud).Select(Path.GetFileName));
    }

    public static TheoryData<string[], string> DaarligeTal => new()
    {
        { ["demo", "--kommuner", "0"], "--kommuner skal være 1–98" },
        { ["demo", "--skala", "-1"], "--skala skal være større end 0" },
        { ["demo", "--skala", "lidt"], "--skala skal være et tal, ikke 'lidt'" },
        { ["demo", "--out", "/proc/rapportering-kan-ikke-skrive-her"], "kan ikke skrive i mappen '/proc/rapportering-kan-ikke-skrive-her': stien findes ikke" },
        { ["bench", "--kommuner", "999"], "--kommuner skal være 1–98" },
    };

    [Theory]
    [MemberData(nameof(DaarligeTal))]
    public void Demo_og_bench_afviser_umulige_tal_med_en_linje(string[] args, string forventet)
    {
        // Before: demo --kommuner 0 / --skala -1 were "intern fejl" (exit 1); --skala lidt silently used 1.
        var ud = Path.Combine(demo.Mappe, "demo-" + Guid.NewGuid().ToString("N"));
        var alle = args.Contains("--out") ? args : [.. args, "--out", ud];
        var (kode, _, fejl) = Koer(alle);

        Assert.Contains(forventet, EnLinje(kode, fejl));
        Assert.False(File.Exists(Path.Combine(ud, "demo.db")), "ingen database ved fejl");
    }
}
