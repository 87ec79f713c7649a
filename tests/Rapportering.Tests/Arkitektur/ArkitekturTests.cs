using System.Text.RegularExpressions;
using Rapportering.Templates;

namespace Rapportering.Tests.Arkitektur;

/// <summary>
/// The data flow of DESIGN.md as rules over the source and over the compiled IL: models and the
/// report step are pure (no database, no files, no clock, no template loading), renderers compute
/// no figure, and nothing writes a person id to a log.
/// </summary>
public class ArkitekturTests
{
    /// <summary>src/ of the repository.</summary>
    internal static readonly string Src = FindSrc();

    /// <summary>The model project's folder, where the pure folders live.</summary>
    private static readonly string Kilde = Path.Combine(Src, "Rapportering.Model");

    private static string FindSrc()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Rapportering.sln"))) return Path.Combine(d.FullName, "src");
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
    [InlineData("Completeness")]
    [InlineData("Offentlige")]
    [InlineData("Input")]
    [InlineData("Templates")]
    public void Modeller_og_rapportdokument_laver_ingen_IO_og_laeser_ikke_uret(string mappe)
    {
        var forbudt = new Regex(@"using (Dapper|Microsoft\.Data|Npgsql|System\.Data)\b|\bFile\.|\bDirectory\.|DateTime\.(Now|UtcNow|Today)|TimeProvider\.System|Console\.");
        var brud = Filer(mappe).Where(f => forbudt.IsMatch(f.Tekst)).Select(f => f.Fil).ToList();
        Assert.True(brud.Count == 0, "I/O eller ur i rene modeller: " + string.Join(", ", brud));
        Assert.NotEmpty(Filer(mappe));
    }

    /// <summary>The compiled model project (Rapportering.Model.dll), read as IL.</summary>
    internal static readonly string Model = typeof(Rapportering.Figures.Katalog).Assembly.Location;

    /// <summary>The compiled core with readers and renderers (Rapportering.Core.dll), read as IL.</summary>
    private static readonly string Kerne = typeof(Rapportering.Pipeline.RapportPipeline).Assembly.Location;

    /// <summary>Types whose use is I/O or the clock: files, network, databases, console, environment,
    /// the readers, archive, delivery and output steps, and the template folders.</summary>
    private static readonly Regex IoTyper = new(@"^(System\.IO\.(File|FileInfo|Directory|DirectoryInfo|FileStream|FileSystemInfo|StreamReader|StreamWriter|DriveInfo|FileSystemWatcher|Path)"
        + @"|System\.Net(\..+)?|System\.Data(\..+)?|Microsoft\.Data(\..+)?|Npgsql(\..+)?|Dapper(\..+)?|SQLitePCL(\..+)?|System\.Console|System\.Environment"
        + @"|Rapportering\.(Archive|Delivery|Output|Pipeline)\..+|Rapportering\.Templates\.Skabeloner"
        + @"|Rapportering\.Input\.(ViewReader|DatabaseProvider|KommuneStroem|Kontrakt\.(Forespoergsel|SqliteForespoergsel|SqliteRaekke|DbRaekke|ViewRaekker)))$");

