using System.Globalization;
using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>Kommune names and reference kommuner from the templates and the shared sammenligningsgrupper (the archive manifest carries no name).</summary>
public sealed class KommuneNavne(Skabeloner skabeloner, WebTekster tekster)
{
    public string Navn(int kode) => Skabelon(kode)?.Navn ?? RapportTekster.Udfyld(tekster.KommuneUdenNavn, [("kode", kode.ToString(CultureInfo.InvariantCulture))]);

    private readonly Lazy<Sammenligningsgrupper> _grupper = new(() =>
    {
        try { return Sammenligningsgrupper.Laes(skabeloner); }
        catch (SkabelonFejl) { return Sammenligningsgrupper.Ingen; } // as a broken kommune template: the page still works
    });

    /// <summary>The kommune's own reference kommuner, then the other members of its sammenligningsgrupper.</summary>
    public IReadOnlyList<int> Referencekommuner(int kode) => Skabelon(kode) is { } s ? _grupper.Value.Referencekommuner(s) : [];

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
