using System.Collections;
using System.Numerics;

namespace Rapportering.Input;

/// <summary>
/// One kommune's measures as columns: a person number (in <see cref="Personer"/>), the kommune,
/// codes for the texts (<see cref="Koder"/>) and dates as day numbers (<see cref="IngenDato"/>:
/// no end) — ~45 bytes a measure instead of a record and its strings (~150). As a list each row
/// is made an <see cref="Indsats"/> only when asked for; the figures read the columns.
/// </summary>
internal sealed class IndsatsTabel : IReadOnlyList<Indsats>
{
    public const int IngenDato = -1;

    private readonly Blokke<int> _person = new(), _kommune = new(), _type = new(), _lov = new(), _bevilget = new(), _start = new(), _slut = new();

    /// <summary>indsats_id per row.</summary>
    public IdTabel Ider { get; } = new(unikke: false);
    public Kodebog Koder { get; } = new();

    /// <summary>Whose the person numbers are; set once they are this kommune's (see <see cref="Nummerer"/>).</summary>
    public PersonTabel? Personer { get; private set; }

    public int Count => _person.Count;

    public int Person(int i) => _person[i];
    public int Kommune(int i) => _kommune[i];
    public int Type(int i) => _type[i];
    public int Lov(int i) => _lov[i];
    public int Bevilget(int i) => _bevilget[i];
    public int Start(int i) => _start[i];
    public int Slut(int i) => _slut[i];

    /// <summary>One row; the texts as codes of <see cref="Koder"/>.</summary>
    public void Tilfoej(ReadOnlySpan<byte> id, int person, int kommune, int type, int lov, int bevilget, DateOnly start, DateOnly? slut)
    {
        Ider.Tilfoej(id);
        _person.Tilfoej(person);
        _kommune.Tilfoej(kommune);
        _type.Tilfoej(type);
        _lov.Tilfoej(lov);
        _bevilget.Tilfoej(bevilget);
        _start.Tilfoej(start.DayNumber);
        _slut.Tilfoej(slut?.DayNumber ?? IngenDato);
    }

    /// <summary>The measures of a list (tests, other sources), their person ids numbered in <paramref name="personer"/>.</summary>
    public static IndsatsTabel Fra(IReadOnlyList<Indsats> liste, PersonTabel personer)
    {
        var t = new IndsatsTabel();
        foreach (var x in liste)
            t.Tilfoej(System.Text.Encoding.UTF8.GetBytes(x.IndsatsId), personer.Nummer(x.PersonId), x.KommuneKode, t.Koder.Kode(x.Indsatstype), t.Koder.Kode(x.Lovgrundlag),
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
        var antal = Count;
        var spande = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)antal * 2))];
        var maske = spande.Length - 1;
        var kopi = new bool[antal];
        for (var i = 0; i < antal; i++)
        {
            var s = Hash(i) & maske;
            for (; spande[s] != 0; s = (s + 1) & maske)
                if (Ens(spande[s] - 1, i)) { kopi[i] = true; break; }
            if (!kopi[i]) spande[s] = i + 1;
        }
        // Kept rows move towards the front, in order.
        var n = 0;
        for (var i = 0; i < antal; i++)
        {
            if (kopi[i]) continue;
            if (n != i) Flyt(i, n);
            n++;
        }
        Ider.Behold(i => !kopi[i]);
        foreach (var k in Kolonner()) k.Afkort(n);
        return antal - n;
    }

    private Blokke<int>[] Kolonner() => [_person, _kommune, _type, _lov, _bevilget, _start, _slut];

    private bool Ens(int k, int i) =>
        _person[k] == _person[i] && _kommune[k] == _kommune[i] && _type[k] == _type[i] && _lov[k] == _lov[i]
        && _bevilget[k] == _bevilget[i] && _start[k] == _start[i] && _slut[k] == _slut[i] && Ider.Bytes(k).SequenceEqual(Ider.Bytes(i));

    // Over the id, the person and the dates only: rows equal in every column are equal in these, and
    // rows that differ only elsewhere are told apart by Ens. Cheaper than all eight columns.
    private int Hash(int i)
    {
        var h = (uint)IdTabel.Hash(Ider.Bytes(i));
        h = (h ^ (uint)_person[i]) * 0x9E3779B1u;
        h = (h ^ (uint)_start[i]) * 0x85EBCA77u;
        h = (h ^ (uint)_slut[i]) * 0xC2B2AE3Du;
        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }

    private void Flyt(int fra, int til)
    {
        foreach (var k in Kolonner()) k[til] = k[fra];
    }

    /// <summary>Makes the person numbers this kommune's: <paramref name="nummer"/> maps a reader's number to one in <paramref name="personer"/>.</summary>
    public void Nummerer(Func<int, int> nummer, PersonTabel? personer)
    {
        for (var i = 0; i < Count; i++) _person[i] = nummer(_person[i]);
        Personer = personer;
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
