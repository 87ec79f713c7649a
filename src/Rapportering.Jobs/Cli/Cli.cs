using Rapportering.Input;
using Rapportering.Output;
using Rapportering.Templates;

namespace Rapportering.Jobs;

/// <summary>
/// Entry point of the `rapportering` executable. Each subcommand lives in its own file;
/// user mistakes become one line on stderr and exit code 2 — never a stack trace.
/// </summary>
public static class Cli
{
    public const int Ok = 0;
    public const int Fejl = 1;
    public const int Brugerfejl = 2;
    /// <summary>`run`: a mail was left in the unknown window (sent again, or left to the operator).</summary>
    public const int Uafklaret = 3;

    private static readonly Dictionary<string, Func<string[], int>> Kommandoer = new(StringComparer.Ordinal)
    {
        ["demo"] = DemoKommando.Koer,
        ["generate"] = GenerateKommando.Koer,
        ["serve"] = ServeKommando.Koer,
        ["run"] = RunKommando.Koer,
        ["resend"] = ResendKommando.Koer,
        ["bench"] = BenchKommando.Koer,
        ["offentlige-tal"] = OffentligeTalKommando.Koer,
        ["sammenlign"] = SammenlignKommando.Koer,
        ["udveksling"] = UdvekslingKommando.Koer,
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Hjaelp);
            return args.Length == 0 ? Brugerfejl : Ok;
        }
        if (!Kommandoer.TryGetValue(args[0], out var kommando))
        {
            Console.Error.WriteLine($"rapportering: ukendt kommando '{args[0]}' (kendte: {string.Join(", ", Kommandoer.Keys)})");
            return Brugerfejl;
        }
        try
        {
            return kommando(args[1..]);
        }
        catch (Exception e) when (EnLinjesFejl(e) is { } linje)
        {
            Console.Error.WriteLine($"rapportering {args[0]}: {linje}");
            return Brugerfejl;
        }
        catch (Exception e)
        {
            // A bug, not a user mistake: still one line; the trace only when asked for.
            var inderst = e is AggregateException a ? a.Flatten().InnerExceptions[0] : e;
            Console.Error.WriteLine($"rapportering {args[0]}: intern fejl: {FoersteLinje(inderst.Message)} (RAPPORTERING_DEBUG=1 viser detaljer)");
            if (Environment.GetEnvironmentVariable("RAPPORTERING_DEBUG") == "1") Console.Error.WriteLine(e);
            return Fejl;
        }
    }

    /// <summary>Exceptions that carry a user-facing one-line reason.</summary>
    internal static string? EnLinjesFejl(Exception e) => e switch
    {
        BrugerFejl or SkabelonFejl or DataKildeFejl or SkrivFejl => FoersteLinje(e.Message),
        AggregateException { InnerExceptions.Count: 1 } a => EnLinjesFejl(a.InnerException!),
        _ => null,
    };

    private static string FoersteLinje(string s) => s.Split('\n', 2)[0].TrimEnd('\r');

    internal static void Registrer(string navn, Func<string[], int> kommando) => Kommandoer[navn] = kommando;

    private const string Hjaelp = """
        rapportering — nøgletal, økonomi og trivsel for udsatte børn og unge

        Brug:
          rapportering demo [--out MAPPE]
          rapportering generate --provider sqlite|postgres|sqlserver --connection CS --kommune KODE
                                --skaeringsdato ÅÅÅÅ-MM-DD --out MAPPE [--format pdf,xlsx,html,json]
                                [--templates MAPPE]
          rapportering serve [--config FIL] [--urls URL]
          rapportering run --skaeringsdato ÅÅÅÅ-MM-DD [--kommune KODE] [--provider P --connection CS] [--config FIL]
          rapportering resend --kommune KODE --skaeringsdato ÅÅÅÅ-MM-DD [--modtager EMAIL] [--version N] [--config FIL]
          rapportering bench [--kommuner N] [--skala S] [--db FIL] [--provider P --connection CS]
                             [--skaeringsdato ÅÅÅÅ-MM-DD] [--out MAPPE] [--behold] [--json FIL]
                             [--peer chromium] [--peer-antal K] [--parallelitet N] [--kun-indlaes]
          rapportering offentlige-tal indlaes --fil FIL [--fil FIL …] --db DB [--provider sqlite|postgres|sqlserver]
                                              [--templates MAPPE]
          rapportering sammenlign --eksporter MAPPE --kommune KODE --skaeringsdato ÅÅÅÅ-MM-DD --out MAPPE
                                  [--db DB [--provider P]] [--templates MAPPE]
          rapportering udveksling noegle --kommune KODE
        """;
}
