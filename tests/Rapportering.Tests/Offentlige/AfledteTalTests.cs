using Rapportering.Offentlige;
using Rapportering.Templates;

namespace Rapportering.Tests.Offentlige;

/// <summary>Hand-worked Σ tællere / Σ nævnere over small sets of public figures.</summary>
public sealed class AfledteTalTests
{
    private static readonly OffentligeTalSkabelon Skabelon = OffentligeTalSkabelon.Laes(Skabeloner.Standard());

    private static IEnumerable<OffentligtTal> Befolkning(int kommune, string periode, decimal pr_alder, int? undertrykt = null) =>
        Enumerable.Range(0, 18).Select(a => a == undertrykt
            ? new OffentligtTal("FOLK1A", "befolkning", kommune, periode, $"{a}", null, true)
            : new OffentligtTal("FOLK1A", "befolkning", kommune, periode, $"{a}", pr_alder, false));

    private static OffentligtTal Anbragte(int kommune, decimal? antal) => new("ANBAAR9", "anbragte_efter_alder", kommune, "2017", "9917", antal, antal is null);

    private static OffentligtTal Sted(int kommune, string kode, decimal? antal) => new("ANBAAR12", "anbragte_efter_sted", kommune, "2017", kode, antal, antal is null);

    private static List<OffentligtTal> Tal() =>
    [
        // 0-17-årige on 1 January 2018: 510 Haderslev 10.800, 561 Esbjerg 18.000 (both Region Syddanmark),
        // 657 Herning 9.000 (Region Midtjylland), 167 Hvidovre with one age suppressed.
        .. Befolkning(510, "2018K1", 600), .. Befolkning(561, "2018K1", 1000), .. Befolkning(657, "2018K1", 500), .. Befolkning(167, "2018K1", 500, undertrykt: 5),
        .. Befolkning(510, "2017K1", 600),
        Anbragte(510, 108), Anbragte(561, 90), Anbragte(657, 45), Anbragte(167, 50),
        Sted(510, "0", 100), Sted(510, "1", 10), Sted(510, "21", 50), Sted(510, "22", 10), Sted(510, "9", 20), Sted(510, "27", 5), Sted(510, "6", 5),
        Sted(561, "0", 50), Sted(561, "1", null), Sted(561, "21", 30), Sted(561, "9", 10), Sted(561, "27", 5), Sted(561, "6", 5),
        new("REGK31", "regnskab_1000kr", 510, "2017", "5.28.20|1", 1000, false),
        new("REGK31", "regnskab_1000kr", 510, "2017", "5.28.20|2", -100, false),
        new("REGK31", "regnskab_1000kr", 510, "2017", "5.28.22|1", 2000, false),
    ];

    private static AfledtTal Find(AfledtResultat r, string figur, Niveau niveau, int omraade, string? opdeling = null) =>
        Assert.Single(r.Tal, t => t.Figur == figur && t.Niveau == niveau && t.Omraade == omraade && t.Opdeling == opdeling && t.Aar == 2017);

    [Fact]
    public void Anbragte_pr_1000_er_sum_over_sum_og_ikke_oplyst_er_null()
    {
        var r = AfledteTal.Beregn(Tal(), Skabelon, new Dictionary<int, decimal> { [2017] = 100m, [2018] = 105m }, prisaar: 2018);
        const string f = AfledteTal.AnbragtePr1000;
        Assert.Equal(10m, Find(r, f, Niveau.Kommune, 510).Vaerdi);   // 108 × 1000 / 10.800
        Assert.Equal(5m, Find(r, f, Niveau.Kommune, 561).Vaerdi);    // 90 × 1000 / 18.000
        Assert.Null(Find(r, f, Niveau.Kommune, 167).Vaerdi);        // a '..' age: ikke oplyst, never 0
        // Region Syddanmark: (108 + 90) × 1000 / (10.800 + 18.000) = 6,875 — not the mean of 10 and 5.
        var syd = Find(r, f, Niveau.Region, 83);
        Assert.Equal((198m, 28800m, 6.875m), (syd.Taeller!.Value, syd.Naevner!.Value, syd.Vaerdi!.Value));
        Assert.Equal(5m, Find(r, f, Niveau.Region, 82).Vaerdi);
        Assert.DoesNotContain(r.Tal, t => t.Figur == f && t.Niveau == Niveau.Region && t.Omraade == 84); // Hvidovre alone, left out
        // Hele landet: (108 + 90 + 45) × 1000 / 37.800; Hvidovre left out of both sums, with a finding.
        var land = Find(r, f, Niveau.HeleLandet, 0);
        Assert.Equal((243m, 37800m), (land.Taeller!.Value, land.Naevner!.Value));
        Assert.Equal(6.4286m, Math.Round(land.Vaerdi!.Value, 4));
        Assert.Contains(r.Fund, x => x.Regel == "ikke_oplyst_udeladt_af_sum" && x.Kilde == f && x.Beskrivelse.Contains("kommune 167", StringComparison.Ordinal));
        Assert.StartsWith("Kilde: Anbringelsesstatistikken (Danmarks Statistik)", land.Kilde, StringComparison.Ordinal);
        Assert.Contains("funktionsnedsættelse og uledsagede mindreårige", land.Forbehold, StringComparison.Ordinal);
    }

