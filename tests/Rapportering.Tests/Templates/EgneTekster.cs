using Rapportering.Templates;

namespace Rapportering.Tests.Templates;

/// <summary>A kommune's own templates folder holding only rapport/tekster.json, removed when disposed.</summary>
internal sealed class EgneTekster : IDisposable
{
    public EgneTekster(string json)
    {
        Mappe = Directory.CreateTempSubdirectory("egne-tekster-").FullName;
        Skriv(json);
    }

    public string Mappe { get; }

    public Skabeloner Skabeloner => Skabeloner.Standard(Mappe);

    /// <summary>The words as the product loads them: this file over the built-in one.</summary>
    public RapportTekster Laes() => RapportTekster.Laes(Skabeloner);

    /// <summary>Writes (or overwrites) the kommune's tekster.json.</summary>
    public void Skriv(string json)
    {
        var sti = Path.Combine(Mappe, RapportTekster.RelativSti);
        Directory.CreateDirectory(Path.GetDirectoryName(sti)!);
        File.WriteAllText(sti, json);
    }

    public void Dispose()
    {
        try { Directory.Delete(Mappe, recursive: true); } catch (IOException) { }
    }
}
