using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Rapportering.Tests.Delivery;

/// <summary>How <see cref="SmtpFejlServer"/> misbehaves.</summary>
public enum SmtpFejl
{
    /// <summary>RCPT TO answered 451 (try again later).</summary>
    Afvis4xx,
    /// <summary>MAIL FROM answered 554 (transaction failed).</summary>
    Afvis5xx,
    /// <summary>Hangs up when the client sends RCPT TO.</summary>
    LaegPaaVedRcpt,
    /// <summary>Accepts sender and recipient, hangs up at DATA: nothing of the mail was sent.</summary>
    LaegPaaVedData,
    /// <summary>Never answers RCPT TO (a stall past the client's timeout).</summary>
    StaaStilleVedRcpt,
    /// <summary>Takes the whole message, then never answers the final "." — the unknown window.</summary>
    StaaStilleEfterData,
}

/// <summary>
/// A small real SMTP server on a loopback socket that fails in one chosen way: a real TCP peer for
/// MailKit (not a mock of it). It keeps every message whose data it received completely, so a test
/// can tell what might have been delivered.
/// </summary>
public sealed class SmtpFejlServer : IDisposable
{
    private readonly TcpListener _lytter = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<MimeMessage> _modtaget = [];
    private readonly List<TcpClient> _klienter = [];

    public SmtpFejl Fejl { get; }
    public int Port { get; }

    public SmtpFejlServer(SmtpFejl fejl)
    {
        Fejl = fejl;
        _lytter.Start();
        Port = ((IPEndPoint)_lytter.LocalEndpoint).Port;
        _ = Task.Run(AcceptLoekke);
    }

    /// <summary>Messages whose data (up to the final ".") arrived here.</summary>
    public IReadOnlyList<MimeMessage> Modtaget { get { lock (_modtaget) return [.. _modtaget]; } }

    private async Task AcceptLoekke()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient k;
            try { k = await _lytter.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            lock (_klienter) _klienter.Add(k);
            _ = Task.Run(() => Session(k));
        }
    }

    private async Task Session(TcpClient k)
    {
        try
        {
            var s = k.GetStream();
            var ind = new StreamReader(s, Encoding.Latin1);
            async Task Svar(string linje) => await s.WriteAsync(Encoding.ASCII.GetBytes(linje + "\r\n"), _stop.Token);
            await Svar("220 fejlserver ESMTP");
            while (await ind.ReadLineAsync(_stop.Token) is { } linje)
            {
                var kommando = linje.Split(' ', 2)[0].ToUpperInvariant();
                switch (kommando)
                {
                    case "EHLO": await Svar("250-fejlserver"); await Svar("250 8BITMIME"); break;
                    case "HELO" or "RSET" or "NOOP": await Svar("250 ok"); break;
                    case "QUIT": await Svar("221 farvel"); k.Close(); return;
                    case "MAIL":
                        await Svar(Fejl == SmtpFejl.Afvis5xx ? "554 5.3.0 transaktionen fejlede" : "250 ok");
                        break;
                    case "RCPT":
                        switch (Fejl)
                        {
                            case SmtpFejl.Afvis4xx: await Svar("451 4.3.0 prøv igen senere"); break;
                            case SmtpFejl.LaegPaaVedRcpt: k.Close(); return;
                            case SmtpFejl.StaaStilleVedRcpt: await Task.Delay(Timeout.Infinite, _stop.Token); return;
                            default: await Svar("250 ok"); break;
                        }
                        break;
                    case "DATA":
                        if (Fejl == SmtpFejl.LaegPaaVedData) { k.Close(); return; }
                        await Svar("354 send data");
                        var data = new StringBuilder();
                        while (await ind.ReadLineAsync(_stop.Token) is { } d && d != ".")
                            data.Append(d.StartsWith("..", StringComparison.Ordinal) ? d[1..] : d).Append("\r\n");
                        lock (_modtaget) _modtaget.Add(MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()))));
                        if (Fejl == SmtpFejl.StaaStilleEfterData) { await Task.Delay(Timeout.Infinite, _stop.Token); return; }
                        await Svar("250 ok: modtaget");
                        break;
                    default: await Svar("502 ukendt kommando"); break;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException) { }
        finally
        {
            k.Dispose();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _lytter.Stop();
        lock (_klienter) foreach (var k in _klienter) k.Dispose();
        _stop.Dispose();
    }
}
