using Rapportering.Archive;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering udveksling noegle --kommune K`: a new exchange key for a sending kommune. The
/// key is printed once (give it to the sender); the receiver stores only kommune, salt and hash.
/// </summary>
internal static class UdvekslingKommando
{
    public static int Koer(string[] args)
    {
        if (args.Length == 0 || args[0] != "noegle") throw new BrugerFejl("brug: rapportering udveksling noegle --kommune KODE");
        var a = Argumenter.Parse(args[1..], ["kommune"]);
        var kommune = a.KraevetHeltal("kommune");
        if (kommune is < 100 or > 999) throw new BrugerFejl("--kommune skal være en kommunekode (101-999)");
        var (noegle, gemt) = UdvekslingsNoegle.Ny(kommune);
        Console.Out.WriteLine($"Nøgle til afsenderen (vises kun nu): {noegle}");
        Console.Out.WriteLine("Til modtagerens konfiguration (Udveksling:Noegler):");
        Console.Out.WriteLine($$"""{ "Kommune": {{gemt.Kommune}}, "Salt": "{{gemt.Salt}}", "Hash": "{{gemt.Hash}}" }""");
        return Cli.Ok;
    }
}
