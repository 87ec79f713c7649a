using System.Text.RegularExpressions;

namespace Rapportering.Tests.Arkitektur;

/// <summary>
/// The data flow of DESIGN.md as rules over the source: models are pure (no database, no files,
/// no clock), renderers compute no figure, and nothing writes a person id to a log.
/// </summary>
public class ArkitekturTests
{
    private static readonly string Kilde = FindKilde();

    private static string FindKilde()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Rapportering.sln"))) return Path.Combine(d.FullName, "src", "Rapportering");
        throw new InvalidOperationException("fandt ikke Rapportering.sln over testmappen");
    }

    private static IEnumerable<(string Fil, string Tekst)> Filer(string mappe) =>
        Directory.EnumerateFiles(Path.Combine(Kilde, mappe), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(Kilde, f), File.ReadAllText(f)));

    [Theory]
    [InlineData("Figures")]
    [InlineData("Domain")]
    [InlineData("Report")]
    [InlineData("Sammenligninger")]
    public void Modeller_og_rapportdokument_laver_ingen_IO_og_laeser_ikke_uret(string mappe)
    {
        var forbudt = new Regex(@"using (Dapper|Microsoft\.Data|Npgsql|System\.Data)\b|\bFile\.|\bDirectory\.|DateTime\.(Now|UtcNow|Today)|TimeProvider\.System|Console\.");
        var brud = Filer(mappe).Where(f => forbudt.IsMatch(f.Tekst)).Select(f => f.Fil).ToList();
        Assert.True(brud.Count == 0, "I/O eller ur i rene modeller: " + string.Join(", ", brud));
        Assert.NotEmpty(Filer(mappe));
    }

    [Fact]
    public void Renderere_beregner_ingen_noegletal()
    {
        var forbudt = new Regex(@"\b(NoegletalBeregner|OekonomiBeregner|TrivselBeregner|FigurBeregning|ViewReader)\b");
        var brud = Filer("Rendering").Where(f => forbudt.IsMatch(f.Tekst)).Select(f => f.Fil).ToList();
        Assert.True(brud.Count == 0, "renderere må kun se rapportdokumentet/eksporten: " + string.Join(", ", brud));
    }

    [Fact]
    public void Ingen_logning_af_person_id()
    {
        // A log call must never carry a person id: PersonId may not appear on a line that logs.
        var log = new Regex(@"(Log(Information|Warning|Error|Debug|Trace|Critical)|Console\.(Error\.)?Write(Line)?)\(.*PersonId", RegexOptions.IgnoreCase);
        var alle = Directory.EnumerateFiles(Path.GetDirectoryName(Kilde)!, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var brud = alle.Where(f => File.ReadLines(f).Any(l => log.IsMatch(l))).ToList();
        Assert.Empty(brud);
    }
}
