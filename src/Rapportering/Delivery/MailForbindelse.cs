using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Rapportering.Delivery;

/// <summary>
/// One open SMTP connection (MailKit). <see cref="SendAsync"/> tells a failure before the handover
/// (refusal, hang-up or timeout before the message data went out: <see cref="MailAfvistException"/>,
/// nothing can have been delivered) from one after it (<see cref="MailUvisException"/>: the data
/// was being transmitted and no reply was seen).
/// </summary>
public sealed class MailForbindelse : IAsyncDisposable
{
    private readonly SmtpClient _klient = new();
    private readonly string _server;

    private MailForbindelse(string server) => _server = server;

    public static async Task<MailForbindelse> AabnAsync(SmtpIndstillinger s, CancellationToken ct = default)
    {
        var f = new MailForbindelse($"{s.Vaert}:{s.Port}");
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
        catch (Exception e) when (ErForbindelsesfejl(e) || e is AuthenticationException or SslHandshakeException)
        {
            await f.DisposeAsync();
            throw new MailAfvistException($"kan ikke forbinde til mailserveren {f._server} ({Grund(e)})", e);
        }
    }

    /// <summary>
    /// Sends one mail. <paramref name="vedOverdragelse"/> runs once, synchronously, when the first
    /// bytes of the message data are written — after the server accepted sender and recipients and
    /// before the end of the data can leave (MailKit writes the final "." after all the data), so
    /// whatever it records is durable before the mail can exist at the server.
    /// </summary>
    public async Task SendAsync(MimeMessage besked, Action? vedOverdragelse = null, CancellationToken ct = default)
    {
        var overdragelse = new Overdragelse(vedOverdragelse);
        try
        {
            await _klient.SendAsync(besked, ct, overdragelse);
        }
        catch (Exception e) when (!overdragelse.Startet && (e is SmtpCommandException || ErForbindelsesfejl(e)))
        {
            throw new MailAfvistException($"mailserveren {_server} tog ikke mailen ({Grund(e)})", e);
        }
        catch (Exception e) when (overdragelse.Startet && (e is SmtpCommandException || ErForbindelsesfejl(e)))
        {
            throw new MailUvisException($"mailserveren {_server} svarede ikke på mailens data ({Grund(e)})", e);
        }
    }

    private static bool ErForbindelsesfejl(Exception e) =>
        e is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
        || (e is OperationCanceledException o && !o.CancellationToken.IsCancellationRequested); // MailKit's own timeout, not a shutdown

    /// <summary>Our own words for what happened (never the library's text, which a user may see).</summary>
    private static string Grund(Exception e) => e switch
    {
        SmtpCommandException k => $"svar {(int)k.StatusCode}",
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "forbindelsen blev afvist",
        SocketException => "netværksfejl",
        AuthenticationException => "login afvist",
        SslHandshakeException => "TLS-forhandlingen fejlede",
        TimeoutException or OperationCanceledException => "tiden løb ud",
        _ => "forbindelsen blev afbrudt",
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_klient.IsConnected) await _klient.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or SocketException or ServiceNotConnectedException or SmtpProtocolException or TimeoutException or OperationCanceledException) { }
        _klient.Dispose();
    }

    /// <summary>MailKit reports progress as the message data is written: the first report is the handover.</summary>
    private sealed class Overdragelse(Action? vedStart) : ITransferProgress
    {
        public bool Startet { get; private set; }

        public void Report(long bytesTransferred, long totalSize) => Report(bytesTransferred);

        public void Report(long bytesTransferred)
        {
            if (Startet) return;
            Startet = true;
            vedStart?.Invoke();
        }
    }
}

/// <summary>The mail was definitely not handed over (refused, or the connection ended before its data); sending it again is safe.</summary>
public sealed class MailAfvistException(string besked, Exception indre) : Exception(besked, indre);

/// <summary>The message data was being transmitted when the connection failed: the mail may or may not have arrived.</summary>
public sealed class MailUvisException(string besked, Exception indre) : Exception(besked, indre);
