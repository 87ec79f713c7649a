using System.Collections.Concurrent;
using Rapportering.Delivery;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// Tells the operator: one log line always, and a mail to Operatoer:Modtagere when configured.
/// A failing notice mail is logged, never thrown: the notice must not fail the job it reports on.
/// Notices started without being awaited (from a state filter) are tracked, so a process can wait
/// for them before it exits (<see cref="VentPaaAlleAsync"/>).
/// </summary>
public sealed class OperatoerBesked(RapporteringIndstillinger indstillinger, ILogger<OperatoerBesked> log)
{
    private readonly ConcurrentDictionary<Task, byte> _undervejs = new();

    /// <summary>The absolute --config file the process was started with (for the commands a notice prints).</summary>
    public string? KonfigFil => indstillinger.KonfigFil;

    public async Task SendAsync(string emne, string tekst, CancellationToken ct = default)
    {
        log.LogWarning("OPERATØR: {Emne} — {Tekst}", emne, tekst.ReplaceLineEndings(" | "));
        var til = indstillinger.Operatoer.Modtagere;
        if (til.Length == 0) return;
        try
        {
            await using var f = await MailForbindelse.AabnAsync(indstillinger.Smtp, ct);
            await f.SendAsync(MailIndhold.Besked(emne, tekst, til, indstillinger.Smtp), null, ct);
        }
        catch (Exception e) when (e is MailAfvistException or MailUvisException or IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpProtocolException)
        {
            log.LogError("Operatørbeskeden kunne ikke mailes: {Fejl}", e.Message);
        }
    }

    /// <summary>Sends without making the caller wait, but tracked until done.</summary>
    public void SendIBaggrunden(string emne, string tekst)
    {
        var t = Task.Run(() => SendAsync(emne, tekst));
        _undervejs[t] = 0;
        t.ContinueWith(f => _undervejs.TryRemove(f, out _), TaskScheduler.Default);
    }

    /// <summary>Waits (bounded) for every notice still on its way; true when none is left.</summary>
    public async Task<bool> VentPaaAlleAsync(TimeSpan frist)
    {
        var slut = DateTime.UtcNow + frist;
        while (!_undervejs.IsEmpty)
        {
            var rest = slut - DateTime.UtcNow;
            if (rest <= TimeSpan.Zero) return false;
            var alle = Task.WhenAll(_undervejs.Keys);
            await Task.WhenAny(alle, Task.Delay(rest));
            await Task.Delay(10); // let the removals run
        }
        return true;
    }
}
