using System.ComponentModel;
using System.Diagnostics;
using Hangfire;
using Hangfire.Server;
using Rapportering.Archive;
using Rapportering.Completeness;
using Rapportering.Delivery;
using Rapportering.Domain;
using Rapportering.Pipeline;
using Rapportering.Templates;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// One kommune, one cut date, as a chain of named steps:
/// fuldstaendighed → rendering → kontrol → arkivering → levering.
/// Every step is safe to repeat: a retry (or a restart after a crash) re-renders, finds the same
/// content in the archive, and delivers only what the delivery log does not have.
/// </summary>
public sealed class KommuneJob(
    RapporteringIndstillinger ind,
    IKommuneInputKilde inputKilde,
    IRapportBygger bygger,
    Arkiv arkiv,
    LeveringsLog leveringsLog,
    OperatoerBesked operatoer,
    ILogger<KommuneJob> log)
{
    private static readonly IReadOnlySet<Format> Formater = Pipeline.Formater.Alle;

    [DisplayName("Rapport {0} pr. {1}")]
    public async Task<string> Koer(int kommune, string skaeringsdato, PerformContext? kontekst, CancellationToken ct)
    {
        var dato = Skaeringsdato.Parse(skaeringsdato);
        var kilde = new DataKilde(ind.Data.Provider, ind.Data.Forbindelse);
        var skabeloner = Skabeloner.Standard(ind.Skabeloner);
        var skabelon = skabeloner.Kommune(kommune);
        var claimedAf = $"{Environment.MachineName}/{Environment.ProcessId}/{kontekst?.BackgroundJob.Id ?? "-"}";

        var mangler = await Skridt("fuldstaendighed", kommune, dato, async () =>
        {
            var input = await inputKilde.LaesAsync(kilde, kommune, dato, ct);
            // The gate weighs the same findings the report lists: compute them as the report does.
            var fund = Figures.FigurBeregning.Beregn(input, dato, skabelon, skabeloner.StandardKontoplan(), udtraek: RapportPipeline.Idag(TimeProvider.System)).Datakvalitet;
            return Fuldstaendighed.Mangler(input, dato, ind.Fuldstaendighed, skabelon.Basisperioder, fund, RapportTekster.Laes(skabeloner).RegelINavn);
        });
        if (mangler.Count > 0)
        {
            await operatoer.SendAsync(
                $"Rapport for {kommune} pr. {dato.Iso} holdes tilbage",
                $"Rapporten for kommune {kommune} med skæringsdato {dato.Iso} er ikke sendt, fordi data ikke er komplette:\n"
                + string.Join("\n", mangler.Select(m => "- " + m))
                + $"\n\nNår data er på plads: rapportering run --skaeringsdato {dato.Iso} --kommune {kommune}", ct);
            return Json(new KommuneUdfald(kommune, dato.Iso, KommuneUdfald.Tilbageholdt, null, mangler, [], []));
        }

        var resultat = await Skridt("rendering", kommune, dato, () =>
            bygger.ByggAsync(new RapportBestilling(kilde, kommune, dato, Formater, ind.Skabeloner), ct));

        await Skridt("kontrol", kommune, dato, () =>
        {
            var fejl = ArtefaktKontrol.Fejl(resultat, Formater, ind.Kontrol.PdfOverskrifter);
            return fejl.Count == 0
                ? Task.FromResult(0)
                : throw new InvalidOperationException($"kontrol af rapporten fejlede: {string.Join("; ", fejl)}");
        });

        var filer = resultat.Filer.ToDictionary(f => Pipeline.Formater.FilNavn(kommune, dato, f.Key), f => f.Value);
        var arkiveret = await Skridt("arkivering", kommune, dato, () => Task.FromResult(
            arkiv.SkrivVersion(kommune, dato, filer, resultat.DataPr, SkabelonFingeraftryk.Version, SkabelonFingeraftryk.Hash(ind.Skabeloner))));
        var version = arkiveret.Manifest.Version;

        var pdfNavn = Pipeline.Formater.FilNavn(kommune, dato, Format.Pdf);
        var xlsxNavn = Pipeline.Formater.FilNavn(kommune, dato, Format.Xlsx);
        var pakke = new LeveringsPakke(kommune, resultat.KommuneNavn, dato, version, pdfNavn,
            arkiv.LaesFil(kommune, dato, version, pdfNavn),
            ind.Arkiv.Url is { Length: > 0 } url ? $"{url.TrimEnd('/')}/{kommune}/{dato.Iso}/v{version}/{xlsxNavn}" : null,
            arkiveret.Manifest.Filer.ToDictionary(f => f.Navn, f => arkiv.LaesFil(kommune, dato, version, f.Navn)));
        var udfald = await Skridt("levering", kommune, dato, () =>
            new Leverandoer(leveringsLog, ind.Smtp).LeverAsync(pakke, skabelon.Modtagere, ind.Levering.Mappe, claimedAf, ct));

        var uafklarede = await leveringsLog.UafklaredeAsync(kommune, dato.Iso, TimeSpan.FromMinutes(ind.Levering.UafklaretEfterMinutter), ct);
        if (uafklarede.Count > 0)
            await operatoer.SendAsync(
                $"Uafklaret levering for {kommune} pr. {dato.Iso}",
                "Afsendelsen blev påbegyndt, men ikke bekræftet (afbrudt undervejs). Den sendes ikke automatisk igen, så ingen får den to gange:\n"
                + string.Join("\n", uafklarede.Select(p =>
                    $"- {p.Noegle.Modtager} (version {p.Noegle.Version}): rapportering resend --kommune {kommune} --skaeringsdato {dato.Iso} --modtager {p.Noegle.Modtager}")), ct);

        return Json(new KommuneUdfald(kommune, dato.Iso, arkiveret.Ny ? KommuneUdfald.Leveret : KommuneUdfald.Uaendret, version, [],
            udfald.Where(u => u.Status == LeveringsStatus.Sendt).Select(u => u.Modtager).ToList(),
            udfald.Where(u => u.Status == LeveringsStatus.Uafklaret).Select(u => u.Modtager).ToList()));
    }

    // The result is stored as a plain JSON string: Hangfire's own serializer would add type names.
    private static string Json(KommuneUdfald u) => System.Text.Json.JsonSerializer.Serialize(u);

    private async Task<T> Skridt<T>(string navn, int kommune, Skaeringsdato dato, Func<Task<T>> trin)
    {
        var ur = Stopwatch.StartNew();
        try
        {
            var r = await trin();
            log.LogInformation("{Kommune} {Dato} {Skridt}: ok ({Ms} ms)", kommune, dato.Iso, navn, ur.ElapsedMilliseconds);
            return r;
        }
        catch (Exception e)
        {
            log.LogWarning("{Kommune} {Dato} {Skridt}: fejl efter {Ms} ms: {Fejl}", kommune, dato.Iso, navn, ur.ElapsedMilliseconds, e.Message);
            throw;
        }
    }
}
