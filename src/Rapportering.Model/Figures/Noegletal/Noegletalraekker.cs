using Rapportering.Domain;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// Turns each cut date's counts into export rows with the catalog's ids and opdelinger, kept figure
/// by figure in the catalog's order, each a series in time: the order renderers and workbooks read.
/// Values are unrounded; a missing population or an empty cohort gives a null value, never 0.
/// </summary>
internal sealed class Noegletalraekker
{
    // Each figure's place in the catalog (Katalog.Alle): its rows' place in the export.
    private static readonly int Forebyggende = Plads(Katalog.ForebyggendePr1000), Hjemmebaserede = Plads(Katalog.HjemmebaseredePr1000),
        Anbragte = Plads(Katalog.AnbragtePr1000), Anbringelsesformer = Plads(Katalog.Anbringelsesformer),
        Bfu = Plads(Katalog.ForebyggendeEfterfulgtAfBfu), Bevaegelser = Plads(Katalog.BevaegelserFraHjemmebaserede),
        Ophoerte = Plads(Katalog.OphoerteInstitutionsanbringelser);

    private static int Plads(Figur f)
    {
        for (var i = 0; i < Katalog.Alle.Count; i++) if (ReferenceEquals(Katalog.Alle[i], f)) return i;
        throw new ArgumentException($"'{f.Id}' er ikke i kataloget");
    }

    private readonly List<Observation>?[] _perFigur = new List<Observation>?[Katalog.Alle.Count];
    private readonly int _skaeringsdatoer;

    public Noegletalraekker(int skaeringsdatoer) => _skaeringsdatoer = skaeringsdatoer;

    /// <summary>Every row added, figure by figure in the catalog's order, each figure's rows in the order they were added.</summary>
    public List<Observation> Alle()
    {
        var alle = new List<Observation>(_perFigur.Sum(l => l?.Count ?? 0));
        foreach (var l in _perFigur) if (l is not null) alle.AddRange(l);
        return alle;
    }

    public void Tilfoej(Optaelling t, Skaeringsdato d, int? befolkning)
    {
        var periode = Periode.For(d);

        Pr1000(Forebyggende, null, t.Forebyggende);
        Pr1000(Hjemmebaserede, null, t.Hjemmebaserede);
        for (var j = 0; j < Opdeling.Hjemmebaserede.Count; j++)
            Pr1000(Hjemmebaserede, Opdeling.Hjemmebaserede[j], t.HjemmebaseredePrType[j]);
        Pr1000(Anbragte, null, t.Anbragte);

        Pct(Anbringelsesformer, Opdeling.Institution, t.Institution, t.Anbragte);
        Pct(Anbringelsesformer, Opdeling.Familiepleje, t.Familiepleje, t.Anbragte);
        Pct(Anbringelsesformer, Opdeling.Netvaerkspleje, t.Netvaerkspleje, t.Anbragte);

        Pct(Bfu, null, t.BfuMedUndersoegelse, t.BfuStartere);

        // Cohort figures whose cohort date lies before the series start get no row at all (the
        // report shows "mangler data"), not a value from a cohort the data cannot see.
        if (t.BevaegelseDaekket)
        {
            Pct(Bevaegelser, Opdeling.Op, t.Op, t.BevaegelseKohorte);
            Pct(Bevaegelser, Opdeling.Ned, t.Ned, t.BevaegelseKohorte);
            Pct(Bevaegelser, Opdeling.Ingen, t.Ingen, t.BevaegelseKohorte);
        }

        if (t.OphoerDaekket)
        {
            Pct(Ophoerte, null, t.AndenAnbringelsesform + t.IkkeAnbragt, t.OphoerKohorte);
            Pct(Ophoerte, Opdeling.AndenAnbringelsesform, t.AndenAnbringelsesform, t.OphoerKohorte);
            Pct(Ophoerte, Opdeling.IkkeAnbragt, t.IkkeAnbragt, t.OphoerKohorte);
        }

        // f: the figure's place in the catalog.
        void Pr1000(int f, Opdeling? opdeling, int antal) =>
            Raekke(f, new(Katalog.Alle[f].Id, opdeling, periode, befolkning is > 0 and var b ? antal * 1000m / b : null, antal, befolkning));

        void Pct(int f, Opdeling? opdeling, int antal, int naevner) =>
            Raekke(f, new(Katalog.Alle[f].Id, opdeling, periode, naevner > 0 ? antal * 100m / naevner : null, antal, naevner));
    }

    private void Raekke(int f, Observation o) =>
        (_perFigur[f] ??= new List<Observation>(_skaeringsdatoer * Math.Max(1, Katalog.Alle[f].Opdelinger.Count))).Add(o);
}
