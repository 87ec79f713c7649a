using System.Diagnostics;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>Runs the command-line PDF tools (poppler's pdfinfo/pdffonts/pdftotext, qpdf) on a PDF's bytes.</summary>
internal static class PdfVaerktoej
{
    /// <summary>The tool's exit code and standard output, with the PDF written to a temporary file that is then removed.</summary>
    public static (int Kode, string Ud) Koer(byte[] pdf, string program, params string[] args)
    {
        var fil = Path.Combine(Path.GetTempPath(), $"rap-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(fil, pdf);
        try
        {
            var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) psi.ArgumentList.Add(a == "{fil}" ? fil : a);
            if (!args.Contains("{fil}")) psi.ArgumentList.Add(fil);
            using var p = Process.Start(psi)!;
            var fejl = p.StandardError.ReadToEndAsync();
            var ud = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, ud + fejl.Result);
        }
        finally
        {
            File.Delete(fil);
        }
    }
}
