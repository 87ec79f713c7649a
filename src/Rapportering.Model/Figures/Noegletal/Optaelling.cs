namespace Rapportering.Figures.Noegletal;

/// <summary>
/// The person counts behind the seven cut-date figures on one cut date, before they become
/// values. Each is a count of distinct persons.
/// </summary>
internal sealed class Optaelling
{
    public int Forebyggende;
    public int Hjemmebaserede;
    /// <summary>Per trin-3 type, in the order of Indsatstyper.Hjemmebaserede; not additive.</summary>
    public readonly int[] HjemmebaseredePrType = new int[4];
    public int Anbragte;
    public int Netvaerkspleje;
    public int Familiepleje;
    public int Institution;

    public int BfuStartere;
    public int BfuMedUndersoegelse;

    /// <summary>False when the cohort date (a year before) lies before the series start: the
    /// registrations cannot show who was on trin 3 then, so the figure gets no row.</summary>
    public bool BevaegelseDaekket = true;
    public int BevaegelseKohorte;
    public int Op;
    public int Ned;
    public int Ingen;

    /// <summary>False on the first cut date of the series: no previous cut date to take the cohort from.</summary>
    public bool OphoerDaekket = true;
    public int OphoerKohorte;
    public int AndenAnbringelsesform;
    public int IkkeAnbragt;

    /// <summary>Adds another part's counts (the coverage flags are the same for one cut date).</summary>
    public void Tilfoej(Optaelling o)
    {
        Forebyggende += o.Forebyggende;
        Hjemmebaserede += o.Hjemmebaserede;
        for (var j = 0; j < HjemmebaseredePrType.Length; j++) HjemmebaseredePrType[j] += o.HjemmebaseredePrType[j];
        Anbragte += o.Anbragte;
        Netvaerkspleje += o.Netvaerkspleje;
        Familiepleje += o.Familiepleje;
        Institution += o.Institution;
        BfuStartere += o.BfuStartere;
        BfuMedUndersoegelse += o.BfuMedUndersoegelse;
        BevaegelseKohorte += o.BevaegelseKohorte;
        Op += o.Op;
        Ned += o.Ned;
        Ingen += o.Ingen;
        OphoerKohorte += o.OphoerKohorte;
        AndenAnbringelsesform += o.AndenAnbringelsesform;
        IkkeAnbragt += o.IkkeAnbragt;
    }
}
