using System.Text;
using Rapportering.Input;

namespace Rapportering.Tests.Input;

/// <summary>
/// The id table the reader numbers persons and measures by: its buckets carry part of the hash
/// and its first blocks are small, so these check numbering, look-up and compaction across
/// every growth of the buckets and every block size (1, 4, 16 and 64 KB).
/// </summary>
public sealed class IdTabelTests
{
    // Lengths 1–600 bytes (the reader's longest id: 200 characters of up to three bytes), so ids
    // cross the ends of the small blocks and of the 64 KB ones; non-ASCII included.
    private static byte[] Id(int i) => Encoding.UTF8.GetBytes($"p{i}-" + new string((char)('a' + i % 26), i % 97) + (i % 5 == 0 ? "æøå" : "") + new string('x', i % 13 == 0 ? 500 : 0));

    [Fact]
    public void Unikke_ider_faar_numre_i_raekkefoelge_og_findes_igen()
    {
        var t = new IdTabel(unikke: true);
        const int n = 50_000;
        for (var i = 0; i < n; i++) Assert.Equal(i, t.Tilfoej(Id(i)));
        Assert.Equal(n, t.Antal);
        for (var i = 0; i < n; i += 7)
        {
            Assert.Equal(i, t.Tilfoej(Id(i)));
            Assert.Equal(i, t.Find(Id(i)));
            Assert.Equal(i, t.Find(Id(i), t.Forbered(Id(i))));
            Assert.True(t.Bytes(i).SequenceEqual(Id(i)));
        }
        Assert.Equal(n, t.Antal);
        Assert.Equal(-1, t.Find(Id(n)));
        Assert.Equal(-1, t.Find("p1-"u8));
        Assert.Equal(-1, t.Find(Id(3).AsSpan(0, Id(3).Length - 1)));
    }

    [Fact]
    public void Behold_pakker_de_beholdte_ider_i_raekkefoelge()
    {
        var t = new IdTabel(unikke: false);
        const int n = 20_000;
        for (var i = 0; i < n; i++) t.Tilfoej(Id(i % 3 == 0 ? 1 : i));
        t.Behold(i => i % 4 != 1);
        var beholdt = Enumerable.Range(0, n).Where(i => i % 4 != 1).ToList();
        Assert.Equal(beholdt.Count, t.Antal);
        for (var j = 0; j < beholdt.Count; j++) Assert.True(t.Bytes(j).SequenceEqual(Id(beholdt[j] % 3 == 0 ? 1 : beholdt[j])), $"id {j}");
    }

    [Fact]
    public void Lange_ider_fra_en_liste_faar_plads_og_for_lange_afvises()
    {
        var t = new IdTabel(unikke: true);
        var lange = new[] { 5, 2_000, 10, 20_000, IdTabel.MaksLaengde, 127, 128 }.Select(n => Encoding.UTF8.GetBytes(new string('k', n - 1) + n % 10)).ToList();
        for (var i = 0; i < lange.Count; i++) Assert.Equal(i, t.Tilfoej(lange[i]));
        for (var i = 0; i < lange.Count; i++)
        {
            Assert.Equal(i, t.Find(lange[i]));
            Assert.True(t.Bytes(i).SequenceEqual(lange[i]), $"id {i}");
        }
        Assert.Throws<ArgumentException>(() => t.Tilfoej(new byte[IdTabel.MaksLaengde + 1]));
    }

    [Fact]
    public void Hash_afhaenger_af_hver_byte_og_af_laengden()
    {
        var a = Encoding.UTF8.GetBytes("bu59fym4v6u2");
        var set = new HashSet<int> { IdTabel.Hash(a), IdTabel.Hash(a.AsSpan(0, 11)), IdTabel.Hash([.. a, 0]) };
        for (var i = 0; i < a.Length; i++)
        {
            var b = (byte[])a.Clone();
            b[i] ^= 1;
            set.Add(IdTabel.Hash(b));
        }
        Assert.Equal(a.Length + 3, set.Count);
        Assert.All(set, h => Assert.True(h >= 0));
    }
}
