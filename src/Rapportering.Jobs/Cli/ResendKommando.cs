using Rapportering.Archive;
using Rapportering.Delivery;
using Rapportering.Domain;
using Rapportering.Jobs.Jobs;
using Rapportering.Pipeline;
using Rapportering.Templates;

namespace Rapportering.Jobs;

/// <summary>
/// `rapportering resend --kommune K --skaeringsdato D [--modtager EMAIL] [--version N] [--config FIL]`:
/// mails the archived report again (latest version unless --version) without rendering. An
/// operator's explicit act, so it sends even if the log says sent; the log then says sent.
/// </summary>
internal static class ResendKommando
{
    public static int Koer(string[] args)
    {
        var a = Argumenter.Parse(args, ["kommune", "skaeringsdato", "modtager", "version", "config"]);
        var kommune = a.KraevetHeltal("kommune");
        if (!Skaeringsdato.TryParse(a.Kraevet("skaeringsdato"), out var dato, out var fejl)) throw new BrugerFejl(fejl);
        var c = JobKonfiguration.Lag(new ConfigurationBuilder(), a.Valgfri("config"), null).Build();
        var ind = JobKonfiguration.Indstillinger(c, a.Valgfri("config"));
        JobStorageFabrik.Kontroller(ind.Jobs);
        var sendt = GensendAsync(ind, TimeProvider.System, kommune, dato, a.Valgfri("modtager"), a.Har("version") ? a.KraevetHeltal("version") : null)
            .GetAwaiter().GetResult();
        foreach (var m in sendt) Console.Out.WriteLine($"{kommune} {dato.Iso}: gensendt til {m}");
        return Cli.Ok;
    }

    public static async Task<IReadOnlyList<string>> GensendAsync(
        RapporteringIndstillinger ind, TimeProvider tid, int kommune, Skaeringsdato dato, string? modtager, int? version, CancellationToken ct = default)
    {
        var arkiv = new Arkiv(ind.Arkiv.Rod, tid);
        var v = version ?? arkiv.SenesteVersion(kommune, dato)
            ?? throw new BrugerFejl($"arkivet har ingen rapport for {kommune} pr. {dato.Iso}");
        var manifest = arkiv.LaesManifest(kommune, dato, v) ?? throw new BrugerFejl($"version {v} for {kommune} pr. {dato.Iso} findes ikke i arkivet");
        var pdfNavn = Formater.FilNavn(kommune, dato, Format.Pdf);
        var pdf = arkiv.LaesFil(kommune, dato, v, pdfNavn);
        var skabelon = Skabeloner.Standard(ind.Skabeloner).Kommune(kommune);
        IReadOnlyList<Modtager> til = modtager is not null
            ? [skabelon.Modtagere.FirstOrDefault(m => string.Equals(m.Email, modtager, StringComparison.OrdinalIgnoreCase)) ?? new Modtager("", modtager)]
            : skabelon.Modtagere;
        if (til.Count == 0) throw new BrugerFejl($"kommune {kommune} har ingen modtagere i skabelonen; brug --modtager");
        var xlsx = Formater.FilNavn(kommune, dato, Format.Xlsx);
        var pakke = new LeveringsPakke(kommune, skabelon.Navn ?? kommune.ToString(System.Globalization.CultureInfo.InvariantCulture), dato, v, pdfNavn, pdf,
            ind.Arkiv.Url is { Length: > 0 } url && manifest.Filer.Any(f => f.Navn == xlsx) ? $"{url.TrimEnd('/')}/{kommune}/{dato.Iso}/v{v}/{xlsx}" : null,
            new Dictionary<string, byte[]>(), RapportTekster.Laes(Skabeloner.Standard(ind.Skabeloner)));
        var log = JobStorageFabrik.Leveringslog(ind, tid);
        await log.OpretAsync(ct);
        await using var f = await MailForbindelse.AabnAsync(ind.Smtp, ct);
        var sendt = new List<string>();
        foreach (var m in til)
        {
            await f.SendAsync(MailIndhold.Rapport(pakke, m, ind.Smtp, gensendt: true), null, ct);
            await log.RegistrerGensendtAsync(new LeveringsNoegle(kommune, dato.Iso, m.Email, v), $"resend/{Environment.MachineName}", ct);
            sendt.Add(m.Email);
        }
        return sendt;
    }
}
