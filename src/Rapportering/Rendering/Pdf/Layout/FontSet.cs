using System.Collections.Concurrent;
using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// The two faces of the report and the text measuring done in them. The shipped faces are
/// DejaVu Sans Latin-1 subsets built into the assembly (templates/fonts); a branding font comes
/// in as bytes (<see cref="PdfSkrift"/>, read at the edge). Widths are the sum of the glyphs'
/// advances (hmtx), no kerning: what PDFsharp measured, so pages break as they did. A face is
/// read and prepared once per process and shared.
/// </summary>
internal sealed class FontSet
{
    private static readonly ConcurrentDictionary<(int, int, int), List<(PdfSkrift Skrift, FontSet Set)>> Loaded = new();
    private static readonly Lazy<FontSet> ShippedSet = new(() => new FontSet(Indbygget("DejaVuSans-Latin1.ttf"), Indbygget("DejaVuSans-Bold-Latin1.ttf")));
    private readonly ConcurrentDictionary<(bool, float), SizedFace> _faces = new();
    private readonly FontFace _regular;
    private readonly FontFace _bold;
    private int _added;

    private FontSet(byte[] regular, byte[] bold)
    {
        _regular = new FontFace(TrueTypeFont.Parse(regular));
        _bold = ReferenceEquals(regular, bold) ? _regular : new FontFace(TrueTypeFont.Parse(bold));
    }

    /// <summary>The shipped DejaVu Sans faces.</summary>
    public static FontSet Load() => ShippedSet.Value;

    /// <summary>
    /// The faces of <paramref name="skrift"/> (a branding TTF; its bold face when given, else the
    /// regular one for both). Null, or a file that is no TrueType font we can embed, gives the
    /// shipped DejaVu Sans: a bad branding font does not stop a report.
    /// </summary>
    public static FontSet Load(PdfSkrift? skrift)
    {
        if (skrift is null) return Load();
        var key = (skrift.Almindelig.Length, skrift.Fed?.Length ?? -1, Hash(skrift.Almindelig));
        var same = Loaded.GetOrAdd(key, _ => []);
        lock (same)
        {
            foreach (var (s, set) in same)
                if (s.Almindelig.AsSpan().SequenceEqual(skrift.Almindelig) && (s.Fed ?? []).AsSpan().SequenceEqual(skrift.Fed ?? []))
                    return set;
            FontSet made;
            try
            {
                made = new FontSet(skrift.Almindelig, skrift.Fed ?? skrift.Almindelig);
            }
            catch (FormatException)
            {
                made = Load();
            }
            same.Add((skrift, made));
            return made;
        }
    }

    private static int Hash(byte[] b)
    {
        var h = new HashCode();
        h.AddBytes(b);
        return h.ToHashCode();
    }

    private static byte[] Indbygget(string navn)
    {
        using var s = typeof(FontSet).Assembly.GetManifestResourceStream("fonts/" + navn)
            ?? throw new InvalidOperationException($"Skrifttypen {navn} mangler i programmet (templates/fonts)");
        var bytes = new byte[s.Length];
        s.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The face a style is drawn in.</summary>
    public FontFace Face(TextStyle style) => style.Bold ? _bold : _regular;

    /// <summary>The PostScript names of the two faces (for tests).</summary>
    internal (string Regular, string Bold) Names => (_regular.Font.PostScriptName, _bold.Font.PostScriptName);

    /// <summary>Widths in <paramref name="style"/>'s face and size.</summary>
    public TextMeasure Measure(TextStyle style)
    {
        var f = Face(style).Font;
        return new TextMeasure(f.CharAdvances, style.Size, f.UnitsPerEm);
    }

    /// <summary>Measured straight from the advances: cheaper than looking a text up in a cache would be.</summary>
    public float MeasureWidth(string text, TextStyle style) => text.Length == 0 ? 0 : Measure(style).Width(text);

    /// <summary>
    /// The texts wrapped in one face at one size, per width. Wrapping is pure, so they are kept
    /// for the process: the next report wraps the same headings, definitions and labels again.
    /// </summary>
    private sealed class SizedFace
    {
        public ConcurrentDictionary<float, ConcurrentDictionary<string, string[]>> Wraps { get; } = new();
    }

    private SizedFace Sized(TextStyle style) => _faces.GetOrAdd((style.Bold, style.Size), static _ => new SizedFace());

    /// <summary>
    /// Wrapped texts are pure, so the cache may be emptied at any time; it is, when it passes
    /// this size, so a long-running <c>serve</c> does not grow with every report it renders.
    /// </summary>
    internal const int MaksMaalinger = 100_000;

    /// <summary>How many wrapped texts the cache holds now.</summary>
    internal int Maalinger => _faces.Values.Sum(f => f.Wraps.Values.Sum(w => w.Count));

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/> in <paramref name="style"/>'s face.
    /// A text that fits on one line is its own line, no look-up needed.</summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, float width)
    {
        var measure = Measure(style);
        if (!text.Contains('\n') && measure.Width(text) <= width && !text.Contains("  ", StringComparison.Ordinal) && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')))
            return [text];
        var byWidth = Sized(style).Wraps.GetOrAdd(width, static _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal));
        if (byWidth.TryGetValue(text, out var lines)) return lines;
        Counted();
        return byWidth[text] = [.. TextWrapper.Wrap(text, width, measure)];
    }

    /// <summary>One more entry; past the bound every face's caches are emptied.
    /// (ConcurrentDictionary.Count takes every lock, so the entries are counted here.)</summary>
    private void Counted()
    {
        if (Interlocked.Increment(ref _added) <= MaksMaalinger) return;
        foreach (var f in _faces.Values) f.Wraps.Clear();
        Interlocked.Exchange(ref _added, 0);
    }

    /// <summary>Ascent and descent in points (both positive), for placing a baseline in a line.</summary>
    public (float Ascent, float Descent) Metrics(TextStyle style)
    {
        var f = Face(style).Font;
        return ((float)f.Ascent * style.Size / f.UnitsPerEm, (float)f.Descent * style.Size / f.UnitsPerEm);
    }
}
