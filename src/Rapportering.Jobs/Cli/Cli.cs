namespace Rapportering.Jobs;

/// <summary>Entry point of the `rapportering` executable. Subcommands are wired here.</summary>
public static class Cli
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("rapportering: ikke implementeret endnu");
        return 2;
    }
}
