using System.Collections;
using System.Numerics;

namespace Rapportering.Input;

/// <summary>
/// One kommune's measures as columns: a person number (in <see cref="Personer"/>), the kommune,
/// codes for the texts (<see cref="Koder"/>) and dates as day numbers (<see cref="IngenDato"/>:
/// no end) — ~40 bytes a measure instead of a record and its strings (~150). As a list each row
/// is made an <see cref="Indsats"/> only when asked for; the figures read the columns.
/// </summary>
internal sealed class IndsatsTabel : IReadOnlyList<Indsats>
{
    public const int IngenDato = -1;

    private int[] _person = new int[16];
    private int[] _kommune = new int[16];
    private int[] _type = new int[16], _lov = new int[16], _bevilget = new int[16];
    private int[] _start = new int[16], _slut = new int[16];

    /// <summary>indsats_id per row.</summary>
    public IdTabel Ider { get; private set; } = new(unikke: false);
    public Kodebog Koder { get; } = new();

    /// <summary>Whose the person numbers are; set once they are this kommune's (see <see cref="Nummerer"/>).</summary>
    public PersonTabel? Personer { get; private set; }

    public int Count { get; private set; }

    public int Person(int i) => _person[i];
    public int Kommune(int i) => _kommune[i];
    public int Type(int i) => _type[i];
    public int Lov(int i) => _lov[i];
    public int Bevilget(int i) => _bevilget[i];
    public int Start(int i) => _start[i];
    public int Slut(int i) => _slut[i];

    /// <summary>One row; the texts as codes of <see cref="Koder"/>.</summary>
    public void Tilfoej(ReadOnlySpan<char> id, int person, int kommune, int type, int lov, int bevilget, DateOnly start, DateOnly? slut)
    {
        if (Count == _person.Length) Udvid(Count * 2);
        var i = Count++;
        Ider.Tilfoej(id);
        _person[i] = person;
        _kommune[i] = kommune;
        _type[i] = type;
        _lov[i] = lov;
        _bevilget[i] = bevilget;
        _start[i] = start.DayNumber;
        _slut[i] = slut?.DayNumber ?? IngenDato;
    }

    /// <summary>The measures of a list (tests, other sources), their person ids numbered in <paramref name="personer"/>.</summary>
    public static IndsatsTabel Fra(IReadOnlyList<Indsats> liste, PersonTabel personer)
    {
        var t = new IndsatsTabel();
        foreach (var x in liste)
            t.Tilfoej(x.IndsatsId, personer.Nummer(x.PersonId), x.KommuneKode, t.Koder.Kode(x.Indsatstype), t.Koder.Kode(x.Lovgrundlag),
                t.Koder.Kode(x.BevilgetAf), x.Startdato, x.Slutdato);
        t.Personer = personer;
        return t;
    }

    /// <summary>
    /// Rows identical in every column count once (the first is kept, in order); the rest are
    /// dropped. Returns how many were dropped. Open addressing over the row numbers: no key objects.
    /// </summary>
    public int FjernKopier()
    {
        var spande = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)Count * 2))];
        var maske = spande.Length - 1;
        var ider = new IdTabel(unikke: false);
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            var s = Hash(i) & maske;
            var kopi = false;
            for (; spande[s] != 0; s = (s + 1) & maske)
                if (Ens(spande[s] - 1, i, ider)) { kopi = true; break; }
            if (kopi) continue;
            // Kept rows move down; their slot holds the new row number (ids already copied into `ider`).
            Flyt(i, n, ider);
            spande[s] = n + 1;
            n++;
        }
        var fjernet = Count - n;
        Count = n;
        Ider = ider;
        return fjernet;
    }

    // Row k < i is already moved to its new place (its id in `ider`); row i is still in the old one.
    private bool Ens(int k, int i, IdTabel ider) =>
        _person[k] == _person[i] && _kommune[k] == _kommune[i] && _type[k] == _type[i] && _lov[k] == _lov[i]
        && _bevilget[k] == _bevilget[i] && _start[k] == _start[i] && _slut[k] == _slut[i] && ider.Bytes(k).SequenceEqual(Ider.Bytes(i));

    private int Hash(int i) => HashCode.Combine(IdTabel.Hash(Ider.Bytes(i)), _person[i], _kommune[i], _type[i], _lov[i], _bevilget[i], _start[i], _slut[i]) & int.MaxValue;

    private void Flyt(int fra, int til, IdTabel ider)
    {
        ider.Tilfoej(Ider.Bytes(fra));
        _person[til] = _person[fra];
        _kommune[til] = _kommune[fra];
        _type[til] = _type[fra];
        _lov[til] = _lov[fra];
        _bevilget[til] = _bevilget[fra];
        _start[til] = _start[fra];
        _slut[til] = _slut[fra];
    }

    /// <summary>Makes the person numbers this kommune's: <paramref name="nummer"/> maps a reader's number to one in <paramref name="personer"/>.</summary>
    public void Nummerer(Func<int, int> nummer, PersonTabel? personer)
    {
        for (var i = 0; i < Count; i++) _person[i] = nummer(_person[i]);
        Personer = personer;
        Udvid(Count);
        Ider.Trim();
    }

    private void Udvid(int n)
    {
        Array.Resize(ref _person, n);
        Array.Resize(ref _kommune, n);
        Array.Resize(ref _type, n);
        Array.Resize(ref _lov, n);
        Array.Resize(ref _bevilget, n);
        Array.Resize(ref _start, n);
        Array.Resize(ref _slut, n);
    }

    public Indsats this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var slut = _slut[index];
            return new Indsats(Ider.Tekst(index), Personer!.IdTekst(_person[index]), _kommune[index], Koder[_type[index]]!, Koder[_lov[index]],
                Koder[_bevilget[index]], DateOnly.FromDayNumber(_start[index]), slut == IngenDato ? null : DateOnly.FromDayNumber(slut));
        }
    }

    public IEnumerator<Indsats> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