    /// <summary>Members that read the clock or load templates from disk.</summary>
    private static readonly HashSet<string> IoMedlemmer =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System",
        "Rapportering.Templates.RapportTeksterFil.Laes", "Rapportering.Templates.RapportTeksterFil.Indbyggede",
    ];

    /// <summary>What the compiler itself emits (an iterator asks for its thread): not the code's own use.</summary>
    private static readonly HashSet<string> Oversaetteren = ["System.Environment.get_CurrentManagedThreadId"];

    internal static IReadOnlyList<IlReference> IoBrud(string assembly, Func<string, bool> navnerum) =>
        IlReferencer.I(assembly, navnerum)
            .Where(r => (IoTyper.IsMatch(r.Type) || IoMedlemmer.Contains($"{r.Type}.{r.Medlem}")) && !Oversaetteren.Contains($"{r.Type}.{r.Medlem}"))
            .Distinct().ToList();

    [Theory]
    [InlineData("Rapportering.Figures")]
    [InlineData("Rapportering.Domain")]
    [InlineData("Rapportering.Report")]
    [InlineData("Rapportering.Sammenligninger")]
    [InlineData("Rapportering.Completeness")]
    [InlineData("Rapportering.Offentlige")]
    [InlineData("Rapportering.Input")]
    [InlineData("Rapportering.Templates")]
    public void Det_kompilerede_modelprojekt_laver_ingen_IO(string navnerum)
    {
        var referencer = IlReferencer.I(Model, t => t.StartsWith(navnerum + ".", StringComparison.Ordinal));
        Assert.NotEmpty(referencer); // the namespace is there and its IL was read
        var brud = IoBrud(Model, t => t.StartsWith(navnerum + ".", StringComparison.Ordinal));
        Assert.True(brud.Count == 0, "I/O eller ur i " + navnerum + ":\n" + string.Join("\n", brud));
    }

    [Fact]
    public void IL_skanningen_finder_IO_ogsaa_i_en_lambda_og_en_async_metode()
    {
        // The decoy below reads a file in a lambda and in an async method: both must be caught,
        // counted under the decoy itself (not its compiler-made nested types).
        var brud = IoBrud(typeof(Lokkedue).Assembly.Location, t => t == typeof(Lokkedue).FullName);
        Assert.Contains(brud, r => r.Type == "System.IO.File" && r.Medlem == "Exists");
        Assert.Contains(brud, r => r.Type == "System.IO.File" && r.Medlem == "ReadAllTextAsync");
        Assert.Contains(brud, r => r.Type == "System.DateTime" && r.Medlem == "get_Now");
        Assert.Contains(brud, r => r.Type == "Rapportering.Templates.RapportTeksterFil" && r.Medlem == "Indbyggede");
    }

    /// <summary>What a renderer may not touch: the models' calculators, the suppression, the report
    /// step's lookups and the readers. Renderers draw the document (or the export) they are given.</summary>
    private static readonly Regex Beregnere = new(@"^(Rapportering\.Figures\.(Noegletal|Oekonomi|Trivsel|Datakvalitet)\..+"
        + @"|Rapportering\.Figures\.(FigurBeregning|Undertrykkelse|FundSamler)|Rapportering\.Report\.Sektioner\.(ObservationOpslag|Udvikling|Komposition)"
        + @"|Rapportering\.Report\.RapportKomponist|Rapportering\.Input\.ViewReader)$");

    [Fact]
    public void Kompilerede_renderere_beregner_ingen_noegletal()
    {
        var referencer = IlReferencer.I(Kerne, t => t.StartsWith("Rapportering.Rendering.", StringComparison.Ordinal));
        Assert.Contains(referencer, r => r.Type == "Rapportering.Report.RapportDokument"); // the scan sees the renderers
        var brud = referencer
            // The comparison's average is computed once, in the model (SammenligningsModel); a renderer only looks it up.
            .Where(r => Beregnere.IsMatch(r.Type) || r is { Type: "Rapportering.Sammenligninger.Gennemsnit", Medlem: "Beregn" })
            .Distinct().ToList();
        Assert.True(brud.Count == 0, "renderere beregner:\n" + string.Join("\n", brud));
    }

    /// <summary>Types whose use opens or lists a file. Not StreamWriter/StreamReader: the writers wrap the
    /// stream they are given with them (the workbook's parts), and the IL names no overload.</summary>
    private static readonly Regex Filtyper = new(@"^System\.IO\.(File|FileInfo|Directory|DirectoryInfo|FileStream|FileSystemInfo|FileSystemWatcher)$");

    [Fact]
    public void Kompilerede_renderere_laeser_ingen_filer()
    {
        // Renderers draw what they are given: the logo's bytes come in the document (Forside.Logo) and a branding
        // font's in the PDF options (PdfSkrift), read at the edge; the shipped fonts are built into the assembly.
        var referencer = IlReferencer.I(Kerne, t => t.StartsWith("Rapportering.Rendering.", StringComparison.Ordinal));
        Assert.Contains(referencer, r => r.Bruger == "Rapportering.Rendering.Html.HtmlRenderer"); // the scan sees the HTML renderer
        Assert.Contains(referencer, r => r.Bruger == "Rapportering.Rendering.Pdf.Layout.ImageElement"); // and the PDF's logo
        var brud = referencer.Where(r => Filtyper.IsMatch(r.Type)).Distinct().ToList();
        Assert.True(brud.Count == 0, "renderere læser filer:\n" + string.Join("\n", brud));
    }

    [Fact]
    public void Ingen_logning_af_person_id()
    {
        // A log call must never carry a person id: PersonId may not appear on a line that logs.
        var log = new Regex(@"(Log(Information|Warning|Error|Debug|Trace|Critical)|Console\.(Error\.)?Write(Line)?)\(.*PersonId", RegexOptions.IgnoreCase);
        var alle = Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var brud = alle.Where(f => File.ReadLines(f).Any(l => log.IsMatch(l))).ToList();
        Assert.Empty(brud);
    }
}

/// <summary>A decoy for the IL scan: I/O in a lambda, an async method and a plain call.</summary>
internal static class Lokkedue
{
    public static bool Findes(IEnumerable<string> stier) => stier.Any(s => File.Exists(s));

    public static async Task<string> Laes(string sti) => await File.ReadAllTextAsync(sti);

    public static (DateTime, RapportTekster) Nu() => (DateTime.Now, RapportTekster.Indbyggede());
}
