using Rapportering.Domain;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Where one person stands on one day: the highest active trin (0 = no active measure) and
/// which of the types that figures count per type are active (a bit per type).
/// </summary>
internal readonly record struct Tilstand(byte HoejesteTrin, byte Typer)
{
    public const byte Forebyggende = 1;

    /// <summary>Bit of each trin-3 type, in the order of <see cref="Indsatstyper.Hjemmebaserede"/>.</summary>
    public static byte Hjemmebaseret(int indeks) => (byte)(2 << indeks);

    public const byte AlleHjemmebaserede = 2 | 4 | 8 | 16;

    public static byte Bit(string indsatstype)
    {
        if (indsatstype == Indsatstyper.Forebyggende) return Forebyggende;
        for (var i = 0; i < Indsatstyper.Hjemmebaserede.Count; i++)
            if (Indsatstyper.Hjemmebaserede[i] == indsatstype) return Hjemmebaseret(i);
        return 0;
    }

    public bool Har(byte bit) => (Typer & bit) != 0;
    public bool ErAnbragt => Indsatstyper.ErAnbringelse(HoejesteTrin);
}
