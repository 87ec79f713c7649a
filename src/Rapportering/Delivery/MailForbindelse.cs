using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Rapportering.Delivery;

/// <summary>
/// One open SMTP connection (MailKit). <see cref="SendAsync"/> tells a definite refusal (the
/// server said no, nothing was accepted: <see cref="MailAfvistException"/>) from an uncertain
/// failure (the connection broke during the transaction: the mail may have been accepted).
/// </summary>
public sealed class MailForbindelse : IAsyncDisposable
{
    private readonly SmtpClient _klient = new();

    private MailForbindelse() { }

    public static async Task<MailForbindelse> AabnAsync(SmtpIndstillinger s, CancellationToken ct = default)
    {
        var f = new MailForbindelse();
        f._klient.Timeout = s.TimeoutSekunder * 1000;
        var sikkerhed = s.Sikkerhed.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "ssl" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        try
        {
            await f._klient.ConnectAsync(s.Vaert, s.Port, sikkerhed, ct);
            if (!string.IsNullOrEmpty(s.Brugernavn))
                await f._klient.AuthenticateAsync(s.Brugernavn, s.Adgangskode ?? "", ct);
            return f;
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            await f.DisposeAsync();
            throw new MailAfvistException($"kan ikke forbinde til mailserveren {s.Vaert}:{s.Port}: {e.Message}", e);
        }
    }

    public async Task SendAsync(MimeMessage besked, CancellationToken ct = default)
    {
        try
        {
            await _klient.SendAsync(besked, ct);
        }
        catch (SmtpCommandException e)
        {
            // The server answered with an error code: it did not take the mail.
            throw new MailAfvistException($"mailserveren afviste mailen til {besked.To}: {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_klient.IsConnected) await _klient.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or SocketException or ServiceNotConnectedException or SmtpProtocolException) { }
        _klient.Dispose();
    }
}

/// <summary>The mail was definitely not accepted; sending it again later is safe.</summary>
public sealed class MailAfvistException(string besked, Exception indre) : Exception(besked, indre);
