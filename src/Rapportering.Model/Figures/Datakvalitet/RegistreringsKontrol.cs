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
        var kendte = input.KendteKommuner;
        var kodeKendt = kendte.Contains(kode);
        var antal = new int[Regler.Count];
        var (personer, indsatser, undersoegelser) = input.Kolonner();
        var fremtid = (udtraek ?? til.Dato).DayNumber;
        var tilDag = til.Dato.DayNumber;
        var kendtType = new bool[indsatser.Koder.Antal];
        for (var c = 0; c < kendtType.Length; c++) kendtType[c] = Indsatstyper.ErKendt(indsatser.Koder[c]);

        var behold = new List<int>(indsatser.Count);
        for (var i = 0; i < indsatser.Count; i++)
        {
            var k = indsatser.Kommune(i);
            if (!(k == kode ? kodeKendt : kendte.Contains(k))) { antal[Nr(UkendtKommune)]++; continue; }
            if (k != kode) continue;
            var regel = BrudtRegel(indsatser, i, kendtType, fremtid, personer);
            if (regel >= 0) { antal[regel]++; continue; }
            if (indsatser.Start(i) > tilDag) continue; // later reports' data, not an error
            behold.Add(i);
        }
        var (raekker, fra) = PrPerson(behold, indsatser.Person, personer.AntalIAlt);
        // Near-copies (same person, type and dates) count once: the one with the smallest id, so
        // the choice does not depend on the order the database hands the rows out in.
        var ud = 0;
        var nyFra = new int[fra.Length];
        Comparison<int> orden = (a, b) => Sammenlign(indsatser, a, b);
        for (var p = 0; p + 1 < fra.Length; p++)
        {
            nyFra[p] = ud;
            var udsnit = raekker.AsSpan(fra[p], fra[p + 1] - fra[p]);
            if (udsnit.Length > 1) udsnit.Sort(orden);
            for (var j = 0; j < udsnit.Length; j++)
            {
                if (j > 0 && SammeNoegle(indsatser, udsnit[j - 1], udsnit[j])) { antal[Nr(Dublet)]++; continue; }
                raekker[ud++] = udsnit[j];
            }
        }
        nyFra[^1] = ud;
        Array.Resize(ref raekker, ud);

        var beholdU = new List<int>(undersoegelser.Count);
        for (var i = 0; i < undersoegelser.Count; i++)
        {
            var k = undersoegelser.Kommune(i);
            if (!(k == kode ? kodeKendt : kendte.Contains(k))) { antal[Nr(UkendtKommune)]++; continue; }
            if (k == kode) beholdU.Add(i);
        }
        var (uRaekker, uFra) = PrPerson(beholdU, undersoegelser.Person, personer.AntalIAlt);
        Comparison<int> efterDato = (a, b) => undersoegelser.Dato(a).CompareTo(undersoegelser.Dato(b));
        for (var p = 0; p + 1 < uFra.Length; p++)
        {
            var udsnit = uRaekker.AsSpan(uFra[p], uFra[p + 1] - uFra[p]);
            if (udsnit.Length > 1) udsnit.Sort(efterDato);
        }

        var fund = Enumerable.Range(0, Regler.Count).Where(r => antal[r] > 0)
            .Select(r => new DatakvalitetFund(Regler[r], antal[r], Beskrivelse(Regler[r], udtraek ?? til.Dato))
            {
                View = Regler[r] == UkendtKommune ? null : "rap_indsats",
                Kolonne = Kolonne(Regler[r]),
                Behandling = Regler[r] == Dublet ? Behandling.TaltEnGang : Regler[r] == UkendtKommune ? Behandling.IkkeMedregnet : Behandling.Udeladt,
            })
            .ToList();
        return new RensedeRegistreringer(personer, indsatser, raekker, nyFra, undersoegelser, uRaekker, uFra, fund);
    }

    private static int Nr(string regel)
    {
        for (var i = 0; i < Regler.Count; i++) if (Regler[i] == regel) return i;
        throw new ArgumentException(regel);
    }

    private static readonly int NrType = Nr(UkendtIndsatstype), NrSlut = Nr(SlutdatoFoerStartdato), NrFremtid = Nr(StartdatoIFremtiden),
        NrUkendtPerson = Nr(PersonUkendt), NrUdenFoedsel = Nr(PersonManglerFoedselsdato), NrFoedtFremtid = Nr(FoedtIFremtiden), NrFoerFoedsel = Nr(StartdatoFoerFoedsel);

    /// <summary>Row numbers grouped by person (a counting sort: stable, no comparisons), and where each person's begin.</summary>
    private static (int[] Raekker, int[] Fra) PrPerson(List<int> raekker, Func<int, int> person, int personer)
    {
        var fra = new int[personer + 1];
        foreach (var r in raekker) fra[person(r) + 1]++;
        for (var p = 0; p < personer; p++) fra[p + 1] += fra[p];
        var ud = new int[raekker.Count];
        var pos = fra[..^1];
        foreach (var r in raekker) ud[pos[person(r)]++] = r;
        return (ud, fra);
    }

    private static bool SammeNoegle(IndsatsTabel t, int a, int b) =>
        t.Start(a) == t.Start(b) && t.Slut(a) == t.Slut(b) && t.Type(a) == t.Type(b);

    /// <summary>By start (the counting reads them so), the rest of the key, then the tie-break of near-copies.</summary>
    private static int Sammenlign(IndsatsTabel t, int a, int b)
    {
        var c = t.Start(a).CompareTo(t.Start(b));
        if (c == 0) c = t.Slut(a).CompareTo(t.Slut(b));
        if (c == 0) c = t.Type(a).CompareTo(t.Type(b));
        if (c != 0) return c;
        // Ordinal by id, then by the fields the key leaves out: a total order, whatever the input order.
        c = t.Ider.Sammenlign(a, b);
        if (c == 0) c = string.CompareOrdinal(t.Koder[t.Bevilget(a)], t.Koder[t.Bevilget(b)]);
        if (c == 0) c = string.CompareOrdinal(t.Koder[t.Lov(a)], t.Koder[t.Lov(b)]);
        return c != 0 ? c : a.CompareTo(b);
    }

    /// <summary>The first rule (its place in <see cref="Regler"/>) the measure breaks, or -1.</summary>
    private static int BrudtRegel(IndsatsTabel t, int i, bool[] kendtType, int fremtid, PersonTabel personer)
    {
        var start = t.Start(i);
        var slut = t.Slut(i);
        if (!kendtType[t.Type(i)]) return NrType;
        if (slut != IndsatsTabel.IngenDato && slut < start) return NrSlut;
        if (start > fremtid) return NrFremtid;
        var p = t.Person(i);
        if (!personer.IRegister(p)) return NrUkendtPerson;
        var f = personer.Foedt(p);
        if (f == PersonTabel.IngenDato) return NrUdenFoedsel;
        // Impossible facts: a birth after the extraction, a measure (active on a cut date) before the birth.
        if (f > fremtid) return NrFoedtFremtid;
        if (start < f) return NrFoerFoedsel;
        return -1;
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
