using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>Quarterly population (1 Jan/Apr/Jul/Oct) per age 0–17, from 2013 up to DataPr.</summary>
internal static class BefolkningGenerator
{
    public static void Generer(KommuneProfil k, DateOnly dataPr, Random rng, DemoData ud)
    {
        // A fixed age profile per kommune, then slow growth and a little quarterly noise.
        var profil = Enumerable.Range(0, 18).Select(_ => 0.94 + rng.NextDouble() * 0.12).ToArray();
        var skala = k.Boern / profil.Sum();
        for (var dato = new DateOnly(2013, 1, 1); dato <= dataPr; dato = dato.AddMonths(3))
        {
            var aar = (dato.DayNumber - new DateOnly(2013, 1, 1).DayNumber) / 365.25;
            for (var alder = 0; alder < 18; alder++)
            {
                var antal = skala * profil[alder] * Math.Pow(1 + k.Vaekst, aar) * (1 + (rng.NextDouble() - 0.5) * 0.01);
                ud.BefolkningListe.Add(new Befolkning(k.Kode, dato, alder, (int)Math.Round(antal)));
            }
        }
    }
}
