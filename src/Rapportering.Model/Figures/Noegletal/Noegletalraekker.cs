using Rapportering.Domain;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Turns one cut date's counts into export rows with the catalog's ids and opdelinger.
/// Values are unrounded; a missing population or an empty cohort gives a null value, never 0.
/// </summary>
internal static class Noegletalraekker
{
    public static IEnumerable<Observation> Fra(Optaelling t, Skaeringsdato d, int? befolkning)
    {
        var periode = Periode.For(d);

        yield return Pr1000(Katalog.ForebyggendePr1000, null, t.Forebyggende);
        yield return Pr1000(Katalog.HjemmebaseredePr1000, null, t.Hjemmebaserede);
        for (var j = 0; j < Opdeling.Hjemmebaserede.Count; j++)
            yield return Pr1000(Katalog.HjemmebaseredePr1000, Opdeling.Hjemmebaserede[j], t.HjemmebaseredePrType[j]);
        yield return Pr1000(Katalog.AnbragtePr1000, null, t.Anbragte);

        yield return Pct(Katalog.Anbringelsesformer, Opdeling.Institution, t.Institution, t.Anbragte);
        yield return Pct(Katalog.Anbringelsesformer, Opdeling.Familiepleje, t.Familiepleje, t.Anbragte);
        yield return Pct(Katalog.Anbringelsesformer, Opdeling.Netvaerkspleje, t.Netvaerkspleje, t.Anbragte);

        yield return Pct(Katalog.ForebyggendeEfterfulgtAfBfu, null, t.BfuMedUndersoegelse, t.BfuStartere);

        // Cohort figures whose cohort date lies before the series start get no row at all (the
        // report shows "mangler data"), not a value from a cohort the data cannot see.
        if (t.BevaegelseDaekket)
        {
            yield return Pct(Katalog.BevaegelserFraHjemmebaserede, Opdeling.Op, t.Op, t.BevaegelseKohorte);
            yield return Pct(Katalog.BevaegelserFraHjemmebaserede, Opdeling.Ned, t.Ned, t.BevaegelseKohorte);
            yield return Pct(Katalog.BevaegelserFraHjemmebaserede, Opdeling.Ingen, t.Ingen, t.BevaegelseKohorte);
        }

        if (t.OphoerDaekket)
        {
            yield return Pct(Katalog.OphoerteInstitutionsanbringelser, null, t.AndenAnbringelsesform + t.IkkeAnbragt, t.OphoerKohorte);
            yield return Pct(Katalog.OphoerteInstitutionsanbringelser, Opdeling.AndenAnbringelsesform, t.AndenAnbringelsesform, t.OphoerKohorte);
            yield return Pct(Katalog.OphoerteInstitutionsanbringelser, Opdeling.IkkeAnbragt, t.IkkeAnbragt, t.OphoerKohorte);
        }

        Observation Pr1000(Figur f, Opdeling? opdeling, int antal) =>
            new(f.Id, opdeling, periode, befolkning is > 0 and var b ? antal * 1000m / b : null, antal, befolkning);

        Observation Pct(Figur f, Opdeling? opdeling, int antal, int naevner) =>
            new(f.Id, opdeling, periode, naevner > 0 ? antal * 100m / naevner : null, antal, naevner);
    }
}
