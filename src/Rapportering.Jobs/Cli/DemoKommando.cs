namespace Rapportering.Jobs;

/// <summary>`rapportering demo`: builds the synthetic SQLite database and renders every demo kommune.</summary>
internal static class DemoKommando
{
    public static int Koer(string[] args) => throw new BrugerFejl("demo er ikke færdig endnu");
}
