using System.Text;
using Rapportering.Input;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Tests.Input.Kontrakt;

/// <summary>
/// A code column remembers a checked value by its raw cell, and gives codes only when asked
/// (for a kept row), in that order: the same codes as the rows' texts gave before.
/// </summary>
public sealed class KodeKolonneTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Samme_raa_celle_er_samme_vaerdi_og_trimmede_varianter_deler_vaerdi()
    {
        var k = new KodeKolonne(new Kodebog());
        Assert.Equal(-1, k.Find(U("institution")));
        var v = k.Tilfoej("institution", U("institution"));
        Assert.Equal(v, k.Find(U("institution")));
        // Another raw cell with the same checked text (blanks around it) is the same value, remembered by its own bytes.
        Assert.Equal(-1, k.Find(U(" institution ")));
        Assert.Equal(v, k.Tilfoej("institution", U(" institution ")));
        Assert.Equal(v, k.Find(U(" institution ")));
        var w = k.Tilfoej("SEL § 52, stk. 3, nr. 7", U("SEL § 52, stk. 3, nr. 7"));
        Assert.NotEqual(v, w);
        Assert.Equal(w, k.Find(U("SEL § 52, stk. 3, nr. 7")));
        Assert.Equal(-1, k.Find(U("SEL § 52, stk. 3, nr. 3")));
        // Without raw bytes (a provider that gives strings) nothing is remembered by bytes.
        var x = k.Tilfoej("familiepleje", default);
        Assert.Equal(-1, k.Find(U("familiepleje")));
        Assert.Equal(x, k.Tilfoej("familiepleje", U("familiepleje")));
    }

    [Fact]
    public void Koder_gives_i_den_raekkefoelge_de_spoerges_og_ingen_vaerdi_er_null()
    {
        var koder = new Kodebog();
        var k = new KodeKolonne(koder);
        var a = k.Tilfoej("a", U("a"));
        var b = k.Tilfoej("b", U("b"));
        // "a" was only in a row that broke later: it has no code until a kept row holds it.
        Assert.Equal(0, k.Kode(b));
        Assert.Equal(1, k.Kode(a));
        Assert.Equal(0, k.Kode(b));
        Assert.Equal("b", koder[0]);
        Assert.Equal("a", koder[1]);
        Assert.Equal(Kodebog.Null, k.Kode(-1));
    }

    [Fact]
    public void To_kolonner_deler_kodebog_men_ikke_hukommelse()
    {
        var koder = new Kodebog();
        var type = new KodeKolonne(koder);
        var lov = new KodeKolonne(koder);
        var t = type.Tilfoej("andet", U("andet"));
        Assert.Equal(-1, lov.Find(U("andet")));
        var l = lov.Tilfoej("andet", U("andet"));
        Assert.Equal(type.Kode(t), lov.Kode(l));
        Assert.Equal(1, koder.Antal);
    }

    [Fact]
    public void Mange_forskellige_celler_giver_stadig_rette_vaerdier()
    {
        var k = new KodeKolonne(new Kodebog());
        var vaerdier = Enumerable.Range(0, 3_000).Select(i => k.Tilfoej($"v{i}", U($"v{i}"))).ToList();
        Assert.Equal(Enumerable.Range(0, 3_000), vaerdier);
        // Remembered by bytes up to a bound; past it a cell is read the slow way, with the same value.
        Assert.Equal(5, k.Find(U("v5")));
        Assert.Equal(1_000, k.Find(U("v1000")));
        Assert.Equal(-1, k.Find(U("v2999")));
        Assert.Equal(2_999, k.Tilfoej("v2999", U("v2999")));
    }
}
