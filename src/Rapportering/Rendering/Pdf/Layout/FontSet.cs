using System.Collections.Concurrent;
using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// The two faces of the report, loaded from files. The NoDependencies native SkiaSharp has no
/// font manager (SKTypeface.FromFamilyName silently draws nothing), so a face is always a file.
/// Skia embeds each typeface object once, so a face is loaded once per process and shared
/// (also with ScottPlot, see Charts/ChartFonts.cs); it is never disposed.
/// </summary>
internal sealed class FontSet
{
    private static readonly ConcurrentDictionary<string, FontSet> Loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(bool, float), SKFont> _fonts = new();

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
    public static FontSet Load(string? regularPath = null) =>
        Loaded.GetOrAdd(regularPath is not null && File.Exists(regularPath) ? Path.GetFullPath(regularPath) : "", LoadFaces);

    private static FontSet LoadFaces(string regularPath)
    {
        var shippedRegular = Path.Combine(ShippedFolder, "DejaVuSans-Latin1.ttf");
        var shippedBold = Path.Combine(ShippedFolder, "DejaVuSans-Bold-Latin1.ttf");
        if (regularPath.Length > 0 && SKTypeface.FromFile(regularPath) is { } own)
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

    public SKFont Font(TextStyle style) =>
        _fonts.GetOrAdd((style.Bold, style.Size), k => new SKFont(k.Item1 ? Bold : Regular, k.Item2) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias });

    public float MeasureWidth(string text, TextStyle style) => Font(style).MeasureText(text);
}
