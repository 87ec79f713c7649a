using System.Text.RegularExpressions;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// Checks one view's rows cell by cell as they are read. Call <see cref="NyRaekke"/>, read the
/// columns, then keep the row only if <see cref="Brudt"/> is false. A row is counted under the
/// first column and rule it breaks, so the counts add up to the rows left out; the value itself
/// is never kept.
/// </summary>
internal sealed class Raekkekontrol(string view)
{
    private readonly Dictionary<(string Regel, string Kolonne), int> _brud = [];
    private readonly Dictionary<(string Regel, string Kolonne), int> _erstattet = [];
    private bool _brudt;

    public string View { get; } = view;
    public int Laest { get; private set; }
    public bool Brudt => _brudt;

    public void NyRaekke()
    {
        _brudt = false;
        Laest++;
    }

    /// <summary>Marks the current row as broken (a rule that needs several columns).</summary>
    public void Brud(string regel, string kolonne)
    {
        if (_brudt) return;
        _brudt = true;
        _brud[(regel, kolonne)] = _brud.GetValueOrDefault((regel, kolonne)) + 1;
    }

    /// <summary>A cell that broke a rule but whose row is kept with a stand-in value.</summary>
    public void Erstattet(string regel, string kolonne) =>
        _erstattet[(regel, kolonne)] = _erstattet.GetValueOrDefault((regel, kolonne)) + 1;

    private T Tjek<T>(Raekke r, int i, string? regel, T vaerdi)
    {
        // The contract's name, not the reader's: PostgreSQL lower-cases the query's aliases.
        if (regel is not null) Brud(regel, ViewFejl.Kolonner[View][i]);
        return vaerdi;
    }

    public int Heltal(Raekke r, int i, int min, int max)
    {
        if (_brudt) return 0;
        var regel = Celle.Heltal(r, i, min, max, out var v);
        return Tjek(r, i, regel, (int)v);
    }

    public int? HeltalEllerNull(Raekke r, int i, int min, int max) => r.Type(i) == CelleType.Null ? null : Heltal(r, i, min, max);

    public decimal Decimaltal(Raekke r, int i, decimal min, decimal max)
    {
        if (_brudt) return 0;
        var regel = Celle.Decimaltal(r, i, min, max, out var v);
        return Tjek(r, i, regel, v);
    }

    public decimal? DecimaltalEllerNull(Raekke r, int i, decimal min, decimal max) => r.Type(i) == CelleType.Null ? null : Decimaltal(r, i, min, max);

    public DateOnly Dato(Raekke r, int i)
    {
        if (_brudt) return default;
        var regel = Celle.Dato(r, i, out var v);
        return Tjek(r, i, regel, v);
    }

    public DateOnly? DatoEllerNull(Raekke r, int i) => r.Type(i) == CelleType.Null ? null : Dato(r, i);

    /// <summary>
    /// A required text, optionally of a form (a regular expression) or from a vocabulary; its
    /// string comes from <paramref name="kilde"/> (a pool for texts that repeat).
    /// </summary>
    public string Tekst(Raekke r, int i, ITekstKilde kilde, Regex? form = null, HashSet<string>? ordforraad = null) =>
        Tekst(r, i, kilde, form, ordforraad, valgfri: false) ?? "";

    /// <summary>A text that may be missing: NULL or only blanks is null.</summary>
    public string? TekstEllerNull(Raekke r, int i, ITekstKilde kilde, Regex? form = null) =>
        Tekst(r, i, kilde, form, null, valgfri: true);

    private string? Tekst(Raekke r, int i, ITekstKilde kilde, Regex? form, HashSet<string>? ordforraad, bool valgfri)
    {
        Span<char> buffer = stackalloc char[Celle.MaksTegn];
        var v = Tegn(r, i, buffer, out var findes, form, ordforraad, valgfri);
        return findes ? kilde.Hent(v) : valgfri ? null : "";
    }

    /// <summary>
    /// A text checked like <see cref="Tekst"/>, left as characters in <paramref name="buffer"/> for
    /// values that become a number or a code rather than a string. <paramref name="findes"/> is
    /// false when the row broke (or, with <paramref name="valgfri"/>, the cell is NULL or blank).
    /// </summary>
    public ReadOnlySpan<char> Tegn(Raekke r, int i, Span<char> buffer, out bool findes, Regex? form = null, HashSet<string>? ordforraad = null, bool valgfri = false)
    {
        findes = false;
        if (_brudt) return default;
        var regel = Celle.Tegn(r, i, buffer, out var v);
        if (valgfri && regel == Kontraktregler.ManglerVaerdi) return default;
        if (regel is null && form is not null && !form.IsMatch(v)) regel = Kontraktregler.UgyldigTekst;
        if (regel is null && ordforraad is not null && !ordforraad.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v)) regel = Kontraktregler.UkendtVaerdi;
        if (regel is not null)
        {
            Tjek(r, i, regel, 0);
            return default;
        }
        findes = true;
        return v;
    }

    /// <summary>
    /// A text that becomes a code, checked like <see cref="Tegn"/> but once per distinct cell: its
    /// value in <paramref name="kolonne"/>, or -1 when the row broke (or, with
    /// <paramref name="valgfri"/>, the cell is NULL or blank).
    /// </summary>
    public int Vaerdi(Raekke r, int i, KodeKolonne kolonne, HashSet<string>? ordforraad = null, bool valgfri = false)
    {
        if (_brudt) return -1;
        if (r.Utf8(i, out var raa) && kolonne.Find(raa) is var kendt and >= 0) return kendt;
        Span<char> buffer = stackalloc char[Celle.MaksTegn];
        var v = Tegn(r, i, buffer, out var findes, ordforraad: ordforraad, valgfri: valgfri);
        if (!findes) return -1;
        return kolonne.Tilfoej(v, r.Utf8(i, out raa) ? raa : default);
    }

    /// <summary>
    /// A required id (person_id, indsats_id) as UTF-8: a plain cell's own bytes (<see cref="Celle.Enkel"/>),
    /// any other checked like <see cref="Tegn"/> and encoded into <paramref name="ud"/>. Empty when the row broke.
    /// </summary>
    public ReadOnlySpan<byte> Id(Raekke r, int i, Span<char> buffer, Span<byte> ud)
    {
        if (_brudt) return default;
        if (Celle.Enkel(r, i, out var bytes)) return bytes;
        var tegn = Tegn(r, i, buffer, out var findes);
        return findes ? ud[..System.Text.Encoding.UTF8.GetBytes(tegn, ud)] : default;
    }

    private readonly List<Kontraktbrud> _oevrige = [];

    /// <summary>Adds findings of the key checks that ran after the cells were read.</summary>
    public Raekkekontrol MedBrud(IEnumerable<Kontraktbrud> brud)
    {
        _oevrige.AddRange(brud);
        return this;
    }

    public IEnumerable<Kontraktbrud> Fund() =>
        Sorteret(_brud, Behandling.Udeladt).Concat(Sorteret(_erstattet, Behandling.Erstattet)).Concat(_oevrige);

    private IEnumerable<Kontraktbrud> Sorteret(Dictionary<(string Regel, string Kolonne), int> brud, Behandling b) =>
        brud.OrderBy(x => x.Key.Kolonne, StringComparer.Ordinal).ThenBy(x => x.Key.Regel, StringComparer.Ordinal)
            .Select(x => new Kontraktbrud(View, x.Key.Regel, x.Key.Kolonne, x.Value, b));
}
