using System.Diagnostics;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;
using Rapportering.Input;
using Xunit.Abstractions;

namespace Rapportering.Tests.Figures.Noegletal;

/// <summary>
/// A synthetic kommune (~15.000 0-17-årige, 1.500 persons with measures, seeded) for the timing
/// note and for invariants that must hold on any data. The time is written to the test output,
/// not asserted: the machine is shared.
/// </summary>
public class SyntetiskKommuneTests(ITestOutputHelper output)
{
    private static readonly Skaeringsdato Til = Skaeringsdato.Parse("2019-09-30");

    internal static KommuneInput Syntetisk(int seed = 42, int personer = 1500)
    {
        var rnd = new Random(seed);
        var befolkning = new List<Befolkning>();
        for (var d = new DateOnly(2010, 3, 31); d <= new DateOnly(2019, 12, 31); d = d.AddDays(1).AddMonths(3).AddDays(-1))
            for (var alder = 0; alder <= 17; alder++) befolkning.Add(new Befolkning(101, d, alder, 800 + rnd.Next(80)));

        var typer = Indsatstyper.Alle.ToArray();
        var personListe = new List<Person>();
        var indsatser = new List<Indsats>();
        var undersoegelser = new List<Undersoegelse>();
        var start0 = new DateOnly(2012, 1, 1);
        for (var p = 0; p < personer; p++)
        {
            var id = $"syn-{p}";
            var foedt = new DateOnly(2000, 1, 1).AddDays(rnd.Next(18 * 365));
            personListe.Add(new Person(id, foedt));
            for (var m = rnd.Next(1, 5); m > 0; m--)
            {
                var start = start0.AddDays(rnd.Next(2830));
                if (start < foedt) start = foedt;
                DateOnly? slut = rnd.NextDouble() < 0.3 ? null : start.AddDays(30 + rnd.Next(1500));
                indsatser.Add(new Indsats($"i-{indsatser.Count}", id, 101, typer[rnd.Next(typer.Length)], "SEL",
                    rnd.NextDouble() < 0.8 ? "myndighed" : "andet", start, slut));
            }
            if (rnd.NextDouble() < 0.4) undersoegelser.Add(new Undersoegelse(id, 101, start0.AddDays(rnd.Next(2830))));
        }
        return new KommuneInput(new Kommune(101, "Syntetisk"), befolkning, personListe, indsatser, undersoegelser,
            [], [], [], new HashSet<int> { 101 });
    }

    [Fact]
    public void Fuld_serie_for_syntetisk_kommune_maales_og_er_deterministisk()
    {
        var input = Syntetisk();
        var ur = Stopwatch.StartNew();
        var (foerste, _) = NoegletalBeregner.Beregn(input, Til);
        var koldt = ur.Elapsed;
        ur.Restart();
        const int gange = 5;
        (IReadOnlyList<Observation> Observationer, IReadOnlyList<DatakvalitetFund> Fund) igen = default;
        for (var i = 0; i < gange; i++) igen = NoegletalBeregner.Beregn(input, Til);
        var varmt = ur.Elapsed / gange;

        var serie = Til.SerieFra(input.Indsatser.Min(i => i.Startdato));
        output.WriteLine($"Syntetisk kommune: {input.Befolkning.Where(b => b.Dato == new DateOnly(2019, 6, 30)).Sum(b => b.Antal)} 0-17-årige, " +
            $"{input.Personer.Count} personer, {input.Indsatser.Count} indsatser, {serie.Count} skæringsdatoer, {foerste.Count} rækker: " +
            $"første kørsel {koldt.TotalMilliseconds:F1} ms, derefter {varmt.TotalMilliseconds:F1} ms pr. kørsel");

        ur.Restart();
        var renset = Rapportering.Figures.Datakvalitet.RegistreringsKontrol.Rens(input, Til);
        var rens = ur.Elapsed;
        ur.Restart();
        var (raa, _) = NoegletalBeregner.BeregnUundertrykt(input, Til);
        var beregn = ur.Elapsed;
        ur.Restart();
        Undertrykkelse.Anvend(raa);
        output.WriteLine($"  heraf kontrol {rens.TotalMilliseconds:F1} ms; kontrol + optælling {beregn.TotalMilliseconds:F1} ms; undertrykkelse {ur.Elapsed.TotalMilliseconds:F1} ms");

        // 17 rows a cut date, less bevægelser (3 rows) on the first three and ophørte (3) on the first
        Assert.Equal(serie.Count * 17 - 3 * 3 - 3, foerste.Count);
        Assert.Equal(foerste, igen.Observationer);
        Assert.Contains(foerste, o => o.Noegletal == Katalog.AnbragtePr1000.Id && o.Vaerdi > 0);
    }

    [Fact]
    public void Ingen_undertrykt_del_kan_regnes_ud_af_de_viste_tal()
    {
        var (obs, _) = NoegletalBeregner.Beregn(Syntetisk(seed: 7, personer: 300), Til);

        foreach (var id in new[] { Katalog.Anbringelsesformer.Id, Katalog.BevaegelserFraHjemmebaserede.Id })
            foreach (var g in obs.Where(o => o.Noegletal == id).GroupBy(o => o.Periode.ToString()))
            {
                // exhaustive groups: never exactly one hidden part next to a published naevner
                var skjulte = g.Count(o => o.Undertrykt);
                Assert.True(skjulte != 1 || g.All(o => o.Naevner is null), $"{id} {g.Key}: én skjult del kan regnes ud");
                if (skjulte == 0 && g.First().Naevner > 0) Assert.Equal(g.First().Naevner, g.Sum(o => o.Taeller));
            }
        foreach (var o in obs.Where(o => !o.Undertrykt))
            Assert.False(o.Taeller is >= 1 and <= 4, $"{o.Noegletal} {o.Opdeling} {o.Periode}: {o.Taeller} vist");
    }
}
