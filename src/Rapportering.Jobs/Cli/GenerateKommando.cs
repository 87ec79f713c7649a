namespace Rapportering.Jobs;

/// <summary>`rapportering generate`: one kommune's report from a database with the view contract.</summary>
internal static class GenerateKommando
{
    public static int Koer(string[] args) => throw new BrugerFejl("generate er ikke færdig endnu");
}
