using System.Globalization;
using System.Xml;
using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A logo read as vector paths from the small SVG subset the shipped logos use: an &lt;svg&gt; with
/// width, height and viewBox (same aspect) holding &lt;path&gt; elements with d (M L H V C Q Z,
/// absolute or relative), fill and stroke (#rgb, #rrggbb or none) and stroke-width. Drawn as PDF
/// paths, the logo is sharp at any zoom and costs no picture to rasterise and deflate per report.
/// Anything else (groups, transforms, text, styles, arcs, named colours ...) gives null, and the
/// logo is rasterised by Svg.Skia as before.
/// </summary>
internal static class SvgPaths
{
    private const string SvgNs = "http://www.w3.org/2000/svg";

    /// <summary>The paths in the svg's own units (width × height, y downwards) and that size; null when the file is outside the subset.</summary>
    public static (IReadOnlyList<VectorPath> Paths, Size Size)? Read(byte[] bytes)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true };
            using var r = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            r.MoveToContent();
            if (r.LocalName != "svg" || r.NamespaceURI != SvgNs) return null;
            string? width = null, height = null, viewBox = null;
            if (!Attributes(r, (name, value) => name switch
            {
                "width" => (width = value) is not null,
                "height" => (height = value) is not null,
                "viewBox" => (viewBox = value) is not null,
                "version" => true,
                _ => false,
            })) return null;
            if (Frame(width, height, viewBox) is not var (w, h, minX, minY, scale)) return null;
            var paths = new List<VectorPath>();
            if (r.IsEmptyElement) return (paths, new Size(w, h));
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.EndElement) break; // </svg>
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "path" || r.NamespaceURI != SvgNs || !r.IsEmptyElement) return null;
                string d = "", fill = "#000000", stroke = "none", strokeWidth = "1";
                if (!Attributes(r, (name, value) => name switch
                {
                    "d" => (d = value) is not null,
                    "fill" => (fill = value) is not null,
                    "stroke" => (stroke = value) is not null,
                    "stroke-width" => (strokeWidth = value) is not null,
                    "id" => true,
                    _ => false,
                })) return null;
                if (!Colour(fill, out var f) || !Colour(stroke, out var s) || Length(strokeWidth) is not { } sw || Ops(d, minX, minY, scale) is not { } ops) return null;
                if (ops.Count > 0) paths.Add(new VectorPath(ops, f, s, sw * scale));
            }
            return (paths, new Size(w, h));
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Every attribute but namespace declarations must be one <paramref name="take"/> knows.</summary>
    private static bool Attributes(XmlReader r, Func<string, string, bool> take)
    {
        for (var ok = r.MoveToFirstAttribute(); ok; ok = r.MoveToNextAttribute())
        {
            if (r.Prefix == "xmlns" || (r.Prefix.Length == 0 && r.LocalName == "xmlns")) continue;
            if (r.NamespaceURI.Length > 0 || !take(r.LocalName, r.Value)) return false;
        }
        r.MoveToElement();
        return true;
    }

    /// <summary>The size in points and how the viewBox maps onto it (a uniform scale; another aspect is outside the subset).</summary>
    private static (float W, float H, double MinX, double MinY, double Scale)? Frame(string? width, string? height, string? viewBox)
    {
        double[]? box = null;
        if (viewBox is not null)
        {
            var parts = viewBox.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4) return null;
            box = [.. parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture))];
            if (box[2] <= 0 || box[3] <= 0) return null;
        }
        var w = width is null ? box?[2] : Length(width);
        var h = height is null ? box?[3] : Length(height);
        if (w is not > 0 || h is not > 0) return null;
        box ??= [0, 0, w.Value, h.Value];
        var scale = w.Value / box[2];
        if (Math.Abs(h.Value / box[3] - scale) > 1e-9 * scale) return null;
        return ((float)w.Value, (float)h.Value, box[0], box[1], scale);
    }

    /// <summary>A plain number or one in px.</summary>
    private static double? Length(string s)
    {
        var t = s.Trim();
        if (t.EndsWith("px", StringComparison.Ordinal)) t = t[..^2];
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : null;
    }

    /// <summary>"none" (null), "#rgb" or "#rrggbb"; false for anything else.</summary>
    private static bool Colour(string s, out PdfColor? colour)
    {
        colour = null;
        var t = s.Trim();
        if (t == "none") return true;
        if (t.Length == 0 || t[0] != '#' || !PdfColor.TryHex(t.AsSpan(1), out var c)) return false;
        colour = c;
        return true;
    }

    /// <summary>The path data as moves, lines, cubics and closes in points; null for a command outside the subset.</summary>
    private static List<PathOp>? Ops(string d, double minX, double minY, double scale)
    {
        var ops = new List<PathOp>();
        double x = 0, y = 0, startX = 0, startY = 0;
        var cmd = '\0';
        var i = 0;
        double P(double v, double origin) => (v - origin) * scale;
        void Add(PathVerb verb, double ax, double ay, double c1x = 0, double c1y = 0, double c2x = 0, double c2y = 0) =>
            ops.Add(new PathOp(verb, P(ax, minX), P(ay, minY), P(c1x, minX), P(c1y, minY), P(c2x, minX), P(c2y, minY)));
        while (true)
        {
            while (i < d.Length && (char.IsWhiteSpace(d[i]) || d[i] == ',')) i++;
            if (i >= d.Length) return ops;
            if (char.IsAsciiLetter(d[i]))
            {
                cmd = d[i++];
                if (cmd is 'Z' or 'z')
                {
                    ops.Add(new PathOp(PathVerb.Close));
                    (x, y) = (startX, startY);
                }
                continue;
            }
            var rel = char.IsLower(cmd);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (char.ToUpperInvariant(cmd))
            {
                case 'M':
                    (x, y) = (ox + Number(d, ref i), oy + Number(d, ref i));
                    Add(PathVerb.Move, x, y);
                    (startX, startY) = (x, y);
                    cmd = rel ? 'l' : 'L'; // more pairs after a move are lines
                    break;
                case 'L':
                    (x, y) = (ox + Number(d, ref i), oy + Number(d, ref i));
                    Add(PathVerb.Line, x, y);
                    break;
                case 'H':
                    x = ox + Number(d, ref i);
                    Add(PathVerb.Line, x, y);
                    break;
                case 'V':
                    y = oy + Number(d, ref i);
                    Add(PathVerb.Line, x, y);
                    break;
                case 'C':
                {
                    double c1x = ox + Number(d, ref i), c1y = oy + Number(d, ref i), c2x = ox + Number(d, ref i), c2y = oy + Number(d, ref i);
                    (x, y) = (ox + Number(d, ref i), oy + Number(d, ref i));
                    Add(PathVerb.Cubic, x, y, c1x, c1y, c2x, c2y);
                    break;
                }
                case 'Q':
                {
                    // A quadratic as the cubic with control points 2/3 of the way to its one control point.
                    double qx = ox + Number(d, ref i), qy = oy + Number(d, ref i);
                    double ex = ox + Number(d, ref i), ey = oy + Number(d, ref i);
                    Add(PathVerb.Cubic, ex, ey, x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), ex + 2.0 / 3 * (qx - ex), ey + 2.0 / 3 * (qy - ey));
                    (x, y) = (ex, ey);
                    break;
                }
                default:
                    return null; // a number before any command, after Z, or S, T, A
            }
        }
    }

    /// <summary>The number at <paramref name="i"/> (separators before it skipped): sign, digits, point, digits, exponent.</summary>
    private static double Number(string d, ref int i)
    {
        while (i < d.Length && (char.IsWhiteSpace(d[i]) || d[i] == ',')) i++;
        var start = i;
        if (i < d.Length && d[i] is '+' or '-') i++;
        while (i < d.Length && char.IsAsciiDigit(d[i])) i++;
        if (i < d.Length && d[i] == '.')
        {
            i++;
            while (i < d.Length && char.IsAsciiDigit(d[i])) i++;
        }
        if (i < d.Length && d[i] is 'e' or 'E' && i + 1 < d.Length && (char.IsAsciiDigit(d[i + 1]) || d[i + 1] is '+' or '-'))
        {
            i += 2;
            while (i < d.Length && char.IsAsciiDigit(d[i])) i++;
        }
        return double.Parse(d.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
