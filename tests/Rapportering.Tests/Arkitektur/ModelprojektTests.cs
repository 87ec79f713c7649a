using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace Rapportering.Tests.Arkitektur;

/// <summary>
/// The model project (src/Rapportering.Model) is kept pure by the compiler: it takes no package
/// and references no project, so a model cannot reach a database driver, a PDF library or the
/// readers. These tests hold that: the project file, what NuGet restored for it and the compiled
/// assembly's references.
/// </summary>
public class ModelprojektTests
{
    private static readonly string Projektmappe = Path.Combine(ArkitekturTests.Src, "Rapportering.Model");

    [Fact]
    public void Modelprojektet_tager_ingen_pakke_og_intet_andet_projekt()
    {
        var projekt = XDocument.Load(Path.Combine(Projektmappe, "Rapportering.Model.csproj"));
        var referencer = projekt.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference" or "FrameworkReference")
            .Select(e => $"{e.Name.LocalName} {e.Attribute("Include")?.Value}").ToList();
        Assert.True(referencer.Count == 0, "modelprojektet refererer: " + string.Join(", ", referencer));
        // What NuGet restored, also anything Directory.Build.props or a global package reference adds.
        using var aktiver = JsonDocument.Parse(File.ReadAllText(Path.Combine(Projektmappe, "obj", "project.assets.json")));
        var biblioteker = aktiver.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(biblioteker.Count == 0, "NuGet gav modelprojektet: " + string.Join(", ", biblioteker));
    }

    /// <summary>The shared framework the tests run on: the only assemblies the model may reference.</summary>
    private static readonly string Runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    [Fact]
    public void Modelassemblyen_refererer_kun_runtime()
    {
        var brud = IkkeRuntime(ArkitekturTests.Model);
        Assert.True(brud.Count == 0, "Rapportering.Model refererer ud over runtime: " + string.Join(", ", brud));
        Assert.Contains("System.Runtime", Referencer(ArkitekturTests.Model).Select(r => r.Navn)); // the references were read
    }

    [Fact]
    public void Referencetjekket_fanger_kernens_pakker()
    {
        // The core takes SkiaSharp, Dapper and the model (the PDF is our own writer now): the same check must name them.
        var brud = IkkeRuntime(typeof(Rapportering.Pipeline.RapportPipeline).Assembly.Location);
        Assert.Contains("Rapportering.Model", brud);
        Assert.Contains("SkiaSharp", brud);
        Assert.Contains("Dapper", brud);
    }

    private static IReadOnlyList<(string Navn, Version Version)> Referencer(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var md = pe.GetMetadataReader();
        return md.AssemblyReferences.Select(h => md.GetAssemblyReference(h)).Select(r => (md.GetString(r.Name), r.Version)).ToList();
    }

    /// <summary>References that are not an assembly of the shared framework (by name, at no higher version).</summary>
    private static List<string> IkkeRuntime(string assembly) =>
        Referencer(assembly).Where(r => !IRuntime(r.Navn, r.Version)).Select(r => r.Navn).ToList();

    private static bool IRuntime(string navn, Version version)
    {
        var fil = Path.Combine(Runtime, navn + ".dll");
        if (!File.Exists(fil)) return false;
        using var pe = new PEReader(File.OpenRead(fil));
        return pe.GetMetadataReader().GetAssemblyDefinition().Version >= version;
    }
}
