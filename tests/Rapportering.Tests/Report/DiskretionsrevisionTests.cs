using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;
using Rapportering.Input;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Templates;
using Rapportering.Tests.Infrastructure;
using Rapportering.Tests.Figures.Noegletal;
using Xunit.Abstractions;

using Rapportering.Tests.Figures;

namespace Rapportering.Tests.Report;

/// <summary>The demo's six kommuner: their JSON exports as the pipeline writes them, and the rows before suppression.</summary>
public sealed class SeksDemokommuner : IDisposable
{
    public static readonly int[] Koder = [510, 657, 167, 615, 661, 169];
    public static readonly Skaeringsdato Dato = Skaeringsdato.Parse("2025-09-30");

    private readonly string _mappe = Directory.CreateTempSubdirectory("rap-revision-").FullName;

    public IReadOnlyList<(KommuneInput Input, FigurEksport Eksport, IReadOnlyList<Observation> Sande)> Kommuner { get; }

    public SeksDemokommuner()
    {
        var db = DemoUdtraek.OpretDemoDb(_mappe, Koder);
        var laeser = new ViewReader(Provider.Sqlite, $"Data Source={db};Pooling=False");
        Kommuner = Koder.Select(k =>
        {
            var input = laeser.LaesKommuneAsync(k).GetAwaiter().GetResult();
            var json = new RapportPipeline().Byg(input, Dato, Skabeloner.Standard(), new HashSet<Format> { Format.Json }).Filer[Format.Json];
            using var ms = new MemoryStream(json);
            var (sande, _) = NoegletalBeregner.BeregnUundertrykt(input, Dato);
            return (input, JsonEksportRenderer.Laes(ms), sande);
        }).ToList();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_mappe, recursive: true);
    }
}

/// <summary>
/// Issue 14's audit over real outputs: for the demo's six kommuner, every figure and period of the
/// JSON export, every relation the catalog declares recomputed from the published cells; no count
/// of 1–4 can be derived. With the hjemmebaserede rule switched off the same audit finds the leak.
/// </summary>
public sealed class DiskretionsrevisionTests(SeksDemokommuner demo, ITestOutputHelper output) : IClassFixture<SeksDemokommuner>
{
    [Fact]
    public void Ingen_taelling_paa_1_til_4_kan_regnes_ud_af_de_publicerede_tal()
    {
        var r = new Revisionsresultat();
        foreach (var (_, eksport, sande) in demo.Kommuner)
        {
            Diskretionsrevision.Revider(eksport, sande, r);
            // The wire format: a suppressed row has null vaerdi and taeller.
            Assert.All(eksport.Observationer.Where(o => o.Undertrykt), o => { Assert.Null(o.Vaerdi); Assert.Null(o.Taeller); });
        }
        output.WriteLine($"{demo.Kommuner.Count} kommuner, {r.Perioder} perioder, {r.Relationer} relationer, {r.Celler} tællinger " +
            $"({r.SkjulteCeller} ikke kendte), {r.FraVaerdi} regnet ud af en værdi; {r.Laek.Count} læk");

        Assert.Empty(r.Laek.Select(l => l.ToString()));
        Assert.Empty(r.Middelvaerdier);
        Assert.True(r.SkjulteCeller > 100, "for få skjulte tællinger til at revisionen beviser noget");
        Assert.Equal(6, demo.Kommuner.Count);
    }

    [Fact]
    public void Uden_reglen_for_hjemmebaserede_finder_revisionen_laekket()
    {
        var r = new Revisionsresultat();
        foreach (var (_, eksport, sande) in demo.Kommuner)
        {
            // The same export, with the key figures suppressed as before issue 14, through the JSON wire format.
            var foer = Undertrykkelse.Anvend(sande, HjemmebaseredeUndertrykkelseTests.UdenHjemmebaserede, Katalog.Faelles);
            var andre = eksport.Observationer.Where(o => !sande.Any(s => s.Noegletal == o.Noegletal));
            using var ms = new MemoryStream(JsonEksportRenderer.Render(eksport with { Observationer = [.. foer, .. andre] }));
            Diskretionsrevision.Revider(JsonEksportRenderer.Laes(ms), sande, r);
        }
        foreach (var l in r.Laek.Take(10)) output.WriteLine(l.ToString());
        output.WriteLine($"{r.Laek.Count} læk uden reglen");

        Assert.NotEmpty(r.Laek);
        Assert.All(r.Laek, l => Assert.StartsWith(Katalog.HjemmebaseredePr1000.Id + "/", l.Celle));
    }

    [Fact]
    public void Revisionen_ser_laekket_22_minus_5_6_og_8()
    {
        // The audit itself, on the case: 22 shown with 5, 6 and 8 gives the hidden type 3 exactly.
        const string p = "2017-09-30";
        var f = Katalog.HjemmebaseredePr1000.Id;
        Observation O(string? o, int t) => new(f.Kode, o, p, t, t, 1000m);
        IReadOnlyList<Observation> sande = [O(null, 22), O(Indsatstyper.ForebyggendeForanstaltning, 5), O(Indsatstyper.DoegnopholdFamilie, 6),
            O(Indsatstyper.HjemmebaseretAnbringelse, 3), O(Indsatstyper.ForaeldrerettetUnderAnbringelse, 8)];
        FigurEksport Eksport(IReadOnlyList<Observation> obs) => new(101, p, 2017, obs, []);

        var foer = Diskretionsrevision.Revider(Eksport(Undertrykkelse.Anvend(sande, HjemmebaseredeUndertrykkelseTests.UdenHjemmebaserede)), sande);
        var laek = Assert.Single(foer.Laek);
        // At least 22 − 5 − 6 − 8 = 3 (the true count); at most 22, as persons may hold two types.
        Assert.Equal((3L, 3L, 22L), (laek.Sand, laek.Fra, laek.Til));

        var nu = Diskretionsrevision.Revider(Eksport(Undertrykkelse.Anvend(sande)), sande);
        Assert.Empty(nu.Laek);
    }

    [Fact]
    public void Revisionen_regner_antal_ud_af_rate_gange_naevner()
    {
        // A suppressed row that kept its rate: 3,0 pr. 1.000 of 1.000 is 3 persons again.
        const string p = "2017-09-30";
        IReadOnlyList<Observation> sande = [new(Katalog.AnbragtePr1000.Id.Kode, null, p, 3m, 3m, 1000m)];
        var r = Diskretionsrevision.Revider(new FigurEksport(101, p, 2017, [new(Katalog.AnbragtePr1000.Id.Kode, null, p, 3m, null, 1000m, Undertrykt: true)], []), sande);
        Assert.Equal(1, r.FraVaerdi);
        Assert.Equal(3L, Assert.Single(r.Laek).Fra);
    }
}
