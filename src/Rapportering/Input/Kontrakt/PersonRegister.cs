namespace Rapportering.Input.Kontrakt;

/// <summary>
/// rap_person by id, row by row. A person whose rows disagree on the birth date (NULL included),
/// or whose only rows have an invalid one, is kept without a birth date, so her measures are
/// left out as "uden gyldig fødselsdato" rather than counted at a guessed age. Findings are per
/// kommune: only the ids a kommune's measures and examinations refer to. Rows with no valid id
/// belong to no one and are not counted. Columnar: a number per id (<see cref="IdTabel"/>) and
/// arrays by number, so a national register of millions holds no object per person.
/// </summary>
internal sealed class PersonRegister
{
    /// <summary>A birth date as a day number; this one is NULL.</summary>
    public const int IngenDato = PersonTabel.IngenDato;

    private readonly IdTabel _ids = new(unikke: true);
    private readonly Blokke<int> _foedt = new(), _gyldige = new();
    private readonly Blokke<bool> _modstrid = new();
    private readonly Dictionary<int, Dictionary<(string Regel, string Kolonne), int>> _brud = [];

    public IdTabel Ids => _ids;

    private volatile bool _hel;

    /// <summary>Every rap_person row is in: the register may be looked up (by another thread too).</summary>
    public bool Hel => _hel;

    /// <summary>Called by the reader after the last row; no row is added after it.</summary>
    public void Afslut() => _hel = true;

    /// <summary>The person's number, or -1 when rap_person has no row with this id.</summary>
    public int Find(ReadOnlySpan<byte> id) => _ids.Find(id);

    /// <summary>One row with a valid id: the birth date (when valid) or the rule the row broke.</summary>
    public void Tilfoej(ReadOnlySpan<byte> id, DateOnly? foedt, string? regel = null, string? kolonne = null)
    {
        var nr = _ids.Tilfoej(id);
        if (nr == _foedt.Count)
        {
            _foedt.Tilfoej(IngenDato);
            _gyldige.Tilfoej(0);
            _modstrid.Tilfoej(false);
        }
        if (regel is not null)
        {
            ref var brud = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_brud, nr, out _);
            brud ??= [];
            brud[(regel, kolonne!)] = brud.GetValueOrDefault((regel, kolonne!)) + 1;
            return;
        }
        var dag = foedt?.DayNumber ?? IngenDato;
        if (_gyldige[nr] == 0) _foedt[nr] = dag;
        else if (_foedt[nr] != dag) _modstrid[nr] = true;
        _gyldige[nr]++;
    }

    // Register number → kommune number + 1 while one kommune is numbered (the reader numbers one at a time).
    private int[] _lokal = [];

    /// <summary>
    /// Numbers the persons one kommune's measures and examinations refer to 0 … n-1 (first seen
    /// first), the ids rap_person lacks from n on, and returns them as the kommune's table with
    /// the findings on their rap_person rows and how many rows they have. The register must be
    /// whole; the views hold a person as its number or as ~(the view's own id).
    /// </summary>
    public (PersonTabel Personer, List<Kontraktbrud> Brud, int Raekker) For(IndsatsRaekker indsatser, UndersoegelseRaekker undersoegelser)
    {
        if (_lokal.Length < _ids.Antal) _lokal = new int[_ids.Antal];
        var numre = new List<int>();
        var fremmede = new IdTabel(unikke: true);
        // A view's ~(own id) → the register's number, or ~(its number among the ids the register
        // lacks), looked up once per id; the foreign ones numbered in row order, measures first.
        Func<int, int> Register(IdTabel egne)
        {
            var nr = new int[egne.Antal];
            Array.Fill(nr, int.MinValue);
            return v =>
            {
                if (v >= 0) return v;
                ref var n = ref nr[~v];
                if (n == int.MinValue) n = _ids.Find(egne.Bytes(~v)) is var r and >= 0 ? r : ~fremmede.Tilfoej(egne.Bytes(~v));
                return n;
            };
        }
        // First pass: persons get their number, foreign ids ~(their number among the foreign).
        int Foerst(int nr)
        {
            if (nr < 0) return nr;
            ref var l = ref _lokal[nr];
            if (l == 0)
            {
                numre.Add(nr);
                l = numre.Count;
            }
            return l - 1;
        }
        var iIndsatser = Register(indsatser.Personer.Egne);
        var iUndersoegelser = Register(undersoegelser.Personer.Egne);
        indsatser.Tabel.Nummerer(nr => Foerst(iIndsatser(nr)), null);
        undersoegelser.Tabel.Nummerer(nr => Foerst(iUndersoegelser(nr)), null);
        foreach (var nr in numre) _lokal[nr] = 0;
        var tabel = For(numre, fremmede);
        int Sidst(int nr) => nr < 0 ? numre.Count + ~nr : nr;
        indsatser.Tabel.Nummerer(Sidst, tabel.Personer);
        undersoegelser.Tabel.Nummerer(Sidst, tabel.Personer);
        return tabel;
    }

    private (PersonTabel Personer, List<Kontraktbrud> Brud, int Raekker) For(List<int> numre, IdTabel fremmede)
    {
        var brud = new Dictionary<(string Regel, string? Kolonne, Behandling B), int>();
        void Tael(string regel, string? kolonne, Behandling b, int n) => brud[(regel, kolonne, b)] = brud.GetValueOrDefault((regel, kolonne, b)) + n;
        var raekker = 0;
        var foedt = new int[numre.Count];
        for (var k = 0; k < numre.Count; k++)
        {
            var nr = numre[k];
            if (_brud.TryGetValue(nr, out var b))
                foreach (var ((regel, kolonne), n) in b) { Tael(regel, kolonne, Behandling.Udeladt, n); raekker += n; }
            var gyldige = _gyldige[nr];
            raekker += gyldige;
            if (_modstrid[nr]) Tael(Kontraktregler.Modstrid, "foedselsdato", Behandling.Udeladt, gyldige);
            else if (gyldige > 1) Tael(Kontraktregler.Dublet, null, Behandling.TaltEnGang, gyldige - 1);
            foedt[k] = gyldige > 0 && !_modstrid[nr] ? _foedt[nr] : IngenDato;
        }
        var liste = brud.OrderBy(b => b.Key.Kolonne ?? "", StringComparer.Ordinal).ThenBy(b => b.Key.Regel, StringComparer.Ordinal)
            .Select(b => new Kontraktbrud("rap_person", b.Key.Regel, b.Key.Kolonne, b.Value, b.Key.B)).ToList();
        return (new PersonTabel(_ids, [.. numre], foedt, fremmede), liste, raekker);
    }
}
