using System.Diagnostics;
using System.Text;

namespace Rapportering.Tests.Jobs;

/// <summary>
/// The built `rapportering` executable as a child process: `dotnet rapportering.dll ...` from the
/// test's bin folder (the test project references the Jobs project, so it is copied there).
/// </summary>
internal sealed class RapporteringProces : IDisposable
{
    private readonly Process _p;
    private readonly StringBuilder _ud = new();
    private readonly StringBuilder _fejl = new();

    public RapporteringProces(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "rapportering.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} mangler: byg testprojektet");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        _p = Process.Start(psi) ?? throw new InvalidOperationException("dotnet startede ikke");
        _p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_ud) _ud.AppendLine(e.Data); };
        _p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_fejl) _fejl.AppendLine(e.Data); };
        _p.BeginOutputReadLine();
        _p.BeginErrorReadLine();
    }

    public bool Afsluttet => _p.HasExited;

    public string Ud { get { lock (_ud) return _ud.ToString(); } }

    public string Fejl { get { lock (_fejl) return _fejl.ToString(); } }

    /// <summary>Waits for the exit and returns the exit code; kills and fails after the deadline.</summary>
    public int Vent(TimeSpan frist)
    {
        if (!_p.WaitForExit(frist))
        {
            Draeb();
            throw new TimeoutException($"rapportering sluttede ikke inden for {frist.TotalSeconds} s. stdout: {Ud} stderr: {Fejl}");
        }
        _p.WaitForExit(); // flush the async readers
        return _p.ExitCode;
    }

    /// <summary>A hard crash: SIGKILL to the whole tree, no shutdown hooks run.</summary>
    public void Draeb()
    {
        if (!_p.HasExited) _p.Kill(entireProcessTree: true);
        _p.WaitForExit(10_000);
    }

    /// <summary>SIGKILL to this process alone, at once (no walk of the process tree first): for kill points a few milliseconds wide.</summary>
    public void DraebStraks()
    {
        if (!_p.HasExited) _p.Kill();
        _p.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try { Draeb(); } catch (InvalidOperationException) { }
        _p.Dispose();
    }
}
