using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Input;
using Rapportering.Offentlige;
using Rapportering.Offentlige.Lager;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Sammenligninger;
using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>
/// Where the consultants' comparison comes from: the figures exports present — the own archive
/// and the received exports (<see cref="ModtagneEksporter"/>; an own export wins) — and the
/// public figures of the configured database (read at most once a minute). Never person-level data.
/// </summary>
public sealed class SammenligningKilde(Arkiv arkiv, ModtagneEksporter modtagne, KommuneNavne navne, Skabeloner skabeloner, RapportTekster tekster,
    TimeProvider tid, IConfiguration konfig, ILogger<SammenligningKilde> log)
{
    private sealed record Hentede(DateTimeOffset Hentet, IReadOnlyList<AfledtTal> Tal);

    /// <summary>Replaced whole (one reference), so concurrent requests never see half an update.</summary>
    private volatile Hentede? _offentlige;

    public IReadOnlyList<int> Kommuner() => arkiv.Kommuner().Union(modtagne.Arkiv.Kommuner()).Order().ToList();

    public IReadOnlyList<Skaeringsdato> Datoer(int kommune) => arkiv.Datoer(kommune).Union(modtagne.Arkiv.Datoer(kommune)).Order().ToList();

    public async Task<SammenligningsModel> ModelAsync(int kommune, Skaeringsdato dato, CancellationToken ct)
    {
        var kommuner = new Dictionary<int, SammenligningKommune>();
        foreach (var (kilde, oprindelse) in new[] { (modtagne.Arkiv, Oprindelse.Modtaget), (arkiv, Oprindelse.Egen) })
            foreach (var k in kilde.Kommuner())
                if (Laes(kilde, k, dato) is { } e) kommuner[k] = new SammenligningKommune(e, navne.Navn(k), oprindelse);
        var referencer = navne.Referencekommuner(kommune);
        var model = new SammenligningsModel(kommuner.Values.OrderBy(k => k.Eksport.Kommune).ToList(), kommune, referencer, tid.GetUtcNow())
        {
            Tekster = tekster,
        };
        var offentlige = await OffentligeAsync(ct);
        return offentlige.Count == 0 ? model
            : model.MedOffentlige(OffentligSammenligning.Byg(offentlige, kommune, referencer, navne.Navn, model.Tekster.Hent("offentlige.hele_landet")));
    }

    /// <summary>A kommune's export whose file matches its manifest, else null (logged by <see cref="ArkivUdgave"/>).</summary>
    private FigurEksport? Laes(Arkiv kilde, int kommune, Skaeringsdato dato)
    {
        if (ArkivUdgave.Find(kilde, kommune, dato, log) is not { } u || !u.Har(Format.Json) || u.Laes(kilde, Format.Json, log).Indhold is not { } json)
            return null;
        using var ms = new MemoryStream(json);
        return JsonEksportRenderer.Laes(ms);
    }

    private async Task<IReadOnlyList<AfledtTal>> OffentligeAsync(CancellationToken ct)
    {
        if (_offentlige is { } c && tid.GetUtcNow() - c.Hentet < TimeSpan.FromMinutes(1)) return c.Tal;
        var providerOrd = konfig["Data:Provider"] ?? "sqlite";
        var forbindelse = konfig["Data:Forbindelse"];
        IReadOnlyList<AfledtTal> tal = [];
        if (forbindelse is { Length: > 0 } && ProviderOrd.TryParse(providerOrd, out var provider))
        {
            try
            {
                tal = await OffentligeTalKilde.LaesAfledteAsync(provider, forbindelse, skabeloner, ct: ct);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or DataKildeFejl or InvalidOperationException or SkabelonFejl or IOException)
            {
                // The comparison is still shown; the page then says no public figures are loaded.
                log.LogWarning("De offentlige tal kan ikke læses ({Fejl}); sammenligningen vises uden hele landet", e.GetType().Name);
            }
        }
        _offentlige = new Hentede(tid.GetUtcNow(), tal);
        return tal;
    }
}
