using System.Text.Json;

namespace Rapportering.Output;

/// <summary>
/// A failure's reason in Danish words for the one line a user reads. The text of a .NET or OS
/// exception is English, may quote a path or data, and says nothing a user can act on, so it stays
/// out of what a user sees (our own exceptions carry the exception itself for the log).
/// </summary>
public static class Fejlaarsag
{
    // errno values (Linux) and Win32 HRESULTs .NET gives an IOException.
    private const int Enospc = 28, Erofs = 30, Edquot = 122;
    private const int DiskFuld = unchecked((int)0x80070070), HandleDiskFull = unchecked((int)0x80070027);

    /// <summary>Why a file or folder could not be written or read.</summary>
    public static string Fil(Exception e) => e switch
    {
        UnauthorizedAccessException => "ingen adgang",
        DirectoryNotFoundException => "mappen findes ikke",
        FileNotFoundException => "stien findes ikke",
        PathTooLongException => "stien er for lang",
        IOException { HResult: Enospc or DiskFuld or HandleDiskFull } => "disken er fuld",
        IOException { HResult: Edquot } => "diskkvoten er brugt op",
        IOException { HResult: Erofs } => "filsystemet er skrivebeskyttet",
        NotSupportedException or ArgumentException => "stien er ikke gyldig",
        _ => "filsystemet afviste det",
    };

    /// <summary>Where a JSON text broke, as "linje 3, tegn 12" (counted from 1), when the parser knows.</summary>
    public static string Json(JsonException e) =>
        e.LineNumber is { } linje
            ? $"linje {linje + 1}" + (e.BytePositionInLine is { } tegn ? $", tegn {tegn + 1}" : "")
            : "teksten er ikke gyldig JSON";
}
