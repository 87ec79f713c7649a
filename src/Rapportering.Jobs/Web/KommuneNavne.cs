using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>Kommune names and reference kommuner from the templates (the archive manifest carries no name).</summary>
public sealed class KommuneNavne(Skabeloner skabeloner)
{
    public string Navn(int kode) => Skabelon(kode)?.Navn ?? $"Kommune {kode}";

    public IReadOnlyList<int> Referencekommuner(int kode) => Skabelon(kode)?.Referencekommuner ?? [];

    private KommuneSkabelon? Skabelon(int kode)
    {
        try
        {
            return skabeloner.Kommune(kode);
        }
        catch (SkabelonFejl)
        {
            // A broken template should not take the web front down; the operator sees it in the jobs.
            return null;
        }
    }
}
