using Rapportering.Domain;
using Rapportering.Figures.Datakvalitet;
using Rapportering.Input;

namespace Rapportering.Figures.Noegletal;

/// <summary>
/// The seven cut-date figures of the indsatstrappe (DOMAIN.md, DESIGN.md "The figures export")
/// for one kommune: the series of cut dates up to <c>til</c> (see <see cref="Serie"/> for where it starts), cleaned by <see cref="RegistreringsKontrol"/> and suppressed by <see cref="Undertrykkelse"/>.
/// Readings where the definitions leave room:
/// - hjemmebaserede counts any active trin-3 measure, also beside a placement (otherwise
///   foraeldrerettet_under_anbringelse could never count); "highest trin wins" is for
///   anbringelsesformer, bevægelser and ophørte.
/// - BFU: no age limit (the definition has none); a person with several qualifying starts is
///   counted once from the earliest start in the window.
/// - Bevægelser cohort: highest trin exactly 3 a year before. Ophørte cohort: highest trin 6 on
///   the previous cut date; "anden anbringelsesform" = highest trin 4–5 on d.
/// - A cut date without a cohort or starters gives vaerdi null and naevner 0, never 0 pct.
/// - Bevægelser has no rows on the first three cut dates of the series (its cohort date, a year
///   before, lies before the series start), ophørte none on the first (no previous cut date in
///   the series): the registrations there only hold measures that outlived the data's start.
/// - "0-17" means under 18 on d; missing population (none on or before d, or older than 12
///   months) gives vaerdi and naevner null, taeller kept, and one befolkning_mangler finding.
/// </summary>
public static class NoegletalBeregner
{
    public const string BefolkningMangler = "befolkning_mangler";

    public static (IReadOnlyList<Observation> Observationer, IReadOnlyList<DatakvalitetFund> Fund) Beregn(KommuneInput input, Skaeringsdato til, DateOnly? udtraek = null)
    {
        var (raa, fund) = BeregnUundertrykt(input, til, udtraek);
        return (Undertrykkelse.Anvend(raa), fund);
    }

    /// <summary>The same rows before suppression: for tests and nothing that reaches a user.</summary>
    internal static (IReadOnlyList<Observation> Observationer, IReadOnlyList<DatakvalitetFund> Fund) BeregnUundertrykt(KommuneInput input, Skaeringsdato til, DateOnly? udtraek = null)
    {
        var renset = RegistreringsKontrol.Rens(input, til, udtraek);
        var (befolkningsRaekker, befolkningsFund) = BefolkningsKontrol.Rens(input.Befolkning, udtraek);
        var fund = befolkningsFund.Concat(renset.Fund).ToList();
        if (renset.IndsatsRaekker.Length == 0) return ([], fund);

        var befolkning = new Befolkningstal(befolkningsRaekker, input.Kommune.KommuneKode);
        var serie = Serie(til, DateOnly.FromDayNumber(renset.FoersteStart()), befolkning);
        var optaeller = new Optaeller(renset, serie);
        var raekker = new Noegletalraekker(serie.Count);
        var mangler = new List<Skaeringsdato>();
        for (var i = 0; i < serie.Count; i++)
        {
            var antal = befolkning.Paa(serie[i].Dato);
            if (antal is null) mangler.Add(serie[i]);
            raekker.Tilfoej(optaeller.Optael(i), serie[i], antal);
        }
        if (mangler.Count > 0)
            fund.Add(new DatakvalitetFund(BefolkningMangler, mangler.Count,
                "Skæringsdatoer uden befolkningstal (0-17-årige) fra højst 12 måneder før: " +
                string.Join(", ", mangler.Select(m => Formatering.Dato(m.Dato))) + ". Her mangler tallene pr. 1.000 0-17-årige.")
            { View = "rap_befolkning", Behandling = Input.Kontrakt.Behandling.Oplyst });

        return (raekker.Alle(), fund);
    }

    /// <summary>
    /// The series starts at the first cut date that has BOTH registrations (on or after the
    /// earliest measure start) and population (a population date at most 12 months old). Measures
    /// that began before the registrations did (running when the system started) would otherwise
    /// stretch the series years back to cut dates with no population, shown as rows of "0" and "–"
    /// before the data begin. A gap in population later in the series stays in it (a finding).
    /// With no population on any cut date the series starts at the registrations, so the counts
    /// and the befolkning_mangler finding still show what is wrong.
    /// </summary>
    private static IReadOnlyList<Skaeringsdato> Serie(Skaeringsdato til, DateOnly foersteStart, Befolkningstal befolkning)
    {
        var fraRegistreringer = til.SerieFra(foersteStart);
        for (var i = 0; i < fraRegistreringer.Count; i++)
            if (befolkning.Paa(fraRegistreringer[i].Dato) is not null)
                return fraRegistreringer.Skip(i).ToList();
        return fraRegistreringer;
    }
}
