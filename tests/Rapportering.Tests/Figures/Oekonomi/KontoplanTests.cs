using Rapportering.Figures.Oekonomi;
using Rapportering.Templates;

namespace Rapportering.Tests.Figures.Oekonomi;

public class KontoplanTests
{
    private static KontoplanRegel Regel(string funktion, string? gruppering, int? trin, int? fra = null, int? til = null, string kategori = "service") =>
        new(funktion, gruppering, fra, til, kategori, trin);

    private static readonly KontoplanRegel[] Standard =
    [
        Regel("5.28.21", null, 3),
        Regel("5.28.22", null, 5),
        Regel("6.45.51", null, null, kategori: "administration"),
    ];

    [Fact]
    public void Regel_med_gruppering_slaar_regel_uden_gruppering()
    {
        var plan = new Kontoplan(Standard, [Regel("5.28.22", "002", 4)]);

        Assert.Equal(4, plan.Find("5.28.22", "002", 2016)?.Trin);
        Assert.Equal(5, plan.Find("5.28.22", "001", 2016)?.Trin); // another grouping: the funktion rule
        Assert.Equal(5, plan.Find("5.28.22", null, 2016)?.Trin);
    }

    [Fact]
    public void Kommunens_regel_slaar_standardreglen()
    {
        var plan = new Kontoplan(Standard, [Regel("5.28.21", null, 2)]);

        Assert.Equal(2, plan.Find("5.28.21", null, 2016)?.Trin);
    }

    [Fact]
    public void Gruppering_vejer_tungere_end_kommunelaget()
    {
        // Default rule with gruppering vs. kommune rule without: the gruppering is more specific.
        var plan = new Kontoplan([.. Standard, Regel("5.28.22", "002", 4)], [Regel("5.28.22", null, 6)]);

        Assert.Equal(4, plan.Find("5.28.22", "002", 2016)?.Trin);
        Assert.Equal(6, plan.Find("5.28.22", "009", 2016)?.Trin);
    }

    [Fact]
    public void Aarsspaend_begraenser_reglen_og_er_inklusive()
    {
        var plan = new Kontoplan(Standard, [Regel("5.28.21", "003", 2, fra: 2015, til: 2017)]);

        Assert.Equal(3, plan.Find("5.28.21", "003", 2014)?.Trin); // before fra_aar: default rule
        Assert.Equal(2, plan.Find("5.28.21", "003", 2015)?.Trin); // fra_aar inclusive
        Assert.Equal(2, plan.Find("5.28.21", "003", 2017)?.Trin); // til_aar inclusive
        Assert.Equal(3, plan.Find("5.28.21", "003", 2018)?.Trin);
    }

    [Fact]
    public void Konflikt_smallere_aarsspaend_vinder_derefter_senere_regel()
    {
        var plan = new Kontoplan(Standard,
        [
            Regel("5.28.22", "002", 4, fra: 2015, til: 2017),
            Regel("5.28.22", "002", 6),               // open range: less specific than 2015-2017
            Regel("5.28.22", "002", 5, fra: 2016, til: 2016), // narrowest
        ]);

        Assert.Equal(4, plan.Find("5.28.22", "002", 2015)?.Trin);
        Assert.Equal(5, plan.Find("5.28.22", "002", 2016)?.Trin);
        Assert.Equal(6, plan.Find("5.28.22", "002", 2018)?.Trin);

        // Equally specific in every way: the later rule in the file wins.
        var lige = new Kontoplan(Standard, [Regel("5.28.20", null, 6), Regel("5.28.20", null, 5)]);
        Assert.Equal(5, lige.Find("5.28.20", null, 2016)?.Trin);
    }

    [Fact]
    public void Ukendt_funktion_giver_ingen_regel()
    {
        var plan = new Kontoplan(Standard, []);

        Assert.Null(plan.Find("5.28.19", null, 2016));
        Assert.Equal("administration", plan.Find(" 6.45.51 ", " ", 2016)?.Kategori); // spaces and blank gruppering tolerated
    }
}
