namespace Rapportering.Output;

/// <summary>
/// Output is written to a temp file beside the target, flushed, then renamed into place:
/// a reader never sees a half-written report, and a failure removes the temp file.
/// </summary>
public static class AtomiskSkrivning
{
    /// <exception cref="SkrivFejl">The target cannot be written (one line; the temp file is gone).</exception>
    public static void Skriv(string sti, ReadOnlySpan<byte> indhold)
    {
        if (KontrollerMaal(sti) is { } fejl) throw new SkrivFejl(fejl);
        var mappe = Path.GetDirectoryName(Path.GetFullPath(sti))!;
        // The writer's mark lets the next start remove what a kill left behind (Efterladenskaber).
        var temp = Path.Combine(mappe, $".{Path.GetFileName(sti)}.{Efterladenskaber.Maerke}.{Guid.NewGuid().ToString("N")[..12]}.tmp");
        try
        {
            using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                fs.Write(indhold);
                fs.Flush(flushToDisk: true);
            }
            File.Move(temp, sti, overwrite: true);
        }
        catch (Exception e)
        {
            try { File.Delete(temp); } catch (Exception sletfejl) when (sletfejl is IOException or UnauthorizedAccessException) { }
            if (e is IOException or UnauthorizedAccessException) throw new SkrivFejl($"kan ikke skrive '{sti}': {Fejlaarsag.Fil(e)}", e);
            throw;
        }
    }

    /// <summary>
    /// Checks a target before anything is written: a folder with the file's name, or a
    /// read-only file, would make the write fail halfway through a set of files. The rename
    /// would silently replace a read-only file on Linux, so it is refused on every system.
    /// </summary>
    public static string? KontrollerMaal(string sti)
    {
        if (Directory.Exists(sti)) return $"kan ikke skrive '{sti}': der ligger en mappe med det navn";
        if (File.Exists(sti) && File.GetAttributes(sti).HasFlag(FileAttributes.ReadOnly))
            return $"kan ikke overskrive '{sti}': filen er skrivebeskyttet";
        return null;
    }

    /// <summary>Checks early that a folder can be created and written, with a one-line reason if not.</summary>
    public static string? KontrollerMappe(string mappe)
    {
        try
        {
            Directory.CreateDirectory(mappe);
            var proeve = Path.Combine(mappe, $".skriveproeve.{Environment.ProcessId}.tmp");
            File.WriteAllBytes(proeve, []);
            File.Delete(proeve);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"kan ikke skrive i mappen '{mappe}': {Fejlaarsag.Fil(e)}";
        }
    }
}

/// <summary>An output file that cannot be written; the message is one line and names the file.</summary>
public sealed class SkrivFejl(string besked, Exception? aarsag = null) : IOException(besked, aarsag);
