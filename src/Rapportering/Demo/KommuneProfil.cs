namespace Rapportering.Demo;

/// <summary>
/// The made-up character of one demo kommune: its size and when and how strongly it moves
/// help down the indsatstrappe. The evaluation kommuner start in 2015 and go far; the others
/// start later and go less far, so comparisons with reference kommuner show something.
/// </summary>
internal sealed record KommuneProfil(int Kode, string Navn, int Boern, double Vaekst, double OmlaegningStart, double Styrke)
{
    public static KommuneProfil Lav(int kode, double skala, Random rng)
    {
        var navn = DanskeKommuner.Find(kode).Navn;
        var boern = (int)Math.Round((11_000 + rng.Next(0, 7_500)) * skala);
        var vaekst = -0.004 + rng.NextDouble() * 0.012;
        var evaluering = DanskeKommuner.Evalueringskommuner.Contains(kode);
        var start = evaluering ? 2015.0 + rng.NextDouble() * 0.5 : 2016.5 + rng.NextDouble() * 4;
        var styrke = evaluering ? 0.8 + rng.NextDouble() * 0.2 : 0.15 + rng.NextDouble() * 0.45;
        return new KommuneProfil(kode, navn, Math.Max(boern, 50), vaekst, start, styrke);
    }

    /// <summary>How far the shift has come at <paramref name="dato"/>: 0 before the start, rising over three years to <see cref="Styrke"/>.</summary>
    public double Omlaegning(DateOnly dato)
    {
        var t = dato.Year + (dato.DayOfYear - 1) / 365.0;
        return Styrke * Math.Clamp((t - OmlaegningStart) / 3.0, 0, 1);
    }
}
