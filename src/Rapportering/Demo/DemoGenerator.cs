using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>
/// Builds the synthetic rows. Each kommune draws from its own seeded Random, so a kommune's
/// rows do not depend on which other kommuner are in the set (only the person-id
/// de-duplication is shared).
/// </summary>
public static class DemoGenerator
{
    public static DemoData Generer(DemoOptions o)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(o.Skala, 0, nameof(o.Skala));
        var ud = new DemoData();
        var ider = new PersonIder();
        var koder = o.ValgteKommuner();
        PlIndeksRaekker(o, ud);
        for (var n = 0; n < koder.Count; n++)
        {
            var rng = new Random(unchecked(o.Seed * 7_919 + koder[n] * 104_729));
            var k = KommuneProfil.Lav(koder[n], o.Skala, rng);
            ud.KommuneListe.Add(new Kommune(k.Kode, k.Navn));
            BefolkningGenerator.Generer(k, o.DataPr, rng, ud);
            new IndsatsGenerator(k, o.DataPr, rng, ud, ider).Generer();
            RegnskabGenerator.Generer(k, o.DataPr, rng, ud);
            SkoletrivselGenerator.Generer(k, o.DataPr, rng, ud);
            FejlRaekker.Tilfoej(k, o.DataPr, rng, ud, ider, medUndertrykkelse: n == koder.Count - 1);
            if (n == 0) RegnskabGenerator.UkendtFunktion(k, o.DataPr, ud);
        }
        return ud;
    }

    /// <summary>National PL index: 2011 = 100, rising 1.5–2.5 % a year.</summary>
    private static void PlIndeksRaekker(DemoOptions o, DemoData ud)
    {
        var rng = new Random(o.Seed);
        var indeks = 100.0;
        for (var aar = 2011; aar <= o.DataPr.Year; aar++)
        {
            ud.PlIndeksListe.Add(new PlIndeks(aar, (decimal)Math.Round(indeks, 1)));
            indeks *= 1.015 + rng.NextDouble() * 0.01;
        }
    }
}
