namespace Rapportering.Benchmark;

/// <summary>One stage over all kommuner. Times are per kommune in milliseconds; Sum is CPU-side work
/// summed over kommuner (with parallel kommuner it exceeds the stage's share of the wall time).</summary>
public sealed record StadieResultat(
    string Stadie,
    int Antal,
    double SumMs,
    double MedianMs,
    double P95Ms,
    double MaxMs,
    long? Bytes);

/// <summary>One report printed by the peer. <see cref="VoresPdfMs"/> is our PDF step for it inside the
/// batch (two workers, the reader and the writer sharing the cores); <see cref="VoresPdfAleneMs"/> the
/// same report's PDF step rendered again after the batch, alone, as the peer prints it.</summary>
public sealed record PeerRapport(int Kommune, double TidMs, long PeakRssBytes, long PdfBytes, long HtmlBytes, double VoresPdfMs, double VoresRapportMs, double VoresPdfAleneMs = 0);

/// <summary>
/// Headless Chromium printing the same reports' HTML: cold (<see cref="ChromiumPeer"/>, one
/// process per report) or warm (<see cref="ChromiumVarmPeer"/>, one browser and one page for
/// all reports, up and having printed once before the first measured report). Ratios are
/// Chromium's median per report divided by ours (PDF step alone, and the whole report:
/// compute + compose + PDF). The national figure is an extrapolation, not a measurement.
/// </summary>
public sealed record PeerResultat(
    string Navn,
    string Version,
    IReadOnlyList<PeerRapport> Rapporter,
    double MedianMs,
    double P95Ms,
    long MaxPeakRssBytes,
    long MedianPdfBytes,
    long MaxPdfBytes,
    double VoresPdfMedianMs,
    double VoresRapportMedianMs,
    double ForholdPdf,
    double ForholdRapport,
    double AnslaaetNationalSerielSek,
    double VoresPdfAleneMedianMs = 0,
    double ForholdPdfAlene = 0);

/// <summary>A target (issue 20's, issue 16's largest PDF) and whether the run met it.</summary>
public sealed record Maal(string Navn, string Krav, string Maalt, bool Opfyldt);

public sealed record DatabaseInfo(string Provider, string Kilde, bool Genbrugt, double OpbygningSek, int AntalKommuner, double Skala);

/// <summary>Everything one bench run measured; serialised as the --json file.</summary>
public sealed record BenchResultat(
    DateTimeOffset Tidspunkt,
    string Maskine,
    int Kerner,
    int Parallelitet,
    DatabaseInfo Database,
    string Skaeringsdato,
    int AntalKommuner,
    double WallSek,
    double CpuSek,
    double KernerBrugt,
    long PeakWorkingSetBytes,
    long MaxSampletWorkingSetBytes,
    long MaxGcHeapBytes,
    IReadOnlyList<StadieResultat> Stadier,
    long BytesIAlt,
    long StoerstePdfBytes,
    int StoerstePdfKommune,
    PeerResultat? Peer,
    IReadOnlyList<Maal> Maal,
    IReadOnlyList<string> Noter,
    PeerResultat? VarmPeer = null)
{
    /// <summary>Measures (indsatser) read over all kommuner: the 1.000.000-measure target applies to one kommune with at least that many.</summary>
    public long AntalIndsatser { get; init; }

    /// <summary>The garbage collector over the batch: every managed thread stands still in a pause.</summary>
    public GcMaaling? Gc { get; init; }

    /// <summary>Whether the running code was precompiled (ReadyToRun, `scripts/publish.sh`) or compiled at start by the JIT (`dotnet build`).</summary>
    public bool ReadyToRun { get; init; }

    /// <summary>The comparison workbook built from the batch's JSON exports (read, model, render), issue 17; null when not measured.</summary>
    public SammenligningMaaling? Sammenligning { get; init; }
}

/// <summary>One comparison workbook from a folder of exports: how many kommuner, the seconds to read them, build the model and render.</summary>
public sealed record SammenligningMaaling(int Kommuner, int Fokus, double LaesSek, double ModelSek, double RenderSek, double IAltSek, long Bytes)
{
    /// <summary>The process's CPU seconds over the same span (on a shared machine the wall time alone misleads).</summary>
    public double CpuSek { get; init; }

    /// <summary>The render's steps in seconds: Figurark, Hele landet, Forside (built while the Data sheet is written on another core), Data (the wait for it), Afspil (the other sheets written), Gem (the zip).</summary>
    public IReadOnlyDictionary<string, double> RenderTrinSek { get; init; } = new Dictionary<string, double>();
}

/// <summary>The batch's garbage collections: the seconds all threads were paused, how many of each generation (a gen 1 count includes its gen 2s, as .NET counts), and the bytes allocated meanwhile.</summary>
public sealed record GcMaaling(double PauseSek, int Gen0, int Gen1, int Gen2, long AllokeretBytes);
