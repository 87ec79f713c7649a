using System.Globalization;
using SkiaSharp;
using Rapportering.Rendering.Pdf.Layout;

namespace Rapportering.Rendering.Pdf;

/// <summary>The report's typography and colours, derived from the kommune's two branding colours.</summary>
internal sealed class PdfTema
{
    public static readonly SKColor Tekstfarve = new(0x22, 0x22, 0x22);
    public static readonly SKColor Graa = new(0x6B, 0x6B, 0x6B);
    public static readonly SKColor LysGraa = new(0xC8, 0xC8, 0xC8);

    public PdfTema(string primaer, string sekundaer)
    {
        Primaer = ParseFarve(primaer, new SKColor(0x1F, 0x4E, 0x79));
        Sekundaer = ParseFarve(sekundaer, new SKColor(0x5B, 0x9B, 0xD5));
        Zebra = Bland(Primaer, SKColors.White, 0.92f);
    }

    public SKColor Primaer { get; }
    public SKColor Sekundaer { get; }
    public SKColor Zebra { get; }

    public TextStyle Broedtekst => new(10, Color: Tekstfarve, LineHeight: 1.45f);
    public TextStyle Overskrift1 => new(20, Bold: true, Color: Primaer, LineHeight: 1.2f);
    public TextStyle Overskrift2 => new(12.5f, Bold: true, Color: Tekstfarve, LineHeight: 1.3f);
    public TextStyle Figurtitel => new(10, Bold: true, Color: Tekstfarve, LineHeight: 1.3f);
    public TextStyle Fodnote => new(8, Color: Graa, LineHeight: 1.35f);
    public TextStyle Sidehoved => new(8, Color: Graa);

    public TableStyle Tabel => new(
        Body: new TextStyle(8.5f, Color: Tekstfarve, LineHeight: 1.3f),
        Header: new TextStyle(8.5f, Bold: true, Color: SKColors.White, LineHeight: 1.3f),
        HeaderBackground: Primaer,
        ZebraBackground: Zebra,
        RuleColor: Primaer);

    /// <summary>Long series tables (a row per cut date): smaller type and tighter rows, so a
    /// figure's whole series fits on about a page.</summary>
    public TableStyle TabelKompakt => Tabel with
    {
        Body = new TextStyle(7.5f, Color: Tekstfarve, LineHeight: 1.2f),
        Header = new TextStyle(7.5f, Bold: true, Color: SKColors.White, LineHeight: 1.2f),
        PadX = 4,
        PadY = 1.8f,
    };

    /// <summary>"#RRGGBB" → colour; a bad value falls back instead of stopping the report.</summary>
    public static SKColor ParseFarve(string? hex, SKColor fallback)
    {
        var s = hex?.Trim().TrimStart('#') ?? "";
        return s.Length == 6 && uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb)
            : fallback;
    }

    public static SKColor Bland(SKColor a, SKColor b, float andelB) => new(
        (byte)(a.Red + (b.Red - a.Red) * andelB),
        (byte)(a.Green + (b.Green - a.Green) * andelB),
        (byte)(a.Blue + (b.Blue - a.Blue) * andelB));
}
