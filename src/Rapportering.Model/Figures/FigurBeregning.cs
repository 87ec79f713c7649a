using Rapportering.Domain;
using Rapportering.Figures.Noegletal;
using Rapportering.Figures.Oekonomi;
using Rapportering.Figures.Trivsel;
using Rapportering.Input;
using Rapportering.Templates;

namespace Rapportering.Figures;

/// <summary>
/// All figures of one kommune and cut date: the key figures, the expenditure model and the
/// school well-being comparisons, in one export. Pure: records and templates in, export out.
/// </summary>
public static class FigurBeregning
{
    /// <param name="prisaar">Fixed-price year; defaults to the cut date's year.</param>
    /// <param name="udtraek">The date the data was extracted ("today"): registrations after it are findings.</param>
    public static FigurEksport Beregn(
        KommuneInput input,
        Skaeringsdato skaeringsdato,
        KommuneSkabelon kommune,
        IReadOnlyList<KontoplanRegel> standardRegler,
        int? prisaar = null,
        DateOnly? udtraek = null)
    {
        var aar = skaeringsdato.Dato.Year;
        var pris = prisaar ?? aar;

        var noegletal = NoegletalBeregner.Beregn(input, skaeringsdato, udtraek);
        var oekonomi = OekonomiBeregner.Beregn(input.Regnskab, input.PlIndeks, standardRegler, kommune, pris, aar);
        var trivsel = TrivselBeregner.Beregn(input.Skoletrivsel, input.Kommune.KommuneKode, SkoleaaretFor(skaeringsdato));

        return new FigurEksport(
            input.Kommune.KommuneKode,
            skaeringsdato,
            pris,
            [.. noegletal.Observationer, .. oekonomi.Observationer, .. trivsel.Observationer],
            [.. Datakvalitet.Kontraktfund.Fra(input.Indlaesning.Brud), .. noegletal.Fund, .. MedView(oekonomi.Datakvalitet, "rap_regnskab"), .. MedView(trivsel.Datakvalitet, "rap_skoletrivsel")]);
    }

    // The model findings that leave no row out: they say what a figure lacks.
    private static readonly HashSet<string> Oplysninger = new(StringComparer.Ordinal)
        { "udgifter_mangler", "pl_indeks_mangler", "basisperiode_mangler_aar", "bruttoserviceudgifter_ikke_positive" };

    /// <summary>The view a model's findings are about (the PL rules: rap_pl_indeks), and what was done with the rows.</summary>
    private static IEnumerable<DatakvalitetFund> MedView(IEnumerable<DatakvalitetFund> fund, string view) => fund.Select(f => f with
    {
        View = f.View ?? (f.Regel.StartsWith("pl_indeks", StringComparison.Ordinal) ? "rap_pl_indeks" : view),
        Behandling = Oplysninger.Contains(f.Regel) ? Input.Kontrakt.Behandling.Oplyst
            : f.Regel.StartsWith("dublet", StringComparison.Ordinal) ? Input.Kontrakt.Behandling.TaltEnGang : f.Behandling,
    });

    /// <summary>The school year a cut date falls in (a school year starts 1 August).</summary>
    public static Skoleaar SkoleaaretFor(Skaeringsdato d) => new(d.Dato.Month >= 8 ? d.Dato.Year : d.Dato.Year - 1);
}
