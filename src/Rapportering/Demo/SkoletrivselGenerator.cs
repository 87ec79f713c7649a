using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>
/// STIL aggregates per school year from 2014/15 to the latest finished one: udsatte vs.
/// øvrige on faglig/social trivsel (1–5) and fravær (pct.). The gap narrows as the kommune
/// moves down the trappe.
/// </summary>
internal static class SkoletrivselGenerator
{
    public static void Generer(KommuneProfil k, DateOnly dataPr, Random rng, DemoData ud)
    {
        var seneste = dataPr.Month >= 8 ? dataPr.Year - 1 : dataPr.Year - 2;
        var stoerrelse = k.Boern / 15_000.0; // Boern already carries the scale factor
        for (var start = 2014; start <= seneste; start++)
        {
            var skoleaar = $"{start}/{(start + 1) % 100:00}";
            var s = k.Omlaegning(new DateOnly(start + 1, 3, 1));
            var nUdsatte = Math.Max(5, (int)Math.Round((150 + rng.Next(0, 250)) * stoerrelse));
            var nOevrige = Math.Max(5, (int)Math.Round((4000 + rng.Next(0, 3000)) * stoerrelse));
            var fagligO = 3.9 + rng.NextDouble() * 0.2;
            var socialO = 3.9 + rng.NextDouble() * 0.2;
            var fravaerO = 4 + rng.NextDouble() * 2;
            var trivselsGab = 0.32 - 0.15 * s + (rng.NextDouble() - 0.5) * 0.06;
            var fravaerGab = 6.0 - 2.5 * s + (rng.NextDouble() - 0.5) * 0.8;

            void Raekke(string gruppe, string indikator, double v, int n, int decimaler) =>
                ud.SkoletrivselListe.Add(new Skoletrivsel(k.Kode, skoleaar, gruppe, indikator, (decimal)Math.Round(v, decimaler), n));

            Raekke("oevrige", "faglig_trivsel", fagligO, nOevrige, 2);
            Raekke("oevrige", "social_trivsel", socialO, nOevrige, 2);
            Raekke("oevrige", "fravaer", fravaerO, nOevrige, 1);
            Raekke("udsatte", "faglig_trivsel", Math.Clamp(fagligO - trivselsGab, 3.6, 3.95), nUdsatte, 2);
            Raekke("udsatte", "social_trivsel", Math.Clamp(socialO - trivselsGab * 0.9, 3.6, 3.95), nUdsatte, 2);
            Raekke("udsatte", "fravaer", Math.Clamp(fravaerO + fravaerGab, 8, 12), nUdsatte, 1);
        }
    }
}
