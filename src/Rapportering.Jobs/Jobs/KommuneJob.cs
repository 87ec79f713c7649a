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
        var tekster = RapportTekster.Laes(skabeloner);
        // Unique per attempt: a takeover compares against exactly this owner.
        var claimedAf = $"{Environment.MachineName}/{Environment.ProcessId}/{kontekst?.BackgroundJob.Id ?? "-"}/{Guid.NewGuid().ToString("N")[..8]}";
        var hvem = skabelon.Navn is { Length: > 0 } navn ? $"{kommune} {navn}" : $"kommune {kommune}";

        (Input.KommuneInput, Figures.FigurEksport)? beregnet = null;
        var mangler = await Skridt("fuldstaendighed", kommune, dato, async () =>
        {
            var input = await inputKilde.LaesAsync(kilde, kommune, dato, ct);
            // The gate weighs the same findings the report lists: the report's own figures, computed
            // once here and handed to the rendering (a million measures: no second read or compute).
            var eksport = RapportPipeline.Figurer(input, dato, skabeloner, RapportPipeline.Idag(TimeProvider.System));
            beregnet = (input, eksport);
            return Fuldstaendighed.Vurder(input, dato, skabelon, eksport, ind.Fuldstaendighed, tekster);
        });
        if (mangler.Count > 0)
        {
            await operatoer.SendAsync(
                $"Rapport for {hvem} pr. {dato.Iso} holdes tilbage",
                $"Rapporten for {hvem} med skæringsdato {dato.Iso} er ikke sendt, fordi data ikke er komplette:\n"
                + string.Join("\n", mangler.Select(m => "- " + m))
                + $"\n\nNår data er på plads: {Kommandolinje.Byg(operatoer.KonfigFil, "run", "--skaeringsdato", dato.Iso, "--kommune", Tal(kommune))}", ct);
            return Json(new KommuneUdfald(kommune, dato.Iso, KommuneUdfald.Tilbageholdt, null, mangler, [], []) { Navn = skabelon.Navn });
        }

        var resultat = await Skridt("rendering", kommune, dato, () =>
            bygger.ByggAsync(new RapportBestilling(kilde, kommune, dato, Formater, ind.Skabeloner, ind.Fuldstaendighed) { Beregnet = beregnet }, ct));

        await Skridt("kontrol", kommune, dato, () =>
        {
            var fejl = ArtefaktKontrol.Fejl(resultat, Formater, ind.Kontrol.PdfOverskrifter, tekster);
            return fejl.Count == 0
                ? Task.FromResult(0)
                : throw new JobFejl($"kontrol af rapporten fejlede: {string.Join("; ", fejl)}");
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
            arkiveret.Manifest.Filer.ToDictionary(f => f.Navn, f => arkiv.LaesFil(kommune, dato, version, f.Navn)),
            RapportTekster.Laes(skabeloner));
        var udfald = await Skridt("levering", kommune, dato, () =>
            new Leverandoer(leveringsLog, ind.Smtp, ind.Levering.Politik).LeverAsync(pakke, skabelon.Modtagere, ind.Levering.Mappe, claimedAf, ct));
        var mails = udfald.Where(u => !u.ErMappe).ToList();

        // The unknown window is reported at once, by whichever policy resolved it.
        var uafklarede = await leveringsLog.UafklaredeAsync(kommune, dato.Iso, ct);
        if (uafklarede.Count > 0)
            await operatoer.SendAsync(
                $"Uafklaret levering for {hvem} pr. {dato.Iso}",
                "Mailens data var ved at blive sendt, da afsendelsen stoppede, og serveren nåede ikke at svare: den er måske modtaget. "
                + "Den sendes ikke automatisk igen (Levering:Uvished=spoerg). Send den, hvis modtageren ikke har den:\n"
                + string.Join("\n", uafklarede.Select(p =>
                    $"- {p.Noegle.Modtager} (version {p.Noegle.Version}): {Kommandolinje.Byg(operatoer.KonfigFil, "resend", "--kommune", Tal(kommune), "--skaeringsdato", dato.Iso, "--modtager", p.Noegle.Modtager, "--version", Tal(p.Noegle.Version))}")), ct);
        var gentaget = mails.Where(u => u.Status == LeveringsStatus.Gentaget).Select(u => u.Modtager).ToList();
        if (gentaget.Count > 0)
            await operatoer.SendAsync(
                $"Rapport for {hvem} pr. {dato.Iso} sendt igen",
                "En tidligere afsendelse stoppede, mens mailens data blev sendt; den er sendt igen med samme Message-ID "
                + "(Levering:Uvished=gentag), så modtageren kan have fået den to gange:\n"
                + string.Join("\n", gentaget.Select(m => $"- {m} (version {version})")), ct);

        return Json(new KommuneUdfald(kommune, dato.Iso, arkiveret.Ny ? KommuneUdfald.Leveret : KommuneUdfald.Uaendret, version, [],
            mails.Where(u => u.Status is LeveringsStatus.Sendt or LeveringsStatus.Gentaget).Select(u => u.Modtager).ToList(),
            uafklarede.Select(p => p.Noegle.Modtager).Distinct().ToList())
        {
            Navn = skabelon.Navn,
            Gentaget = gentaget,
            MappeLagt = udfald.Any(u => u.ErMappe && u.Status == LeveringsStatus.Sendt),
        });
    }

    private static string Tal(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
