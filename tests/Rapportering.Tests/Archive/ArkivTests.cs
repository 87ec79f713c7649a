using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Archive;

public sealed class ArkivTests : IDisposable
{
    private readonly string _rod = Directory.CreateTempSubdirectory("arkiv-").FullName;
    private readonly FalskUr _ur = new(new DateTimeOffset(2017, 10, 15, 4, 0, 0, TimeSpan.Zero));
    private static readonly Skaeringsdato D = Skaeringsdato.Parse("2017-09-30");

    private static Dictionary<string, byte[]> Filer(string data, string pdf = "pdf") => new()
    {
        ["101-2017-09-30.json"] = System.Text.Encoding.UTF8.GetBytes(data),
        ["101-2017-09-30.pdf"] = System.Text.Encoding.UTF8.GetBytes(pdf),
    };

    [Fact]
    public void Samme_indhold_giver_ingen_ny_version_nyt_indhold_giver_v2()
    {
        var arkiv = new Arkiv(_rod, _ur);
        var v1 = arkiv.SkrivVersion(101, D, Filer("a"), new DateOnly(2017, 9, 30), "1", "h");
        // A PDF with a new creation stamp but the same data is not new content.
        var igen = arkiv.SkrivVersion(101, D, Filer("a", pdf: "pdf med nyt tidsstempel"), new DateOnly(2017, 9, 30), "1", "h");
        var v2 = arkiv.SkrivVersion(101, D, Filer("b"), new DateOnly(2017, 9, 30), "1", "h");
        var v3 = arkiv.SkrivVersion(101, D, Filer("b"), new DateOnly(2017, 9, 30), "1", "ny skabelon");

        Assert.True(v1.Ny);
        Assert.Equal(1, v1.Manifest.Version);
        Assert.False(igen.Ny);
        Assert.Equal(1, igen.Manifest.Version);
        Assert.Equal((2, true), (v2.Manifest.Version, v2.Ny));
        Assert.Equal((3, true), (v3.Manifest.Version, v3.Ny));
        Assert.Equal([1, 2, 3], arkiv.Versioner(101, D));
        Assert.Equal([101], arkiv.Kommuner());
        Assert.Equal([D], arkiv.Datoer(101));
        // Layout the web front reads: <rod>/101/2017-09-30/v1/{files, manifest.json}; v1 is untouched.
        Assert.Equal("pdf", File.ReadAllText(Path.Combine(_rod, "101", "2017-09-30", "v1", "101-2017-09-30.pdf")));
        Assert.True(File.Exists(Path.Combine(_rod, "101", "2017-09-30", "v1", "manifest.json")));
        var m = arkiv.LaesManifest(101, D, 1)!;
        Assert.Equal(Arkiv.Sha256("a"u8), m.Filer.Single(f => f.Navn.EndsWith(".json")).Sha256);
        Assert.Equal(_ur.Nu, m.Oprettet);
        Assert.Equal("a"u8.ToArray(), arkiv.LaesFil(101, D, 1, "101-2017-09-30.json"));
    }

    [Fact]
    public void Efterladt_halv_version_fra_et_nedbrud_ses_ikke()
    {
        // What a killed writer leaves: a temp folder with half a file, never a v<N> folder.
        var halv = Path.Combine(_rod, ".tmp", "101-2017-09-30-v1-abc");
        Directory.CreateDirectory(halv);
        File.WriteAllText(Path.Combine(halv, ".101-2017-09-30.pdf.x.tmp"), "hal");
        var arkiv = new Arkiv(_rod, _ur);
        Assert.Empty(arkiv.Kommuner());
        var v = arkiv.SkrivVersion(101, D, Filer("a"), new DateOnly(2017, 9, 30), "1", "h");
        Assert.Equal(1, v.Manifest.Version);
        ArkivKontrol.IngenHalveFiler(_rod);
    }

    [Fact]
    public void Aendret_fil_opdages_ved_laesning()
    {
        var arkiv = new Arkiv(_rod, _ur);
        arkiv.SkrivVersion(101, D, Filer("a"), new DateOnly(2017, 9, 30), "1", "h");
        File.WriteAllText(Path.Combine(_rod, "101", "2017-09-30", "v1", "101-2017-09-30.pdf"), "manipuleret");
        Assert.Throws<InvalidDataException>(() => arkiv.LaesFil(101, D, 1, "101-2017-09-30.pdf"));
    }

    public void Dispose() => Directory.Delete(_rod, recursive: true);
}

/// <summary>Asserts the archive holds only complete versions: every file in a v&lt;N&gt; folder is in its manifest with the right hash.</summary>
internal static class ArkivKontrol
{
    public static void IngenHalveFiler(string rod)
    {
        foreach (var v in Directory.EnumerateDirectories(rod, "v*", SearchOption.AllDirectories).Where(d => !d.Contains("/.")))
        {
            var manifest = System.Text.Json.JsonSerializer.Deserialize<ArkivManifest>(File.ReadAllBytes(Path.Combine(v, "manifest.json")))!;
            var filer = Directory.EnumerateFiles(v).Select(f => Path.GetFileName(f)).Where(n => n != "manifest.json").Order().ToList();
            Assert.Equal(manifest.Filer.Select(f => f.Navn).Order().ToList(), filer);
            foreach (var f in manifest.Filer)
                Assert.Equal(f.Sha256, Arkiv.Sha256(File.ReadAllBytes(Path.Combine(v, f.Navn))));
        }
    }
}
