using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Figures.Datakvalitet;

/// <summary>
/// Data-quality checks on registrations (rap_indsats, rap_undersoegelse, rap_person). Rows that
/// break the view contract are left out and counted per rule; they are never silently used.
/// A row is counted under the first rule it breaks, in the order of <see cref="Regler"/>, so the
/// counts add up to the number of rows left out. Findings never name a person.
/// </summary>
public static class RegistreringsKontrol
{
    public const string UkendtKommune = "ukendt_kommune";
    public const string UkendtIndsatstype = "ukendt_indsatstype";
    public const string SlutdatoFoerStartdato = "slutdato_foer_startdato";
    public const string StartdatoIFremtiden = "startdato_i_fremtiden";
    public const string PersonUkendt = "person_ukendt";
    public const string PersonManglerFoedselsdato = "person_mangler_foedselsdato";
    public const string FoedtIFremtiden = "foedselsdato_i_fremtiden";
    public const string StartdatoFoerFoedsel = "startdato_foer_foedselsdato";
    public const string Dublet = "dublet";

    /// <summary>The rules in the order they are checked (and listed).</summary>
    public static readonly IReadOnlyList<string> Regler =
        [UkendtKommune, UkendtIndsatstype, SlutdatoFoerStartdato, StartdatoIFremtiden, PersonUkendt, PersonManglerFoedselsdato, FoedtIFremtiden, StartdatoFoerFoedsel, Dublet];

    /// <summary>
    /// Cleans one kommune's registrations. "The future" is after <paramref name="udtraek"/>, the
    /// date the data was extracted (the caller's "today"; the models get no clock). Without it,
    /// the cut date <paramref name="til"/> is the reference. A measure starting after the cut date
    /// but not after the extraction is real data that simply belongs to later reports: it is left
    /// out of this report's figures without a finding.
    /// Rows of another known kommune are not this kommune's data: skipped, not a finding.
    /// </summary>
    public static RensedeRegistreringer Rens(KommuneInput input, Skaeringsdato til, DateOnly? udtraek = null)
    {
        var kode = input.Kommune.KommuneKode;
        var antal = Regler.ToDictionary(r => r, _ => 0, StringComparer.Ordinal);

        var personer = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var p in input.Personer) personer.TryAdd(p.PersonId, p.Foedselsdato);

        // Near-copies (same person, type and dates) count once: the one with the smallest id, so
        // the choice does not depend on the order the database hands the rows out in.
        var valgt = new Dictionary<(string, string, DateOnly, DateOnly?), Indsats>();
        foreach (var i in input.Indsatser)
        {
            if (!input.KendteKommuner.Contains(i.KommuneKode)) { antal[UkendtKommune]++; continue; }
            if (i.KommuneKode != kode) continue;
            var regel = BrudtRegel(i, udtraek ?? til.Dato, personer);
            if (regel is not null) { antal[regel]++; continue; }
            if (i.Startdato > til.Dato) continue; // later reports' data, not an error
            ref var foer = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(valgt, (i.PersonId, i.Indsatstype, i.Startdato, i.Slutdato), out var fandtes);
            if (!fandtes) { foer = i; continue; }
            antal[Dublet]++;
            if (Foerst(i, foer!)) foer = i;
        }
        var indsatser = valgt.Values.ToList();

        var undersoegelser = new List<Undersoegelse>();
        foreach (var u in input.Undersoegelser)
        {
            if (!input.KendteKommuner.Contains(u.KommuneKode)) { antal[UkendtKommune]++; continue; }
            if (u.KommuneKode == kode) undersoegelser.Add(u);
        }

        var foedselsdatoer = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (id, f) in personer)
            if (f is { } dato) foedselsdatoer[id] = dato;

        var fund = Regler.Where(r => antal[r] > 0)
            .Select(r => new DatakvalitetFund(r, antal[r], Beskrivelse(r, udtraek ?? til.Dato))
            {
                View = r == UkendtKommune ? null : "rap_indsats",
                Kolonne = Kolonne(r),
                Behandling = r == Dublet ? Behandling.TaltEnGang : r == UkendtKommune ? Behandling.IkkeMedregnet : Behandling.Udeladt,
            })
            .ToList();
        return new RensedeRegistreringer(foedselsdatoer, indsatser, undersoegelser, fund);
    }

    /// <summary>Ordinal by id, then by the fields the key leaves out: a total order, whatever the input order.</summary>
    private static bool Foerst(Indsats a, Indsats b)
    {
        var c = string.CompareOrdinal(a.IndsatsId, b.IndsatsId);
        if (c == 0) c = string.CompareOrdinal(a.BevilgetAf, b.BevilgetAf);
        if (c == 0) c = string.CompareOrdinal(a.Lovgrundlag, b.Lovgrundlag);
        return c < 0;
    }

    private static string? BrudtRegel(Indsats i, DateOnly fremtid, Dictionary<string, DateOnly?> personer)
    {
        if (!Indsatstyper.ErKendt(i.Indsatstype)) return UkendtIndsatstype;
        if (i.Slutdato is { } slut && slut < i.Startdato) return SlutdatoFoerStartdato;
        if (i.Startdato > fremtid) return StartdatoIFremtiden;
        if (!personer.TryGetValue(i.PersonId, out var foedt)) return PersonUkendt;
        if (foedt is not { } f) return PersonManglerFoedselsdato;
        // Impossible facts: a birth after the extraction, a measure (active on a cut date) before the birth.
        if (f > fremtid) return FoedtIFremtiden;
        if (i.Startdato < f) return StartdatoFoerFoedsel;
        return null;
    }

    private static string? Kolonne(string regel) => regel switch
    {
        UkendtIndsatstype => "indsatstype",
        SlutdatoFoerStartdato => "slutdato",
        StartdatoIFremtiden or StartdatoFoerFoedsel => "startdato",
        _ => null,
    };

    public static string Beskrivelse(string regel, DateOnly fremtid) => regel switch
    {
        UkendtKommune => "Indsatser og børnefaglige undersøgelser med en kommunekode, der ikke findes i rap_kommune. Rækkerne er udeladt.",
        UkendtIndsatstype => "Indsatser med en indsatstype uden for den aftalte liste. Rækkerne er udeladt.",
        SlutdatoFoerStartdato => "Indsatser med slutdato før startdato. Rækkerne er udeladt.",
        StartdatoIFremtiden => $"Indsatser med startdato efter {Formatering.Dato(fremtid)}, datoen for dataudtrækket. Rækkerne er udeladt.",
        PersonUkendt => "Indsatser for en person, der ikke findes i rap_person. Rækkerne er udeladt.",
        PersonManglerFoedselsdato => "Indsatser for en person uden en gyldig og entydig fødselsdato i rap_person (alderen kan ikke beregnes). Rækkerne er udeladt.",
        FoedtIFremtiden => $"Indsatser for en person, der ifølge rap_person er født efter {Formatering.Dato(fremtid)}, datoen for dataudtrækket. Rækkerne er udeladt.",
        StartdatoFoerFoedsel => "Indsatser, der starter før personens fødselsdato. Rækkerne er udeladt.",
        Dublet => "Indsatser registreret mere end én gang (samme person, indsatstype, startdato og slutdato). Kun én af dem er talt med.",
        _ => regel,
    };
}
