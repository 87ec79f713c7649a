using System.Collections;
using Rapportering.Input;

namespace Rapportering.Figures.Datakvalitet;

/// <summary>
/// The registrations that passed <see cref="RegistreringsKontrol"/>: every measure has a known
/// type, sane dates and a person with a birth date; duplicates are gone. Fund says what was left
/// out. Held as row numbers into the kommune's columns, grouped by person (the measures of one
/// person by start, the examinations by date): what the counting reads, with no copy of a row.
/// </summary>
public sealed class RensedeRegistreringer
{
    internal RensedeRegistreringer(PersonTabel personer, IndsatsTabel indsatser, int[] indsatsRaekker, int[] indsatsFra,
        UndersoegelseTabel undersoegelser, int[] undersoegelsesRaekker, int[] undersoegelsesFra, IReadOnlyList<DatakvalitetFund> fund)
    {
        PersonKolonner = personer;
        IndsatsKolonner = indsatser;
        IndsatsRaekker = indsatsRaekker;
        IndsatsFra = indsatsFra;
        UndersoegelsesKolonner = undersoegelser;
        UndersoegelsesRaekker = undersoegelsesRaekker;
        UndersoegelsesFra = undersoegelsesFra;
        Fund = fund;
    }

    public IReadOnlyList<Indsats> Indsatser => new Udsnit<Indsats>(IndsatsKolonner, IndsatsRaekker);
    public IReadOnlyList<Undersoegelse> Undersoegelser => new Udsnit<Undersoegelse>(UndersoegelsesKolonner, UndersoegelsesRaekker);
    public IReadOnlyList<DatakvalitetFund> Fund { get; }

    internal PersonTabel PersonKolonner { get; }
    internal IndsatsTabel IndsatsKolonner { get; }
    /// <summary>Kept measures' rows; person p's are IndsatsRaekker[IndsatsFra[p] .. IndsatsFra[p + 1]], by start.</summary>
    internal int[] IndsatsRaekker { get; }
    internal int[] IndsatsFra { get; }
    internal UndersoegelseTabel UndersoegelsesKolonner { get; }
    internal int[] UndersoegelsesRaekker { get; }
    internal int[] UndersoegelsesFra { get; }

    /// <summary>The earliest start of a kept measure (day number); only when there is one.</summary>
    internal int FoersteStart()
    {
        var foerste = int.MaxValue;
        foreach (var r in IndsatsRaekker) foerste = Math.Min(foerste, IndsatsKolonner.Start(r));
        return foerste;
    }

    private sealed class Udsnit<T>(IReadOnlyList<T> kilde, int[] raekker) : IReadOnlyList<T>
    {
        public T this[int index] => kilde[raekker[index]];
        public int Count => raekker.Length;

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var r in raekker) yield return kilde[r];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
