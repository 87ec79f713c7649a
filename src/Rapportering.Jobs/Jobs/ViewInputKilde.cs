using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Jobs;

/// <summary>The completeness gate's view of the data: the same view reader the pipeline uses.</summary>
internal sealed class ViewInputKilde : IKommuneInputKilde
{
    public Task<KommuneInput> LaesAsync(DataKilde kilde, int kommune, Skaeringsdato dato, CancellationToken ct = default) =>
        Reader(kilde).LaesKommuneAsync(kommune, ct);

    public async Task<IReadOnlyList<int>> KommunerAsync(DataKilde kilde, CancellationToken ct = default) =>
        (await Reader(kilde).LaesKommunerAsync(ct)).Select(k => k.KommuneKode).ToList();

    private static ViewReader Reader(DataKilde kilde) => new(ProviderOrd.Parse(kilde.Provider), kilde.Forbindelse);
}
