using Rapportering.Domain;
using Rapportering.Input;

namespace Rapportering.Tests.Jobs;

/// <summary>Hand-made input for the completeness rules (the batch tests use the demo database).</summary>
internal static class InputFabrik
{
    /// <summary>Population on the cut date, one measure started after the previous cut date,
    /// final accounts and PL index 2011 up to the cut date's year.</summary>
    public static KommuneInput Komplet(int kode, Skaeringsdato d, bool udenBefolkningOgRegnskab2016 = false)
    {
        var aar = Enumerable.Range(2011, d.Dato.Year - 2011 + 1).ToList();
        return new KommuneInput(
            new Kommune(kode, $"Testkommune {kode}"),
            udenBefolkningOgRegnskab2016 ? [] : Enumerable.Range(0, 18).Select(a => new Befolkning(kode, d.Dato.AddMonths(-1), a, 500)).ToList(),
            [new Person("p1", new DateOnly(2010, 1, 1))],
            [new Indsats("i1", "p1", kode, "forebyggende", null, "myndighed", d.Forrige().Dato.AddDays(10), null)],
            [],
            aar.Where(a => !(udenBefolkningOgRegnskab2016 && a == 2016))
               .Select(a => new RegnskabsPost(kode, a, "regnskab", "5.28.21", null, 1, 100m)).ToList(),
            aar.Select(a => new PlIndeks(a, 100m + a - 2011)).ToList(),
            [],
            new HashSet<int> { kode });
    }
}
