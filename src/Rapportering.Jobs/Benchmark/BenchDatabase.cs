using System.Diagnostics;
using System.Text.Json;
using Rapportering.Demo;
using Rapportering.Output;

namespace Rapportering.Benchmark;

/// <summary>
/// The synthetic national database for the benchmark. Building 98 kommuner takes a while, so
/// the options it was built with are kept in a side file (&lt;db&gt;.bench.json) and a later run
/// with the same kommuner and scale reuses the file.
/// </summary>
public static class BenchDatabase
{
    /// <summary>What the side file holds.</summary>
    public sealed record Opbygning(int AntalKommuner, double Skala, int Seed, DateOnly DataPr);

    public static string SideFil(string dbSti) => dbSti + ".bench.json";

    public static string StandardSti(int antalKommuner, double skala) =>
        Path.Combine(Path.GetTempPath(), $"rapportering-bench-{antalKommuner}-{skala.ToString(System.Globalization.CultureInfo.InvariantCulture)}.db");

    /// <summary>Builds the file unless an earlier build with the same kommuner and scale is there.</summary>
    public static (Opbygning Opbygning, bool Genbrugt, TimeSpan Tid) Sikr(string dbSti, int antalKommuner, double skala, DateOnly? dataPr)
    {
        var sti = Path.GetFullPath(dbSti);
        if (LaesSideFil(sti) is { } gammel && File.Exists(sti)
            && gammel.AntalKommuner == antalKommuner && gammel.Skala.Equals(skala) && gammel.Seed == new DemoOptions { DataPr = default }.Seed
            && (dataPr is null || dataPr == gammel.DataPr))
            return (gammel, true, TimeSpan.Zero);

        var ur = Stopwatch.StartNew();
        var options = new DemoOptions
        {
            DataPr = dataPr ?? DateOnly.FromDateTime(DateTime.Now).AddDays(-1),
            AntalKommuner = antalKommuner,
            Skala = skala,
        };
        File.Delete(SideFil(sti));
        DemoDatabase.OpretSqlite(sti, options);
        var ny = new Opbygning(antalKommuner, skala, options.Seed, options.DataPr);
        AtomiskSkrivning.Skriv(SideFil(sti), JsonSerializer.SerializeToUtf8Bytes(ny));
        return (ny, false, ur.Elapsed);
    }

    private static Opbygning? LaesSideFil(string sti)
    {
        try
        {
            return File.Exists(SideFil(sti)) ? JsonSerializer.Deserialize<Opbygning>(File.ReadAllText(SideFil(sti))) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
