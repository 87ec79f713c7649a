using Rapportering.Input;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Figures.Datakvalitet;

/// <summary>
/// Impossible facts in rap_befolkning that the reader cannot see (it has no clock): a population
/// date after the extraction is left out and counted. A date after the cut date but not after
/// the extraction is a later quarter, real data for later reports.
/// </summary>
public static class BefolkningsKontrol
{
    public const string DatoIFremtiden = "befolkningsdato_i_fremtiden";

    public static (IReadOnlyList<Befolkning> Befolkning, IReadOnlyList<DatakvalitetFund> Fund) Rens(IReadOnlyList<Befolkning> befolkning, DateOnly? udtraek)
    {
        if (udtraek is not { } u) return (befolkning, []);
        var rene = befolkning.Where(b => b.Dato <= u).ToList();
        var udeladt = befolkning.Count - rene.Count;
        if (udeladt == 0) return (befolkning, []);
        return (rene, [new DatakvalitetFund(DatoIFremtiden, udeladt,
            $"Befolkningstal med en dato efter {Formatering.Dato(u)}, datoen for dataudtrækket. Rækkerne er udeladt.")
            { View = "rap_befolkning", Kolonne = "dato", Behandling = Behandling.Udeladt }]);
    }
}
