using Rapportering.Completeness;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Input;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Json;
using Rapportering.Rendering.Pdf;
using Rapportering.Rendering.Xlsx;
using Rapportering.Offentlige;
using Rapportering.Offentlige.Lager;
using Rapportering.Report;
using Rapportering.Sammenligninger;
using Rapportering.Templates;

namespace Rapportering.Pipeline;

/// <summary>
/// The one data flow of DESIGN.md for one kommune: views → readers → records → figures →
/// report document → renderers. Reading is the only I/O; <see cref="Byg"/> is the rest and is
/// deterministic: the same records and templates give the same bytes.
/// </summary>
/// <param name="formaterSamtidigt">Draw the formats of one report side by side on the cores (same bytes): for a run of fewer kommuner than cores.</param>
public sealed class RapportPipeline(Trintider? tider = null, TimeProvider? ur = null, bool formaterSamtidigt = false) : IRapportBygger
{
    private readonly Trintider _tider = tider ?? new Trintider();
    private readonly TimeProvider _ur = ur ?? TimeProvider.System;

    public Trintider Tider => _tider;

    public async Task<RapportResultat> ByggAsync(RapportBestilling b, CancellationToken ct = default)
    {
        var skabeloner = Skabeloner.Standard(b.SkabelonMappe);
        var provider = ProviderOrd.Parse(b.Kilde.Provider);
        var ur = System.Diagnostics.Stopwatch.StartNew();
        var input = b.Beregnet?.Input ?? await new ViewReader(provider, b.Kilde.Forbindelse).LaesKommuneAsync(b.KommuneKode, ct);
        var offentlige = await OffentligeTalKilde.LaesAfledteAsync(provider, b.Kilde.Forbindelse, skabeloner, ct: ct);
        _tider.Tilfoej(Trin.Indlaes, ur.Elapsed);
        return Byg(input, b.Skaeringsdato, skabeloner, b.Formater, b.Fuldstaendighed, offentlige, b.Beregnet?.Eksport);
    }

    /// <summary>Every figure of one kommune's report: what <see cref="Byg"/> computes, for a caller that needs the findings first (the gate).</summary>
    public static FigurEksport Figurer(KommuneInput input, Skaeringsdato d, Skabeloner skabeloner, DateOnly udtraek) =>
        FigurBeregning.Beregn(input, d, skabeloner.Kommune(input.Kommune.KommuneKode), skabeloner.StandardKontoplan(), udtraek: udtraek);

