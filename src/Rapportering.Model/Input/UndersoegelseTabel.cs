using System.Collections;

namespace Rapportering.Input;

/// <summary>
/// One kommune's børnefaglige undersøgelser as columns (person number in <see cref="Personer"/>,
/// kommune, decision date as a day number); as a list each row is made an
/// <see cref="Undersoegelse"/> only when asked for. Like <see cref="IndsatsTabel"/>.
/// </summary>
internal sealed class UndersoegelseTabel : IReadOnlyList<Undersoegelse>
{
    private readonly Blokke<int> _person = new(), _kommune = new(), _dato = new();

    public PersonTabel? Personer { get; private set; }

    public int Count => _person.Count;

    public int Person(int i) => _person[i];
    public int Kommune(int i) => _kommune[i];
    public int Dato(int i) => _dato[i];

    public void Tilfoej(int person, int kommune, DateOnly dato)
    {
        _person.Tilfoej(person);
        _kommune.Tilfoej(kommune);
        _dato.Tilfoej(dato.DayNumber);
    }

    public static UndersoegelseTabel Fra(IReadOnlyList<Undersoegelse> liste, PersonTabel personer)
    {
        var t = new UndersoegelseTabel();
        foreach (var u in liste) t.Tilfoej(personer.Nummer(u.PersonId), u.KommuneKode, u.Afgoerelsesdato);
        t.Personer = personer;
        return t;
    }

    /// <summary>Rows identical in every column count once (the first is kept); returns how many were dropped.</summary>
    public int FjernKopier()
    {
        var set = new HashSet<(int, int, int)>(Count);
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!set.Add((_person[i], _kommune[i], _dato[i]))) continue;
            _person[n] = _person[i];
            _kommune[n] = _kommune[i];
            _dato[n++] = _dato[i];
        }
        var fjernet = Count - n;
        _person.Afkort(n);
        _kommune.Afkort(n);
        _dato.Afkort(n);
        return fjernet;
    }

    public void Nummerer(Func<int, int> nummer, PersonTabel? personer)
    {
        for (var i = 0; i < Count; i++) _person[i] = nummer(_person[i]);
        Personer = personer;
    }

    public Undersoegelse this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new Undersoegelse(Personer!.IdTekst(_person[index]), _kommune[index], DateOnly.FromDayNumber(_dato[index]));
        }
    }

    public IEnumerator<Undersoegelse> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
