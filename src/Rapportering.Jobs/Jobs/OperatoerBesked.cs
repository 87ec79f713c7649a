using Rapportering.Delivery;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Tells the operator: one log line always, and a mail to Operatoer:Modtagere when configured.
/// A failing notice mail is logged, never thrown: the notice must not fail the job it reports on.
/// </summary>
public sealed class OperatoerBesked(RapporteringIndstillinger indstillinger, ILogger<OperatoerBesked> log)
{
    public async Task SendAsync(string emne, string tekst, CancellationToken ct = default)
    {
        log.LogWarning("OPERATØR: {Emne} — {Tekst}", emne, tekst.ReplaceLineEndings(" | "));
        var til = indstillinger.Operatoer.Modtagere;
        if (til.Length == 0) return;
        try
        {
            await using var f = await MailForbindelse.AabnAsync(indstillinger.Smtp, ct);
            await f.SendAsync(MailIndhold.Besked(emne, tekst, til, indstillinger.Smtp), ct);
        }
        catch (Exception e) when (e is MailAfvistException or IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpProtocolException)
        {
            log.LogError("Operatørbeskeden kunne ikke mailes: {Fejl}", e.Message);
        }
    }
}
