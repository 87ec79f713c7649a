namespace Rapportering.Input;

/// <summary>
/// A growing column in blocks of 8.192 values (≤ 64 KB), for the reader's million-row views.
/// A doubling array puts every old copy on the large-object heap, which only a full collection
/// frees: reading a million measures left ~250 MB of such copies behind before one ran. Blocks
/// stay small objects, are never copied when the column grows, and waste at most one block.
/// </summary>
internal sealed class Blokke<T> where T : struct
{
    private const int Skift = 13, Stoerrelse = 1 << Skift, Maske = Stoerrelse - 1;

    private T[][] _blokke = new T[4][];

    public int Count { get; private set; }

    public T this[int i]
    {
        get => _blokke[i >> Skift][i & Maske];
        set => _blokke[i >> Skift][i & Maske] = value;
    }

    public void Tilfoej(T v)
    {
        if ((Count & Maske) == 0)
        {
            var b = Count >> Skift;
            if (b == _blokke.Length) Array.Resize(ref _blokke, b * 2);
            _blokke[b] ??= new T[Stoerrelse];
        }
        _blokke[Count >> Skift][Count & Maske] = v;
        Count++;
    }

    /// <summary>Keeps the first <paramref name="n"/> values and lets the blocks after them go.</summary>
    public void Afkort(int n)
    {
        Count = n;
        for (var b = (n + Maske) >> Skift; b < _blokke.Length; b++) _blokke[b] = null!;
    }
}
