namespace Rapportering.Input;

/// <summary>The database kinds that can serve the view contract.</summary>
public enum Provider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>The CLI words for <see cref="Provider"/>: sqlite, postgres, sqlserver.</summary>
public static class ProviderOrd
{
    public static bool TryParse(string? ord, out Provider provider)
    {
        switch (ord?.Trim().ToLowerInvariant())
        {
            case "sqlite": provider = Provider.Sqlite; return true;
            case "postgres": provider = Provider.Postgres; return true;
            case "sqlserver": provider = Provider.SqlServer; return true;
            default: provider = default; return false;
        }
    }

    /// <summary>Parses a CLI word; the error is one Danish line naming the allowed words.</summary>
    public static Provider Parse(string? ord) => TryParse(ord, out var p)
        ? p
        : throw new DataKildeFejl($"ukendt provider '{ord}': brug sqlite, postgres eller sqlserver");

    public static string Ord(this Provider provider) => provider switch
    {
        Provider.Sqlite => "sqlite",
        Provider.Postgres => "postgres",
        Provider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
