namespace Rapportering.Input.Kontrakt;

/// <summary>
/// How one view of one kommune holds the person of a row while it is read: the register's
/// number once the register is whole (<see cref="PersonRegister.Hel"/>); before that, and for an
/// id rap_person lacks, ~(its number in <see cref="Egne"/>, the view's own ids), so rap_person can
/// be read beside the view. <see cref="PersonRegister.For"/> turns both into the kommune's numbers.
/// </summary>
internal sealed class PersonNumre(PersonRegister register)
{
    // The last row's person: a person's measures tend to follow one another, and a look-up in a
    // national register of ~400.000 ids misses the cache several times over.
    private int _sidste = int.MinValue;

    public IdTabel Egne { get; } = new(unikke: true);

    // The person's hash when its look-up in the register was prepared (Forbered), for the same row's Nummer.
    private uint _hash;
    private bool _forberedt;

    /// <summary>Right after the row's person is read: starts the register's look-up, which the row's other cells then hide.</summary>
    public void Forbered(ReadOnlySpan<byte> person)
    {
        _forberedt = register.Hel && !person.IsEmpty;
        if (_forberedt) _hash = register.Ids.Forbered(person);
    }

    public int Nummer(ReadOnlySpan<byte> person)
    {
        var forberedt = _forberedt;
        _forberedt = false;
        if (_sidste != int.MinValue && Bytes(_sidste).SequenceEqual(person)) return _sidste;
        if (register.Hel && (forberedt ? register.Ids.Find(person, _hash) : register.Find(person)) is var nr and >= 0) return _sidste = nr;
        return _sidste = ~Egne.Tilfoej(person);
    }

    private ReadOnlySpan<byte> Bytes(int nummer) => nummer >= 0 ? register.Ids.Bytes(nummer) : Egne.Bytes(~nummer);
}
