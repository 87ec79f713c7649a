using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>Kommune names and reference kommuner from the templates, names falling back to the archive manifest.</summary>
public sealed class KommuneNavne(Skabeloner skabeloner, ArkivLaeser arkiv)
{
    public string Navn(int kode) => Skabelon(kode)?.Navn ?? arkiv.KommuneNavn(kode) ?? $"Kommune {kode}";

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
