using System.Collections.Concurrent;
using Rapportering.Pipeline;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// The real pipeline, counted: renders per kommune. <see cref="FejlFor"/> is a stand-in for a
/// render failure (disk full, a bug in a renderer) that real data cannot provoke on demand; it is
/// used only by the retry/operator-notice test.
/// </summary>
internal sealed class TaellendeBygger(IRapportBygger rigtig) : IRapportBygger
{
    public Func<int, bool> FejlFor { get; set; } = _ => false;
    public ConcurrentDictionary<int, int> Renderinger { get; } = new();

    public int Antal(int kommune) => Renderinger.GetValueOrDefault(kommune);

    public Task<RapportResultat> ByggAsync(RapportBestilling b, CancellationToken ct = default)
    {
        Renderinger.AddOrUpdate(b.KommuneKode, 1, (_, n) => n + 1);
        if (FejlFor(b.KommuneKode)) throw new Rapportering.Output.SkrivFejl($"simuleret nedbrud under rendering af {b.KommuneKode}");
        return rigtig.ByggAsync(b, ct);
    }
}
