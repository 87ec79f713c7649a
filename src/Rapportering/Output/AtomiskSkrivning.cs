namespace Rapportering.Output;

/// <summary>
/// Output is written to a temp file beside the target, flushed, then renamed into place:
/// a reader never sees a half-written report, and a crash leaves at most a stray temp file.
/// </summary>
public static class AtomiskSkrivning
{
    public static void Skriv(string sti, ReadOnlySpan<byte> indhold)
    {
        var mappe = Path.GetDirectoryName(Path.GetFullPath(sti))!;
        var temp = Path.Combine(mappe, $".{Path.GetFileName(sti)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                fs.Write(indhold);
                fs.Flush(flushToDisk: true);
            }
            File.Move(temp, sti, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { }
            throw;
        }
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
            return $"kan ikke skrive i mappen '{mappe}': {e.Message}";
        }
    }
}
