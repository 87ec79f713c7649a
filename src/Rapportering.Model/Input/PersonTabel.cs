using System.Collections;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Input;

/// <summary>
/// One kommune's persons, numbered 0 … n-1: an id (in the register's <see cref="IdTabel"/>) and
/// a birth date (day number, <see cref="IngenDato"/> when missing or ambiguous)
/// per number. Ids a measure or examination refers to that rap_person lacks follow from n on
/// (<see cref="Fremmede"/>); they are no persons. As a list it is the persons in id order, each
/// made a <see cref="Person"/> only when asked for: the figures read the columns.
/// </summary>
internal sealed class PersonTabel : IReadOnlyList<Person>
{
    /// <summary>A birth date as a day number; this one is none (NULL, invalid or ambiguous).</summary>
    public const int IngenDato = -1;

    private readonly IdTabel _ids;
    private readonly int[] _numre;
    private readonly int[] _foedt;
    private int[]? _orden;

    public PersonTabel(IdTabel ids, int[] numre, int[] foedt, IdTabel fremmede)
    {
        _ids = ids;
        _numre = numre;
        _foedt = foedt;
        Fremmede = fremmede;
    }

    /// <summary>Ids without a row in rap_person, numbered from <see cref="Count"/> on.</summary>
    public IdTabel Fremmede { get; }

    /// <summary>Persons and foreign ids together: the size of a per-person array.</summary>
    public int AntalIAlt => _numre.Length + Fremmede.Antal;

    public int Count => _numre.Length;

    /// <summary>The birth day number of person <paramref name="nr"/>; <see cref="IngenDato"/> when none (a foreign id has none).</summary>
    public int Foedt(int nr) => nr < _numre.Length ? _foedt[nr] : IngenDato;

    public bool IRegister(int nr) => nr < _numre.Length;

    public ReadOnlySpan<byte> Id(int nr) => nr < _numre.Length ? _ids.Bytes(_numre[nr]) : Fremmede.Bytes(nr - _numre.Length);

    public string IdTekst(int nr) => System.Text.Encoding.UTF8.GetString(Id(nr));

    /// <summary>A table of the persons of a list (the first of an id twice wins), numbered in list order.</summary>
    public static PersonTabel Fra(IReadOnlyList<Person> personer)
    {
        var ids = new IdTabel(unikke: true);
        var foedt = new List<int>(personer.Count);
        foreach (var p in personer)
            if (ids.Tilfoej(p.PersonId) == foedt.Count) foedt.Add(p.Foedselsdato?.DayNumber ?? IngenDato);
        return new PersonTabel(ids, [.. Enumerable.Range(0, ids.Antal)], [.. foedt], new IdTabel(unikke: true));
    }

    /// <summary>The number of an id in this table (a new foreign one when it is not there). Only for a table built by <see cref="Fra"/>.</summary>
    public int Nummer(string id)
    {
        var nr = _ids.Find(id);
        return nr >= 0 ? nr : _numre.Length + Fremmede.Tilfoej(id);
    }

    public Person this[int index]
    {
        get
        {
            var nr = Orden()[index];
            var f = _foedt[nr];
            return new Person(IdTekst(nr), f == IngenDato ? null : DateOnly.FromDayNumber(f));
        }
    }

    private int[] Orden()
    {
        if (_orden is { } o) return o;
        var orden = Enumerable.Range(0, _numre.Length).ToArray();
        Array.Sort(orden, (a, b) => IdTabel.Sammenlign(Id(a), Id(b)));
        return _orden = orden;
    }

    public IEnumerator<Person> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
