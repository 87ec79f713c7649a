using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>
/// Accounts for the children's area, 2011 to DataPr's year, in 1000 kr. (current prices).
/// Closed years are 'regnskab', DataPr's year is 'forventet'. Spending shifts towards
/// 5.28.21 (and its § 11.3/§ 30 grouping "003") and network foster care as the kommune moves
/// down the trappe. Dranst 2 (statsrefusion) is small and negative.
/// </summary>
internal static class RegnskabGenerator
{
    public static void Generer(KommuneProfil k, DateOnly dataPr, Random rng, DemoData ud)
    {
        // Ungrouped rows are null in odd-coded kommuner, "001" in even ones: both occur in practice.
        var ugrupperet = k.Kode % 2 == 0 ? "001" : null;
        for (var aar = 2011; aar <= dataPr.Year; aar++)
        {
            var type = aar < dataPr.Year ? "regnskab" : "forventet";
            var s = k.Omlaegning(new DateOnly(aar, 7, 1));
            var total = k.Boern * 14.0 * Math.Pow(1.02, aar - 2011) * (1 + (rng.NextDouble() - 0.5) * 0.06);
            var service = total * 0.92;
            var andele = new (string Funktion, double Andel)[]
            {
                ("5.28.20", 0.20 - 0.04 * s),
                ("5.28.21", 0.28 + 0.09 * s),
                ("5.28.22", 0.27),
                ("5.28.23", 0.20 - 0.05 * s),
                ("5.28.24", 0.05),
            };
            void Post(string funktion, string? gruppering, int dranst, double beloeb) =>
                ud.RegnskabListe.Add(new RegnskabsPost(k.Kode, aar, type, funktion, gruppering, dranst, (decimal)Math.Round(beloeb, 1)));

            foreach (var (funktion, andel) in andele)
            {
                var drift = service * andel * (1 + (rng.NextDouble() - 0.5) * 0.04);
                switch (funktion)
                {
                    case "5.28.21":
                        var forebyggende = drift * (0.02 + 0.14 * s);
                        Post(funktion, "003", 1, forebyggende);
                        Post(funktion, ugrupperet, 1, drift - forebyggende);
                        break;
                    case "5.28.22":
                        var netvaerk = drift * (0.06 + 0.10 * s);
                        Post(funktion, "001", 1, drift - netvaerk);
                        Post(funktion, "002", 1, netvaerk);
                        Post(funktion, "001", 2, -drift * (0.005 + rng.NextDouble() * 0.01));
                        break;
                    case "5.28.20" or "5.28.23":
                        Post(funktion, null, 1, drift);
                        Post(funktion, null, 2, -drift * (0.01 + rng.NextDouble() * 0.02));
                        break;
                    default:
                        Post(funktion, null, 1, drift);
                        break;
                }
            }
            Post("6.45.51", null, 1, total * 0.08 * (1 + (rng.NextDouble() - 0.5) * 0.04));
        }
    }

    /// <summary>One small row under a funktion no kontoplan rule covers, so a finding appears.</summary>
    public static void UkendtFunktion(KommuneProfil k, DateOnly dataPr, DemoData ud) =>
        ud.RegnskabListe.Add(new RegnskabsPost(k.Kode, dataPr.Year - 1, "regnskab", "5.28.19", null, 1, 84.5m));
}