    /// <summary>Compute (unless <paramref name="beregnet"/> has it), compose and render one kommune's report from records already read.</summary>
    /// <param name="regler">The completeness rules the result's <see cref="RapportResultat.Mangler"/> is weighed by (null: the standard ones).</param>
    /// <param name="offentlige">The database's derived public figures (sections 3 and 4); none: the report says so.</param>
    public RapportResultat Byg(KommuneInput input, Skaeringsdato d, Skabeloner skabeloner, IReadOnlySet<Format> formater,
        FuldstaendighedsRegler? regler = null, IReadOnlyList<AfledtTal>? offentlige = null, FigurEksport? beregnet = null)
    {
        var kode = input.Kommune.KommuneKode;
        var skabelon = skabeloner.Kommune(kode);
        var navn = skabelon.Navn ?? input.Kommune.Navn;
        var dataPr = DataPr(input, d);
        // The creation stamp comes from the data, not the clock: same input, same bytes.
        var oprettet = new DateTimeOffset(dataPr.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

        // Templates are read here, once, at the edge: the report step and the renderers get them loaded.
        var tekster = RapportTekster.Laes(skabeloner);
        var eksport = beregnet ?? _tider.Maal(Trin.Beregn, () => Figurer(input, d, skabeloner, Idag()));
        var filer = new SortedDictionary<Format, byte[]>();

        RapportDokument? dokument = null;
        RapportDokument Dokument() => dokument ??= _tider.Maal(Trin.Komponer,
            () => RapportKomponist.Komponer(RapportInputFabrik.Fra(eksport, navn, skabelon, skabeloner, tekster, dataPr, oprettet) with
            {
                Offentlige = offentlige is { Count: > 0 }
                    ? OffentligSammenligning.Byg(offentlige, kode, Sammenligningsgrupper.Laes(skabeloner).Referencekommuner(skabelon),
                        k => k == kode ? navn : skabeloner.KommuneNavn(k), tekster.Hent("offentlige.hele_landet"))
                    : [],
            }));

        // Before the drawing: the input (a million measures, maybe) is not needed while the formats are drawn.
        var mangler = Fuldstaendighed.Vurder(input, d, skabelon, eksport, regler ?? FuldstaendighedsRegler.Standard, tekster);
        byte[] Render(Format f) => f switch
        {
            Format.Json => _tider.Maal(Trin.Json, () => JsonEksportRenderer.Render(eksport)),
            Format.Xlsx => _tider.Maal(Trin.Xlsx, () => Xlsx(new WorkbookInput(Dokument(), kode, navn, d, dataPr, eksport.Prisaar, oprettet, tekster))),
            Format.Pdf => _tider.Maal(Trin.Pdf, () => RenderPdf(Dokument(), Skrifttype(skabelon, skabeloner))),
            Format.Html => _tider.Maal(Trin.Html, () => RenderHtml(Dokument())),
            _ => throw new ArgumentOutOfRangeException(nameof(formater)),
        };
        if (formaterSamtidigt && formater.Count > 1)
        {
            // The document once, before the formats that draw it; then the heaviest first, each
            // taken by the next free core. Every renderer is a pure function: the same bytes.
            if (formater.Any(f => f != Format.Json)) Dokument();
            var orden = formater.OrderBy(f => Array.IndexOf(TungesteFoerst, f)).ToList();
            var bytes = new byte[orden.Count][];
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, orden.Count), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
                i => bytes[i] = Render(orden[i]));
            for (var i = 0; i < orden.Count; i++) filer[orden[i]] = bytes[i];
        }
        else
        {
            foreach (var f in formater) filer[f] = Render(f);
        }
        return new RapportResultat(kode, navn, d, dataPr, eksport, filer)
        {
            Dokument = dokument,
            Mangler = mangler,
        };
    }

    private static readonly Format[] TungesteFoerst = [Format.Xlsx, Format.Pdf, Format.Html, Format.Json];

    /// <summary>
    /// "Data as of": the latest registration event (a measure's start or an examination's
    /// decision) — never later than today's data would allow and never before the cut date's
    /// population. Falls back to the cut date when there are no registrations.
    /// </summary>
    public static DateOnly DataPr(KommuneInput input, Skaeringsdato d)
    {
        // The columns, not the lists: a million measures would each become a record.
        var (_, indsatser, undersoegelser) = input.Kolonner();
        var seneste = -1;
        for (var i = 0; i < indsatser.Count; i++) seneste = Math.Max(seneste, indsatser.Start(i));
        for (var u = 0; u < undersoegelser.Count; u++) seneste = Math.Max(seneste, undersoegelser.Dato(u));
        return seneste <= DateOnly.MinValue.DayNumber ? d.Dato : DateOnly.FromDayNumber(seneste);
    }

    /// <summary>Today in Denmark: registrations starting after it are data-quality findings.</summary>
    private DateOnly Idag() => Idag(_ur);

    /// <summary>Today in Denmark by <paramref name="ur"/>: the extraction date the data-quality rules measure "the future" from.</summary>
    public static DateOnly Idag(TimeProvider ur) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ur.GetUtcNow(), Koebenhavn).DateTime);

    private static readonly TimeZoneInfo Koebenhavn = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static byte[] Xlsx(WorkbookInput input)
    {
        using var ms = new MemoryStream();
        new KommuneWorkbookRenderer().Render(input, ms);
        return ms.ToArray();
    }

    private static byte[] RenderPdf(RapportDokument dokument, PdfSkrift? skrift) =>
        new PdfRenderer(new PdfRendererOptions(Skrift: skrift)).Render(dokument);

    /// <summary>The kommune's own font file (a path in its template), resolved like the logo and read here, at the
    /// edge: its bytes, and those of a file named like it with "-Bold" beside it for the bold face. A file that
    /// cannot be read gives none (the shipped font is used, as for a file that is no TrueType font).</summary>
    private static PdfSkrift? Skrifttype(KommuneSkabelon skabelon, Skabeloner skabeloner)
    {
        if (skabelon.Branding.Skrifttype is not { Length: > 0 } s || skabeloner.Find(s) is not { } fundet) return null;
        var sti = Path.GetFullPath(fundet);
        var fed = Path.Combine(Path.GetDirectoryName(sti) ?? "", Path.GetFileNameWithoutExtension(sti) + "-Bold" + Path.GetExtension(sti));
        try
        {
            return new PdfSkrift(File.ReadAllBytes(sti), File.Exists(fed) ? File.ReadAllBytes(fed) : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static byte[] RenderHtml(RapportDokument dokument) => System.Text.Encoding.UTF8.GetBytes(HtmlRenderer.Render(dokument));
}
