using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Pipeline;

namespace Rapportering.Jobs.Web;

/// <summary>
/// One archived report as the web shows it: the newest version of a kommune's cut date. Only the
/// report's own file names (&lt;kode&gt;-&lt;yyyy-mm-dd&gt;.&lt;ext&gt;) listed in the manifest count;
/// anything else in the folder is never offered or served.
/// </summary>
public sealed record ArkivUdgave(int Kode, Skaeringsdato Dato, ArkivManifest Manifest)
{
    public int Version => Manifest.Version;
    public string FilNavn(Format f) => Formater.FilNavn(Kode, Dato, f);
    public bool Har(Format f) => Manifest.Filer.Any(x => x.Navn == FilNavn(f));

    /// <summary>The format whose file name this is, if the version has it.</summary>
    public Format? FormatFor(string filnavn) => Formater.Alle.Where(f => FilNavn(f) == filnavn && Har(f)).Cast<Format?>().FirstOrDefault();

    /// <summary>The newest version of the cut date, or null when there is none (or its manifest cannot be read).</summary>
    public static ArkivUdgave? Find(Arkiv arkiv, int kode, Skaeringsdato dato, ILogger log)
    {
        try
        {
            return arkiv.SenesteManifest(kode, dato) is { } m ? new ArkivUdgave(kode, dato, m) : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
        {
            // Only kommune and date: the archive path and file contents stay out of the log.
            log.LogError("Manifestet for kommune {Kommune} pr. {Dato} kan ikke læses ({Fejl})", kode, dato.Iso, e.GetType().Name);
            return null;
        }
    }

    /// <summary>One given version (the mail links the version it delivered), or null.</summary>
    public static ArkivUdgave? FindVersion(Arkiv arkiv, int kode, Skaeringsdato dato, int version, ILogger log)
    {
        try
        {
            return arkiv.Versioner(kode, dato).Contains(version) && arkiv.LaesManifest(kode, dato, version) is { } m
                ? new ArkivUdgave(kode, dato, m)
                : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
        {
            log.LogError("Manifestet for kommune {Kommune} pr. {Dato} v{Version} kan ikke læses ({Fejl})", kode, dato.Iso, version, e.GetType().Name);
            return null;
        }
    }

    /// <summary>The kommune's reports, newest cut date first.</summary>
    public static IReadOnlyList<ArkivUdgave> Alle(Arkiv arkiv, int kode, ILogger log) =>
        arkiv.Datoer(kode).Reverse().Select(d => Find(arkiv, kode, d, log)).OfType<ArkivUdgave>().ToList();

    /// <summary>
    /// The file's bytes, checked against the manifest's hash. Null (and logged) when it cannot be
    /// read; Oedelagt when it does not match the manifest: a changed file is never served.
    /// </summary>
    public (byte[]? Indhold, bool Oedelagt) Laes(Arkiv arkiv, Format f, ILogger log)
    {
        try
        {
            return (arkiv.LaesFil(Kode, Dato, Version, FilNavn(f)), false);
        }
        catch (InvalidDataException)
        {
            log.LogError("{Fil} for kommune {Kommune} pr. {Dato}, version {Version}, passer ikke med manifestets SHA-256 og udleveres ikke",
                f.Endelse(), Kode, Dato.Iso, Version);
            return (null, true);
        }
        catch (IOException e)
        {
            log.LogError("{Fil} for kommune {Kommune} pr. {Dato}, version {Version}, kan ikke læses ({Fejl})", f.Endelse(), Kode, Dato.Iso, Version, e.GetType().Name);
            return (null, false);
        }
    }
}
