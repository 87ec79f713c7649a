using System.Runtime.CompilerServices;

namespace Rapportering.Tests.Infrastructure;

/// <summary>
/// The web fixture runs Kestrel inside this test process, beside test collections that block
/// thread-pool threads for seconds (waiting on processes they start, on PostgreSQL, on
/// Parallel.ForEach). On 2 cores the pool starts with 2 threads and adds about two a second when
/// starved, so a sign-in redirect can wait behind them. That is the suspected cause (not proven) of
/// two browser steps that timed out after sign-in in full runs, never with the web tests alone. A
/// larger floor keeps the in-process hosts answering; the product runs its host in a process of its own.
/// </summary>
internal static class TraadPulje
{
    [ModuleInitializer]
    internal static void Hoejere()
    {
        ThreadPool.GetMinThreads(out var arbejdere, out var io);
        ThreadPool.SetMinThreads(Math.Max(arbejdere, 32), Math.Max(io, 32));
    }
}
