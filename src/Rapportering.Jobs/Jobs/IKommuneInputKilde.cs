using Rapportering.Domain;
using Rapportering.Input;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Jobs;

/// <summary>Reads one kommune's input for the completeness gate, and the kommuner a source has.</summary>
public interface IKommuneInputKilde
{
    Task<KommuneInput> LaesAsync(DataKilde kilde, int kommune, Skaeringsdato dato, CancellationToken ct = default);
    Task<IReadOnlyList<int>> KommunerAsync(DataKilde kilde, CancellationToken ct = default);
}
