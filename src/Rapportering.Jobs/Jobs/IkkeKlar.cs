using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Jobs;

/// <summary>Stand-ins registered only until the real pipeline and view reader are wired in (TryAdd).</summary>
internal sealed class IkkeKlarBygger : IRapportBygger
{
    public Task<RapportResultat> ByggAsync(RapportBestilling bestilling, CancellationToken ct = default) =>
        throw new BrugerFejl("rapport-pipelinen er ikke koblet på endnu");
}

internal sealed class IkkeKlarInputKilde : IKommuneInputKilde
{
    public Task<KommuneInput> LaesAsync(DataKilde kilde, int kommune, Skaeringsdato dato, CancellationToken ct = default) =>
        throw new BrugerFejl("data-læseren er ikke koblet på endnu");

    public Task<IReadOnlyList<int>> KommunerAsync(DataKilde kilde, CancellationToken ct = default) =>
        throw new BrugerFejl("data-læseren er ikke koblet på endnu");
}