    [Fact]
    public void Anbringelsesformer_er_andele_af_i_alt()
    {
        var r = AfledteTal.Beregn(Tal(), Skabelon, null);
        const string f = AfledteTal.Anbringelsesformer;
        Assert.Equal(10m, Find(r, f, Niveau.Kommune, 510, "netvaerkspleje").Vaerdi);
        Assert.Equal(60m, Find(r, f, Niveau.Kommune, 510, "familiepleje").Vaerdi);   // (50 + 10) / 100
        Assert.Equal(25m, Find(r, f, Niveau.Kommune, 510, "institution").Vaerdi);    // (20 + 5) / 100
        Assert.Equal(5m, Find(r, f, Niveau.Kommune, 510, "oevrige").Vaerdi);
        Assert.Null(Find(r, f, Niveau.Kommune, 561, "netvaerkspleje").Vaerdi);
        Assert.Equal(60m, Find(r, f, Niveau.Region, 83, "familiepleje").Vaerdi);     // (60 + 30) / (100 + 50)
        Assert.Equal(10m, Find(r, f, Niveau.Region, 83, "netvaerkspleje").Vaerdi);   // 561's '..' left out: 10 / 100
        Assert.Contains(r.Fund, x => x.Kilde == f && x.Regel == "ikke_oplyst_udeladt_af_sum" && x.Beskrivelse.Contains("561 2017 netvaerkspleje", StringComparison.Ordinal));
    }

    [Fact]
    public void Nettoudgift_pr_0_17_aarig_i_faste_priser()
    {
        var r = AfledteTal.Beregn(Tal(), Skabelon, new Dictionary<int, decimal> { [2017] = 100m, [2018] = 105m }, prisaar: 2018);
        var k = Find(r, AfledteTal.NettoudgiftPr017, Niveau.Kommune, 510);
        // (1000 − 100 + 2000) × 105 / 100 = 3.045 (1000 kr., 2018-priser); × 1000 / 10.800 (1 January 2017).
        Assert.Equal(3045m, k.Taeller);
        Assert.Equal(10800m, k.Naevner);
        Assert.Equal(281.94m, Math.Round(k.Vaerdi!.Value, 2));
    }

    [Fact]
    public void Uden_PL_indeks_udelades_udgiften_med_et_fund()
    {
        var r = AfledteTal.Beregn(Tal(), Skabelon, null);
        Assert.DoesNotContain(r.Tal, t => t.Figur == AfledteTal.NettoudgiftPr017);
        Assert.Contains(r.Fund, x => x.Regel == "pl_indeks_mangler");
        var ogsaaUdenAaret = AfledteTal.Beregn(Tal(), Skabelon, new Dictionary<int, decimal> { [2018] = 105m }, prisaar: 2018);
        Assert.DoesNotContain(ogsaaUdenAaret.Tal, t => t.Figur == AfledteTal.NettoudgiftPr017);
        Assert.Contains(ogsaaUdenAaret.Fund, x => x.Regel == "pl_indeks_mangler" && x.Beskrivelse.Contains("2017", StringComparison.Ordinal));
    }

    [Fact]
    public void Rene_modeller_laver_ingen_IO()
    {
        // The models are in the model project; the CSV parser and the file sorting stay with the readers, pure too.
        var model = Path.Combine(FindRod(), "src", "Rapportering.Model", "Offentlige");
        var kerne = Path.Combine(FindRod(), "src", "Rapportering", "Offentlige");
        var forbudt = new System.Text.RegularExpressions.Regex(@"using (Dapper|Microsoft\.Data|Npgsql|System\.Data)\b|\bFile\.|\bDirectory\.|DateTime\.(Now|UtcNow|Today)|Console\.");
        foreach (var fil in new[] { Path.Combine(model, "AfledteTal.cs"), Path.Combine(kerne, "Indlaesning.cs"), Path.Combine(kerne, "StatistikbankCsv.cs"),
                     Path.Combine(model, "KommuneOpslag.cs"), Path.Combine(model, "OffentligtTal.cs"), Path.Combine(model, "AfledtTal.cs") })
            Assert.False(forbudt.IsMatch(File.ReadAllText(fil)), fil);
    }

    private static string FindRod()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Rapportering.sln"))) return d.FullName;
        throw new InvalidOperationException("fandt ikke Rapportering.sln");
    }
}
