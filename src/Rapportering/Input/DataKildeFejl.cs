namespace Rapportering.Input;

/// <summary>
/// A data-source problem the user can fix (bad connection string, missing file or view,
/// unknown kommune). The message is one Danish line; the CLI prints it without a stack trace.
/// </summary>
public sealed class DataKildeFejl : Exception
{
    public DataKildeFejl(string besked, Exception? aarsag = null)
        : base(EnLinje(besked), aarsag)
    {
    }

    private static string EnLinje(string tekst) =>
        string.Join(' ', tekst.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
