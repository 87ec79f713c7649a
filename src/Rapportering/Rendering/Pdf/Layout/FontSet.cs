using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// The two faces of the report, read from TTF files and served to PDFsharp by
/// <see cref="Resolver"/> (PDFsharp finds no system fonts on Linux). Faces are embedded as
/// subsets with Identity-H encoding and a ToUnicode map, so copied text gives the real
/// characters (æ, ø, å, −). A face is loaded once per process and shared.
/// </summary>
internal sealed class FontSet
{
    private static readonly ConcurrentDictionary<string, FontSet> Loaded = new(StringComparer.Ordinal);
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly ConcurrentDictionary<(bool, float), SizedFace> _faces = new();
    private int _added;

    [ThreadStatic] private static XGraphics? _measure;

    /// <summary>The family name the faces are registered under with the resolver.</summary>
    public string FamilyName { get; }

    private FontSet(string familyName) => FamilyName = familyName;

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
        Resolver.Install();
        if (regularPath.Length > 0 && ErTrueType(regularPath))
        {
            var boldPath = Path.Combine(Path.GetDirectoryName(regularPath) ?? "",
                Path.GetFileNameWithoutExtension(regularPath) + "-Bold" + Path.GetExtension(regularPath));
            var own = File.ReadAllBytes(regularPath);
            var family = "Rapportering " + Path.GetFileNameWithoutExtension(regularPath);
            Resolver.Add(family, own, File.Exists(boldPath) && ErTrueType(boldPath) ? File.ReadAllBytes(boldPath) : own);
            return new FontSet(family);
        }
        var shippedRegular = Path.Combine(ShippedFolder, "DejaVuSans-Latin1.ttf");
        var shippedBold = Path.Combine(ShippedFolder, "DejaVuSans-Bold-Latin1.ttf");
        if (!File.Exists(shippedRegular))
            throw new FileNotFoundException($"Skrifttypen mangler: {shippedRegular} (templates/fonts skal ligge ved programmet)");
        var regular = File.ReadAllBytes(shippedRegular);
        Resolver.Add("Rapportering DejaVu Sans", regular, File.Exists(shippedBold) ? File.ReadAllBytes(shippedBold) : regular);
        return new FontSet("Rapportering DejaVu Sans");
    }

    /// <summary>A TrueType/OpenType file starts with 0x00010000, "true" or "OTTO".</summary>
    private static bool ErTrueType(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            if (f.Read(head) < 4) return false;
            var tag = System.Text.Encoding.ASCII.GetString(head);
            return (head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0) || tag is "true" or "OTTO";
        }
        catch (IOException)
        {
            return false;
        }
    }

    public XFont Font(TextStyle style) => Face(style).Font;

    private SizedFace Face(TextStyle style) =>
        _faces.GetOrAdd((style.Bold, style.Size), static (k, family) =>
            new SizedFace(new XFont(family, k.Item2, k.Item1 ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode)), FamilyName);

    /// <summary>
    /// One face at one size: the font, the widths measured in it and the texts wrapped in it.
    /// Both are pure, so they are kept for the process: the next report measures and wraps the
    /// same headings, definitions and labels again. Keyed by the text (and a wrap's width), not
    /// by face and size too, so a look-up hashes little more than one string.
    /// </summary>
    private sealed class SizedFace(XFont font)
    {
        public XFont Font { get; } = font;
        public ConcurrentDictionary<string, float> Widths { get; } = new();
        public ConcurrentDictionary<(string, float), string[]> Wraps { get; } = new();
    }

    /// <summary>
    /// Widths and wrapped texts are pure, so the caches may be emptied at any time; they are,
    /// when they pass this size together, so a long-running <c>serve</c> does not grow with every
    /// report it renders (one report measures a few thousand candidate lines).
    /// </summary>
    internal const int MaksMaalinger = 100_000;

    /// <summary>How many widths and wrapped texts the caches hold now.</summary>
    internal int Maalinger => _faces.Values.Sum(f => f.Widths.Count + f.Wraps.Count);

    public float MeasureWidth(string text, TextStyle style)
    {
        if (text.Length == 0) return 0;
        var face = Face(style);
        if (face.Widths.TryGetValue(text, out var w)) return w;
        Counted();
        _measure ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        return face.Widths[text] = (float)_measure.MeasureString(text, face.Font).Width;
    }

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/> in <paramref name="style"/>'s face.</summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, float width)
    {
        var face = Face(style);
        if (face.Wraps.TryGetValue((text, width), out var lines)) return lines;
        Counted();
        return face.Wraps[(text, width)] = [.. TextWrapper.Wrap(text, width, s => MeasureWidth(s, style))];
    }

    /// <summary>One more entry; past the bound every face's caches are emptied.
    /// (ConcurrentDictionary.Count takes every lock, so the entries are counted here.)</summary>
    private void Counted()
    {
        if (Interlocked.Increment(ref _added) <= MaksMaalinger) return;
        foreach (var f in _faces.Values)
        {
            f.Widths.Clear();
            f.Wraps.Clear();
        }
        Interlocked.Exchange(ref _added, 0);
    }

    /// <summary>Ascent and descent in points (both positive), for placing a baseline in a line.</summary>
    public (float Ascent, float Descent) Metrics(TextStyle style)
    {
        var m = Font(style).Metrics;
        return (m.Ascent * style.Size / m.UnitsPerEm, Math.Abs(m.Descent) * style.Size / m.UnitsPerEm);
    }

    /// <summary>Serves the registered faces by family name; installed once per process.</summary>
    private sealed class Resolver : IFontResolver
    {
        private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
        private static readonly Lock Gate = new();
        private static bool _installed;

        public static void Install()
        {
            lock (Gate)
            {
                if (_installed) return;
                GlobalFontSettings.FontResolver = new Resolver();
                _installed = true;
            }
        }

        public static void Add(string family, byte[] regular, byte[] bold)
        {
            Faces[family + "|R"] = regular;
            Faces[family + "|B"] = bold;
        }

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            Faces.ContainsKey(familyName + "|R") ? new FontResolverInfo(familyName + (bold ? "|B" : "|R")) : null;

        public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var b) ? b : null;
    }
}
