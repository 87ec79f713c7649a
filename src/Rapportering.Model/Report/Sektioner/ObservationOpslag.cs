using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// Finds observations by catalog id, opdeling and periode, and lists the periods a figure's
/// series covers: from its first period to its last (cut dates: to the report's cut date), with
/// gaps filled so a missing period shows as "–" instead of silently disappearing.
/// </summary>
internal sealed class ObservationOpslag
{
    private readonly Dictionary<(FigurId Id, Opdeling? Opdeling, Periode Periode), Observation> _efterNoegle = [];
    private readonly ILookup<FigurId, Observation> _efterId;

    public ObservationOpslag(IEnumerable<Observation> observationer)
    {
        var liste = observationer.ToList();
        foreach (var o in liste) _efterNoegle[(o.Noegletal, o.Opdeling, o.Periode)] = o;
        _efterId = liste.ToLookup(o => o.Noegletal);
    }

    public Observation? Hent(FigurId id, Opdeling? opdeling, Periode periode) =>
        _efterNoegle.GetValueOrDefault((id, opdeling, periode));

    public bool HarData(FigurId id) => _efterId[id].Any();

    /// <summary>Cut dates from the figure's first cut date with data up to and including <paramref name="til"/>.</summary>
    public IReadOnlyList<Skaeringsdato> Skaeringsdatoer(FigurId id, Skaeringsdato til)
    {
        var datoer = _efterId[id]
            .Where(o => o.Periode.Art == PeriodeArt.Skaeringsdato)
            .Select(o => o.Periode.Skaeringsdato)
            .Where(d => d <= til)
            .ToList();
        return datoer.Count == 0 ? [] : til.SerieFra(datoer.Min().Dato);
    }

    /// <summary>Accounting years from the figure's first to its last year (not after <paramref name="senest"/>).</summary>
    public IReadOnlyList<int> Aar(FigurId id, int senest)
    {
        var aar = _efterId[id]
            .Where(o => o.Periode.Art == PeriodeArt.Regnskabsaar)
            .Select(o => o.Periode.Aar)
            .Where(a => a <= senest)
            .ToList();
        return aar.Count == 0 ? [] : Enumerable.Range(aar.Min(), aar.Max() - aar.Min() + 1).ToList();
    }

    /// <summary>School years from the first to the last one with data in any of the given figures.</summary>
    public IReadOnlyList<Skoleaar> SkoleaarSerie(params FigurId[] ids)
    {
        var aar = ids.SelectMany(id => _efterId[id])
            .Where(o => o.Periode.Art == PeriodeArt.Skoleaar)
            .Select(o => o.Periode.Skoleaar.StartAar)
            .ToList();
        return aar.Count == 0 ? [] : Enumerable.Range(aar.Min(), aar.Max() - aar.Min() + 1).Select(a => new Skoleaar(a)).ToList();
    }

    /// <summary>True when any observation of the figure for that period comes from expected accounts.</summary>
    public bool ErForeloebig(FigurId id, Periode periode) =>
        _efterId[id].Any(o => o.Periode == periode && o.Foreloebig);
}
