using System.Diagnostics;

namespace Rapportering.Benchmark;

/// <summary>
/// Samples this process's working set and managed heap every few milliseconds while a run
/// goes on, and reads the kernel's high-water mark (VmHWM) at the end. On Linux the mark is
/// reset first (/proc/self/clear_refs), so building the database does not count.
/// </summary>
public sealed class Hukommelsesmaaler : IDisposable
{
    private readonly Timer _timer;
    private long _maxWs;
    private long _maxGc;

    public Hukommelsesmaaler(TimeSpan interval)
    {
        NulstilHoejvande();
        Maal();
        _timer = new Timer(_ => Maal(), null, interval, interval);
    }

    public long MaxWorkingSet => Interlocked.Read(ref _maxWs);

    public long MaxGcHeap => Interlocked.Read(ref _maxGc);

    /// <summary>The process's peak working set since the reset (Process.PeakWorkingSet64).</summary>
    public static long PeakWorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64;
    }

    private void Maal()
    {
        Opdater(ref _maxWs, Environment.WorkingSet);
        Opdater(ref _maxGc, GC.GetTotalMemory(false));
    }

    private static void Opdater(ref long max, long v)
    {
        long gammel;
        while (v > (gammel = Interlocked.Read(ref max)) && Interlocked.CompareExchange(ref max, v, gammel) != gammel) { }
    }

    private static void NulstilHoejvande()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not allowed here: the peak then covers the whole process.
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Maal();
    }
}
