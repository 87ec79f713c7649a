using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Rendering.Pdf.Layout;

namespace Rapportering.Rendering.Pdf;

/// <summary>The report's typography and colours, derived from the kommune's two branding colours.</summary>
internal sealed class PdfTema
{
    public static readonly PdfColor Tekstfarve = PdfColor.Rgb(0x22, 0x22, 0x22);
    public static readonly PdfColor Graa = PdfColor.Rgb(0x6B, 0x6B, 0x6B);
    public static readonly PdfColor LysGraa = PdfColor.Rgb(0xC8, 0xC8, 0xC8);

    public PdfTema(string primaer, string sekundaer)
    {
        Primaer = ParseFarve(primaer, PdfColor.Rgb(0x1F, 0x4E, 0x79));
        Sekundaer = ParseFarve(sekundaer, PdfColor.Rgb(0x5B, 0x9B, 0xD5));
        Zebra = Bland(Primaer, PdfColor.White, 0.92f);
    }

    public PdfColor Primaer { get; }
    public PdfColor Sekundaer { get; }
    public PdfColor Zebra { get; }

    public TextStyle Broedtekst => new(10, Color: Tekstfarve, LineHeight: 1.45f);
    public TextStyle Overskrift1 => new(20, Bold: true, Color: Primaer, LineHeight: 1.2f);
    public TextStyle Overskrift2 => new(12.5f, Bold: true, Color: Tekstfarve, LineHeight: 1.3f);
    public TextStyle Figurtitel => new(10, Bold: true, Color: Tekstfarve, LineHeight: 1.3f);
    public TextStyle Fodnote => new(8, Color: Graa, LineHeight: 1.35f);
    public TextStyle Sidehoved => new(8, Color: Graa);

    /// <summary>Every table: small type and tight rows, so a sub-section's chart, its table and
    /// the next heading share a page (the committee length, at most 18 pages).</summary>
    public TableStyle Tabel => new(
        Body: new TextStyle(7.5f, Color: Tekstfarve, LineHeight: 1.2f),
        Header: new TextStyle(7.5f, Bold: true, Color: PdfColor.White, LineHeight: 1.2f),
        HeaderBackground: Primaer,
        ZebraBackground: Zebra,
        RuleColor: Primaer,
        PadX: 4,
        PadY: 1.8f);

    /// <summary>"#RRGGBB" → colour; a bad value falls back instead of stopping the report.</summary>
    public static PdfColor ParseFarve(string? hex, PdfColor fallback)
    {
        var s = hex?.Trim().TrimStart('#') ?? "";
        return s.Length == 6 && PdfColor.TryHex(s, out var farve) ? farve : fallback;
    }

    public static PdfColor Bland(PdfColor a, PdfColor b, float andelB) => PdfColor.Rgb(
        (int)(a.R + (b.R - a.R) * andelB),
        (int)(a.G + (b.G - a.G) * andelB),
        (int)(a.B + (b.B - a.B) * andelB));
}
