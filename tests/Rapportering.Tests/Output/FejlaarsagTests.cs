using System.Text.Json;
using System.Text.Json.Nodes;
using Rapportering.Output;

namespace Rapportering.Tests.Output;

/// <summary>
/// The reason a user reads is ours, in Danish: never the English text of the exception behind it
/// (which may also quote a path or data).
/// </summary>
public sealed class FejlaarsagTests
{
    public static TheoryData<Exception, string> Fejl => new()
    {
        { new UnauthorizedAccessException("Access to the path '/srv/x' is denied."), "ingen adgang" },
        { new DirectoryNotFoundException("Could not find a part of the path '/srv/x'."), "mappen findes ikke" },
        { new FileNotFoundException("Could not find file '/srv/x'."), "stien findes ikke" },
        { new IOException("No space left on device : '/srv/x'", 28), "disken er fuld" },
        { new IOException("Disk quota exceeded : '/srv/x'", 122), "diskkvoten er brugt op" },
        { new IOException("Read-only file system : '/srv/x'", 30), "filsystemet er skrivebeskyttet" },
        { new IOException("Input/output error : '/srv/x'", 5), "filsystemet afviste det" },
    };

    [Theory]
    [MemberData(nameof(Fejl))]
    public void En_fils_fejl_faar_en_dansk_aarsag(Exception e, string aarsag) => Assert.Equal(aarsag, Fejlaarsag.Fil(e));

    [Fact]
    public void En_skrivning_i_en_mappe_der_ikke_findes_siger_det_uden_dotnets_tekst()
    {
        var sti = Path.Combine(Path.GetTempPath(), "rap-findes-ikke-" + Guid.NewGuid().ToString("N"), "510-2025-09-30.pdf");

        var fejl = Assert.Throws<SkrivFejl>(() => AtomiskSkrivning.Skriv(sti, [1, 2, 3]));

        Assert.Equal($"kan ikke skrive '{sti}': mappen findes ikke", fejl.Message);
        Assert.IsType<DirectoryNotFoundException>(fejl.InnerException); // the log still has the whole story
    }

    [Fact]
    public void En_afbrudt_JSON_tekst_siger_linje_og_tegn_talt_fra_1()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonNode.Parse("{\n  \"afsnit\": {\n    \"resume\": ,\n"));

        Assert.Equal("linje 3, tegn 15", Fejlaarsag.Json(e));
    }
}
