using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// The two faces of the report, loaded from files. The NoDependencies native SkiaSharp has no
/// font manager (SKTypeface.FromFamilyName silently draws nothing), so a face is always a file.
/// Skia embeds each typeface object once; keep one instance per face for the whole document.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly Dictionary<(bool, float), SKFont> _fonts = [];

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    /// <summary>The name the faces are registered under with ScottPlot.</summary>
    public string FamilyName { get; }

    private FontSet(SKTypeface regular, SKTypeface bold, string familyName)
    {
        Regular = regular;
        Bold = bold;
        FamilyName = familyName;
    }

    /// <summary>The shipped subset DejaVu Sans faces in templates/fonts.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "templates", "fonts");

    /// <summary>
    /// Loads the faces. <paramref name="regularPath"/> may be a branding font (a TTF); when it is
    /// missing or unreadable the shipped DejaVu Sans is used. A branding font gives both faces
    /// unless a file named like it with "-Bold" exists beside it.
    /// </summary>
    public static FontSet Load(string? regularPath = null)
    {
        var shippedRegular = Path.Combine(ShippedFolder, "DejaVuSans-Latin1.ttf");
        var shippedBold = Path.Combine(ShippedFolder, "DejaVuSans-Bold-Latin1.ttf");
        if (regularPath is not null && File.Exists(regularPath) && SKTypeface.FromFile(regularPath) is { } own)
        {
            var boldPath = Path.Combine(Path.GetDirectoryName(regularPath) ?? "",
                Path.GetFileNameWithoutExtension(regularPath) + "-Bold" + Path.GetExtension(regularPath));
            var bold = File.Exists(boldPath) ? SKTypeface.FromFile(boldPath) ?? own : own;
            return new FontSet(own, bold, "Rapportering " + Path.GetFileNameWithoutExtension(regularPath));
        }
        var regular = SKTypeface.FromFile(shippedRegular)
            ?? throw new FileNotFoundException($"Skrifttypen mangler: {shippedRegular} (templates/fonts skal ligge ved programmet)");
        var boldFace = SKTypeface.FromFile(shippedBold) ?? regular;
        return new FontSet(regular, boldFace, "Rapportering DejaVu Sans");
    }

    public SKFont Font(TextStyle style)
    {
        var key = (style.Bold, style.Size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(style.Bold ? Bold : Regular, style.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[key] = font;
        }
        return font;
    }

    public float MeasureWidth(string text, TextStyle style) => Font(style).MeasureText(text);

    public void Dispose()
    {
        foreach (var f in _fonts.Values) f.Dispose();
        if (!ReferenceEquals(Bold, Regular)) Bold.Dispose();
        Regular.Dispose();
    }
}
