using System.Reflection;
using System.Text;
using Rapportering.Archive;
using Rapportering.Templates;

namespace Rapportering.Jobs.Jobs;

/// <summary>The template version (program version) and a hash over every template file in use.</summary>
public static class SkabelonFingeraftryk
{
    public static string Version { get; } =
        typeof(Skabeloner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>SHA-256 over (relative path, content) of the layered template folders, own folder first.</summary>
    public static string Hash(string? egenMappe)
    {
        var filer = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var mappe in new[] { egenMappe, Skabeloner.IndbyggetMappe }.OfType<string>().Where(Directory.Exists))
            foreach (var fil in Directory.EnumerateFiles(mappe, "*", SearchOption.AllDirectories))
                filer.TryAdd(Path.GetRelativePath(mappe, fil).Replace('\\', '/'), fil);
        var sb = new StringBuilder();
        foreach (var (rel, fil) in filer)
            sb.Append(rel).Append('=').Append(Arkiv.Sha256(File.ReadAllBytes(fil))).Append('\n');
        return Arkiv.Sha256(Encoding.UTF8.GetBytes(sb.ToString()));
    }
}
