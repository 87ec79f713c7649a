namespace Rapportering.Input.Kontrakt;

/// <summary>
/// rap_person by id, row by row. A person whose rows disagree on the birth date (NULL included),
/// or whose only rows have an invalid one, is kept without a birth date, so her measures are
/// left out as "uden gyldig fødselsdato" rather than counted at a guessed age. Findings are per
/// kommune: only the ids a kommune's measures and examinations refer to. Rows with no valid id
/// belong to no one and are not counted.
/// </summary>
internal sealed class PersonRegister : ITekstKilde
{
    // A struct in the dictionary: no object per person (a national register holds millions).
    private struct Post
    {
        public DateOnly? Foedt;
        public int Gyldige;
        public bool Modstrid;
        public Dictionary<(string Regel, string Kolonne), int>? Brud;
    }

    private readonly Dictionary<string, Post> _poster = new(StringComparer.Ordinal);

    /// <summary>
    /// The register's own instance of an id, so a person's many measures share one string
    /// instead of one each (a million measures: tens of MB). An id not in the register is kept.
    /// </summary>
    public string Hent(ReadOnlySpan<char> id) =>
        _poster.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var eget, out _) ? eget : new string(id);

    /// <summary>One row with a valid id: the birth date (when valid) or the rule the row broke.</summary>
    public void Tilfoej(ReadOnlySpan<char> id, DateOnly? foedt, string? regel = null, string? kolonne = null)
    {
        // The id becomes a string only the first time it is seen.
        ref var p = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
            _poster.GetAlternateLookup<ReadOnlySpan<char>>(), id, out _);
        if (regel is not null)
        {
            p.Brud ??= [];
            p.Brud[(regel, kolonne!)] = p.Brud.GetValueOrDefault((regel, kolonne!)) + 1;
            return;
        }
        if (p.Gyldige == 0) p.Foedt = foedt;
        else if (p.Foedt != foedt) p.Modstrid = true;
        p.Gyldige++;
    }

    /// <summary>The persons behind <paramref name="ids"/> (in id order), the findings on their rows and how many rows they have.</summary>
    public (List<Person> Personer, List<Kontraktbrud> Brud, int Raekker) For(IEnumerable<string> ids)
    {
        var personer = new List<Person>();
        var brud = new Dictionary<(string Regel, string? Kolonne, Behandling B), int>();
        void Tael(string regel, string? kolonne, Behandling b, int n) => brud[(regel, kolonne, b)] = brud.GetValueOrDefault((regel, kolonne, b)) + n;
        var raekker = 0;
        var unikke = new HashSet<string>(ids, StringComparer.Ordinal).ToArray();
        Array.Sort(unikke, StringComparer.Ordinal);
        foreach (var id in unikke)
        {
            if (!_poster.TryGetValue(id, out var p)) continue;
            if (p.Brud is not null)
                foreach (var ((regel, kolonne), n) in p.Brud) { Tael(regel, kolonne, Behandling.Udeladt, n); raekker += n; }
            raekker += p.Gyldige;
            if (p.Modstrid) Tael(Kontraktregler.Modstrid, "foedselsdato", Behandling.Udeladt, p.Gyldige);
            else if (p.Gyldige > 1) Tael(Kontraktregler.Dublet, null, Behandling.TaltEnGang, p.Gyldige - 1);
            personer.Add(new Person(id, p.Gyldige > 0 && !p.Modstrid ? p.Foedt : null));
        }
        var liste = brud.OrderBy(b => b.Key.Kolonne ?? "", StringComparer.Ordinal).ThenBy(b => b.Key.Regel, StringComparer.Ordinal)
            .Select(b => new Kontraktbrud("rap_person", b.Key.Regel, b.Key.Kolonne, b.Value, b.Key.B)).ToList();
        return (personer, liste, raekker);
    }
}
