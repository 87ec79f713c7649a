using Rapportering.Archive;
using Rapportering.Output;

namespace Rapportering.Tests.Output;

/// <summary>What a killed writer leaves is removed at the next start; a live writer's temp files are not.</summary>
public sealed class EfterladenskaberTests : IDisposable
{
    private readonly string _rod = Directory.CreateTempSubdirectory("efterladt-").FullName;

    [Fact]
    public void Doed_skrivers_tmp_fjernes_levende_skrivers_bliver()
    {
        // A pid that is not running (pid_max on Linux is at most 4194304).
        const int doed = 4_194_999;
        var maskine = Efterladenskaber.Maskine;
        var mappe = Directory.CreateDirectory(Path.Combine(_rod, "drop", "510", "2017-09-30", "v1")).FullName;
        var doedFil = Path.Combine(mappe, $".510-2017-09-30.pdf.{doed}@{maskine}.abc.tmp");
        var levendeFil = Path.Combine(mappe, $".510-2017-09-30.pdf.{Efterladenskaber.Maerke}.abc.tmp");
        var fremmedFil = Path.Combine(mappe, $".510-2017-09-30.pdf.{doed}@en-anden-server.abc.tmp");
        foreach (var f in new[] { doedFil, levendeFil, fremmedFil }) File.WriteAllBytes(f, []);
        var arkivTmp = Directory.CreateDirectory(Path.Combine(_rod, "arkiv", ".tmp")).FullName;
        var doedStaging = Directory.CreateDirectory(Path.Combine(arkivTmp, $"510-2017-09-30-v1-{doed}@{maskine}.abc")).FullName;
        var levendeStaging = Directory.CreateDirectory(Path.Combine(arkivTmp, $"510-2017-09-30-v1-{Efterladenskaber.Maerke}.abc")).FullName;

        Assert.Equal(1, Efterladenskaber.RydTempFiler(Path.Combine(_rod, "drop")));
        Assert.Equal(1, new Arkiv(Path.Combine(_rod, "arkiv"), TimeProvider.System).RydEfterladte());

        Assert.False(File.Exists(doedFil));
        Assert.True(File.Exists(levendeFil));
        Assert.True(File.Exists(fremmedFil)); // another server's: only after an hour
        Assert.False(Directory.Exists(doedStaging));
        Assert.True(Directory.Exists(levendeStaging));
    }

    public void Dispose() => Directory.Delete(_rod, recursive: true);
}
