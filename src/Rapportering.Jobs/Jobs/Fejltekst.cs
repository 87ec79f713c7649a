namespace Rapportering.Jobs.Jobs;

/// <summary>
/// What a user is told about a failed job: our own exceptions carry one-line Danish reasons; any
/// other exception's text is the library's (and may quote data), so it stays in the log.
/// </summary>
public static class Fejltekst
{
    public static string For(Exception? e) =>
        e is null ? "ukendt fejl" : For(e.GetType().FullName, e.Message);

    /// <param name="type">Full type name, as Hangfire stores it in the Failed state ("ExceptionType").</param>
    public static string For(string? type, string? besked) =>
        type?.StartsWith("Rapportering.", StringComparison.Ordinal) == true && !string.IsNullOrWhiteSpace(besked)
            ? besked.Split('\n', 2)[0].TrimEnd('\r')
            : "intern fejl (detaljerne står i loggen)";
}

/// <summary>A kommune job step failed for a reason we can name in one line.</summary>
public sealed class JobFejl(string besked) : Exception(besked);
