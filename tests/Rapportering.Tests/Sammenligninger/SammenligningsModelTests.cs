using Rapportering.Figures;
using Rapportering.Offentlige;
using Rapportering.Sammenligninger;
using Rapportering.Templates;
using Rapportering.Tests.Report;

namespace Rapportering.Tests.Sammenligninger;

/// <summary>
/// The one comparison model over the demo's six JSON exports: its average is Σ tællere / Σ nævnere
/// of the published cells, worked out here independently, and is a function of the published
/// cells only — putting the true numbers back behind every suppressed cell changes no average.
/// </summary>
public sealed class SammenligningsModelTests(SeksDemokommuner demo) : IClassFixture<SeksDemokommuner>
{
    private SammenligningsModel Model(Func<FigurEksport, IReadOnlyList<Observation>, FigurEksport>? aendr = null) =>
        new(demo.Kommuner.Select(k => new SammenligningKommune(aendr is null ? k.Eksport : aendr(k.Eksport, k.Sande), $"K{k.Eksport.Kommune}")).ToList(),
            510, [657, 167], DateTimeOffset.UnixEpoch) { Tekster = RapportTekster.Indbyggede() };

    [Fact]
    public void Gennemsnittet_er_sum_over_sum_af_de_publicerede_celler()
    {
        var model = Model();
        var celler = demo.Kommuner.SelectMany(k => k.Eksport.Observationer).GroupBy(o => (o.Noegletal, o.Opdeling, o.Periode)).ToList();
        var vaegtede = 0;
        foreach (var g in celler)
        {
            var figur = Katalog.Hent(g.Key.Noegletal);
            var synlige = g.Where(o => !o.Undertrykt && o.Taeller is not null && o.Naevner is > 0).ToList();
            var faktor = figur.Enhed == Enhed.Pr1000 ? 1000m : figur.Enhed == Enhed.Pct ? 100m : (decimal?)null;
            var gennemsnit = model.Gennemsnit(g.Key.Noegletal, g.Key.Opdeling, g.Key.Periode);
            if (faktor is null || synlige.Count == 0) continue;
            Assert.NotNull(gennemsnit);
            Assert.True(gennemsnit!.Vaegtet);
            Assert.Equal(synlige.Count, gennemsnit.AntalKommuner);
            Assert.Equal(synlige.Sum(o => o.Taeller!.Value) * faktor.Value / synlige.Sum(o => o.Naevner!.Value), gennemsnit.Vaerdi, 10);
            vaegtede++;
        }
        Assert.True(vaegtede > 100, $"kun {vaegtede} vægtede gennemsnit");
        // The demo has suppressed cells, so the check above has excluded some.
        Assert.Contains(demo.Kommuner.SelectMany(k => k.Eksport.Observationer), o => o.Undertrykt);
    }

    [Fact]
    public void Et_undertrykt_tal_kan_ikke_aflaeses_af_gennemsnittet()
    {
        // Behind every suppressed cell, its true tæller, nævner and value (still marked suppressed):
        // an average that used any hidden number would change.
        var medSande = Model((e, sande) =>
        {
            var sand = sande.GroupBy(o => (o.Noegletal, o.Opdeling, o.Periode)).ToDictionary(g => g.Key, g => g.First());
            return e with
            {
                Observationer = e.Observationer.Select(o => o.Undertrykt && sand.TryGetValue((o.Noegletal, o.Opdeling, o.Periode), out var s)
                    ? s with { Undertrykt = true } : o).ToList(),
            };
        });
        var model = Model();
        var undertrykte = demo.Kommuner.SelectMany(k => k.Eksport.Observationer).Where(o => o.Undertrykt).Select(o => (o.Noegletal, o.Opdeling, o.Periode)).Distinct().ToList();
        Assert.NotEmpty(undertrykte);
        var forskellige = medSande.Kommuner.SelectMany(k => k.Eksport.Observationer).Where(o => o.Undertrykt && o.Taeller is not null).Count();
        Assert.True(forskellige > 0, "testen skal faktisk lægge skjulte tal bag de undertrykte celler");
        foreach (var (n, o, p) in undertrykte)
            Assert.Equal(model.Gennemsnit(n, o, p), medSande.Gennemsnit(n, o, p));
    }

    [Fact]
    public void Offentlige_tal_viser_ikke_oplyst_og_hele_landet_som_sum_over_sum_af_de_kendte()
    {
        var skabelon = OffentligeTalSkabelon.Laes(Skabeloner.Standard());
        IEnumerable<OffentligtTal> Bef(int k, decimal pr) => Enumerable.Range(0, 18).Select(a => new OffentligtTal("FOLK1A", "befolkning", k, "2018K1", $"{a}", pr, false));
        List<OffentligtTal> tal =
        [
            .. Bef(510, 600), .. Bef(657, 500), .. Bef(167, 500),
            new("ANBAAR9", "anbragte_efter_alder", 510, "2017", "9917", 108, false),
            new("ANBAAR9", "anbragte_efter_alder", 657, "2017", "9917", 45, false),
            new("ANBAAR9", "anbragte_efter_alder", 167, "2017", "9917", null, true),
        ];
        var afledte = AfledteTal.Beregn(tal, skabelon, null).Tal;
        var t = RapportTekster.Indbyggede();
        var o = Assert.Single(OffentligSammenligning.Byg(afledte, 510, [167], k => $"K{k}", "Hele landet"));
        Assert.Equal(AfledteTal.AnbragtePr1000, o.Figur);
        Assert.Equal([2017], o.Aar);
        Assert.Equal(["K510", "K167", "Hele landet"], o.Raekker.Select(r => r.Navn));
        // 108 / 10.800 × 1.000 = 10,0; 167 is '..': "ikke oplyst", never 0.
        Assert.Equal("10,0", o.Tekst(o.Raekker[0].Celler[0], t));
        Assert.Equal("ikke oplyst", o.Tekst(o.Raekker[1].Celler[0], t));
        // Hele landet over the known parts only: (108 + 45) / (10.800 + 9.000) × 1.000 = 7,727… → "7,7";
        // with 167 left out, no subtraction recovers its hidden count.
        Assert.Equal(153m * 1000m / 19800m, o.Raekker[2].Celler[0].Vaerdi!.Value, 10);
        Assert.Equal("7,7", o.Tekst(o.Raekker[2].Celler[0], t));
        Assert.Contains("Anbringelsesstatistikken", o.Note);
        Assert.Contains("funktionsnedsættelse", o.Note);
    }

    [Fact]
    public void Referencekommuner_fra_skabelonen_og_faelles_sammenligningsgrupper()
    {
        var skabelon = Skabeloner.Standard().Kommune(510) with { Referencekommuner = [615, 661] };
        var grupper = new Sammenligningsgrupper("test", [new("g1", "Gruppe 1", [510, 540, 615]), new("g2", "Gruppe 2", [657, 661]), new("g3", "Gruppe 3", [550, 510])]);
        Assert.Equal([615, 661, 540, 550], grupper.Referencekommuner(skabelon));
        Assert.Equal([615, 661], Sammenligningsgrupper.Ingen.Referencekommuner(skabelon));
    }
}
