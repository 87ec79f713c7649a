using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Rapportering.Tests.Infrastructure;

/// <summary>
/// A real SMTP server process on loopback: Postfix's smtp-sink (Debian postfix, installed by
/// scripts/install-test-deps.sh) on a free port, dumping every mail into a temp folder. Start
/// failing is a test failure, never a skip.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Program = "/usr/sbin/smtp-sink";
    private readonly Process _proces;

    public int Port { get; }
    public string Mappe { get; }

    public SmtpSink()
    {
        if (!File.Exists(Program))
            throw new InvalidOperationException($"{Program} mangler: kør scripts/install-test-deps.sh (Debian-pakken postfix)");
        Mappe = Directory.CreateTempSubdirectory("smtp-sink-").FullName;
        // smtp-sink drops privileges to -u; that user must be able to write the dumps.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Mappe, (UnixFileMode)0x1FF);
        Port = LedigPort.Naeste();
        var psi = new ProcessStartInfo(Program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-u", "postfix", "-d", Path.Combine(Mappe, "%M."), $"127.0.0.1:{Port}", "100" }) psi.ArgumentList.Add(a);
        _proces = System.Diagnostics.Process.Start(psi) ?? throw new InvalidOperationException("smtp-sink startede ikke");
        var frist = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (_proces.HasExited)
                throw new InvalidOperationException($"smtp-sink stoppede med kode {_proces.ExitCode}: {_proces.StandardError.ReadToEnd()}");
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, Port);
                break;
            }
            catch (SocketException) when (DateTime.UtcNow < frist)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>Every mail received so far, parsed (dump headers X-Rcpt-Args name the envelope recipients).</summary>
    public IReadOnlyList<(IReadOnlyList<string> Modtagere, MimeMessage Besked)> Mails()
    {
        var liste = new List<(IReadOnlyList<string>, MimeMessage)>();
        foreach (var fil in Directory.EnumerateFiles(Mappe, "*", SearchOption.AllDirectories).Order())
        {
            var besked = MimeMessage.Load(fil);
            var modtagere = besked.Headers.Where(h => h.Field == "X-Rcpt-Args")
                .Select(h => h.Value.Trim().Trim('<', '>').ToLowerInvariant()).ToList();
            liste.Add((modtagere, besked));
        }
        return liste;
    }

    /// <summary>Mails fully written so far; safe to poll while smtp-sink is still writing one (a half-written dump does not count).</summary>
    public int AntalFaerdige()
    {
        var n = 0;
        foreach (var fil in Directory.EnumerateFiles(Mappe, "*", SearchOption.AllDirectories))
        {
            try { MimeMessage.Load(fil); n++; }
            catch (FormatException) { }
            catch (IOException) { }
        }
        return n;
    }

    public int Antal(string modtager) => Mails().Count(m => m.Modtagere.Contains(modtager.ToLowerInvariant()));

    public IReadOnlyDictionary<string, int> AntalPrModtager() =>
        Mails().SelectMany(m => m.Modtagere).GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());

    public void Ryd()
    {
        foreach (var f in Directory.EnumerateFiles(Mappe, "*", SearchOption.AllDirectories)) File.Delete(f);
    }

    public void Dispose()
    {
        try
        {
            if (!_proces.HasExited) { _proces.Kill(entireProcessTree: true); _proces.WaitForExit(5000); }
        }
        catch (InvalidOperationException) { }
        _proces.Dispose();
        try { Directory.Delete(Mappe, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
