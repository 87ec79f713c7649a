namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>
/// One page's content: PDF operators written as bytes. Takes the layout's coordinates (points,
/// y growing downwards from the page's top) and turns them into PDF user space (y upwards).
/// Numbers have at most two decimals, colours three. Opacity goes through an ExtGState that
/// <see cref="Resources"/> names; fonts and images are named there too. The fill colour, the
/// stroke's colour, width, dash, cap and join and the text's font and size are written only when
/// they change (forgotten at Q, which restores what q saved), so a table's cells or a chart's
/// grid lines do not repeat them.
/// </summary>
internal sealed class ContentStream(Resources resources) : IDisposable
{
    private const double Kappa = 0.5522847498; // control point distance of a quarter circle's Bézier
    private float _height;
    private PdfColor? _fill;
    private PdfColor? _strokeColor;
    private double? _lineWidth, _dashWidth;
    private double[]? _dash;
    private int _cap = -1, _join = -1;
    private FontFace? _font;
    private double _fontSize;

    /// <summary>Nothing about the graphics state is known (a new page, or after Q).</summary>
    private void Forget()
    {
        (_fill, _strokeColor, _lineWidth, _dashWidth, _dash, _cap, _join, _font) = (null, null, null, null, null, -1, -1, null);
    }

    public ByteWriter Out { get; } = new(64 * 1024);

    /// <summary>The buffer goes back to the pool.</summary>
    public void Dispose() => Out.Dispose();

    public void StartPage(float height)
    {
        _height = height;
        Forget();
        _late.Clear();
        Out.Clear();
    }

    private double Y(double y) => _height - y;

    private ContentStream N(double v) { Out.Num(v).Space(); return this; }

    private ContentStream Op(string op) { Out.Ascii(op).Line(); return this; }

    private void Components(PdfColor c)
    {
        Out.Num(c.R / 255.0, 3).Space().Num(c.G / 255.0, 3).Space().Num(c.B / 255.0, 3).Space();
    }

    private void Fill(PdfColor c)
    {
        if (_fill != c)
        {
            Components(c);
            Op("rg");
            _fill = c;
        }
    }

    private void Stroke(Pen p)
    {
        if (_strokeColor != p.Color)
        {
            Components(p.Color);
            Op("RG");
            _strokeColor = p.Color;
        }
        if (_lineWidth != p.Width)
        {
            N(p.Width).Op("w");
            _lineWidth = p.Width;
        }
        var dash = p.Dash ?? [];
        if (_dash is null || _dashWidth != p.Width || !_dash.AsSpan().SequenceEqual(dash))
        {
            Out.Byte((byte)'[');
            for (var i = 0; i < dash.Length; i++)
            {
                if (i > 0) Out.Space();
                Out.Num(dash[i] * p.Width);
            }
            Out.Ascii("]0 d\n");
            (_dash, _dashWidth) = (dash, p.Width);
        }
        if (_cap != (int)p.Cap || _join != (int)p.Join)
        {
            Out.Int((int)p.Cap).Ascii(" J ").Int((int)p.Join).Ascii(" j\n");
            (_cap, _join) = ((int)p.Cap, (int)p.Join);
        }
    }

    /// <summary>"BT", and the font and size when they are not the current ones.</summary>
    private void BeginText(FontFace font, double size)
    {
        Op("BT");
        if (ReferenceEquals(_font, font) && _fontSize == size) return;
        Out.Name(resources.Font(font)).Space();
        N(size).Op("Tf");
        (_font, _fontSize) = (font, size);
    }

    /// <summary>Opacity lives in the graphics state, so a translucent paint is drawn inside q…Q.</summary>
    private bool Alpha(byte a, bool stroke)
    {
        if (a == 255) return false;
        Op("q");
        Out.Name(resources.Opacity(a, stroke)).Ascii(" gs\n");
        return true;
    }

    private void Restore(bool saved)
    {
        if (!saved) return;
        Op("Q");
        Forget();
    }

    public void FillRect(double left, double top, double width, double height, PdfColor c)
    {
        var saved = Alpha(c.A, stroke: false);
        Fill(c);
        N(left).N(Y(top + height)).N(width).N(height).Op("re").Op("f");
        Restore(saved);
    }

    public void StrokeRect(double left, double top, double width, double height, Pen p)
    {
        var saved = Alpha(p.Color.A, stroke: true);
        Stroke(p);
        N(left).N(Y(top + height)).N(width).N(height).Op("re").Op("S");
        Restore(saved);
    }

    public void Line(double x1, double y1, double x2, double y2, Pen p)
    {
        var saved = Alpha(p.Color.A, stroke: true);
        Stroke(p);
        N(x1).N(Y(y1)).Op("m").N(x2).N(Y(y2)).Op("l").Op("S");
        Restore(saved);
    }

    public void FillPolygon(ReadOnlySpan<(double X, double Y)> points, PdfColor c)
    {
        var saved = Alpha(c.A, stroke: false);
        Fill(c);
        for (var i = 0; i < points.Length; i++) N(points[i].X).N(Y(points[i].Y)).Op(i == 0 ? "m" : "l");
        Op("h").Op("f");
        Restore(saved);
    }

    public void FillEllipse(double cx, double cy, double rx, double ry, PdfColor c)
    {
        var saved = Alpha(c.A, stroke: false);
        Fill(c);
        Ellipse(cx, cy, rx, ry);
        Op("f");
        Restore(saved);
    }

    public void StrokeEllipse(double cx, double cy, double rx, double ry, Pen p)
    {
        var saved = Alpha(p.Color.A, stroke: true);
        Stroke(p);
        Ellipse(cx, cy, rx, ry);
        Op("S");
        Restore(saved);
    }

    private void Ellipse(double cx, double cy, double rx, double ry)
    {
        var y = Y(cy);
        double kx = rx * Kappa, ky = ry * Kappa;
        N(cx + rx).N(y).Op("m");
        N(cx + rx).N(y + ky).N(cx + kx).N(y + ry).N(cx).N(y + ry).Op("c");
        N(cx - kx).N(y + ry).N(cx - rx).N(y + ky).N(cx - rx).N(y).Op("c");
        N(cx - rx).N(y - ky).N(cx - kx).N(y - ry).N(cx).N(y - ry).Op("c");
        N(cx + kx).N(y - ry).N(cx + rx).N(y - ky).N(cx + rx).N(y).Op("c");
        Op("h");
    }

    /// <summary>A rectangle with quarter-ellipse corners of radius <paramref name="rx"/>, <paramref name="ry"/>.</summary>
    public void FillRoundedRect(double left, double top, double width, double height, double rx, double ry, PdfColor c)
    {
        var saved = Alpha(c.A, stroke: false);
        Fill(c);
        double l = left, r = left + width, t = Y(top), b = Y(top + height), kx = rx * Kappa, ky = ry * Kappa;
        N(l + rx).N(t).Op("m");
        N(r - rx).N(t).Op("l");
        N(r - rx + kx).N(t).N(r).N(t - ry + ky).N(r).N(t - ry).Op("c");
        N(r).N(b + ry).Op("l");
        N(r).N(b + ry - ky).N(r - rx + kx).N(b).N(r - rx).N(b).Op("c");
        N(l + rx).N(b).Op("l");
        N(l + rx - kx).N(b).N(l).N(b + ry - ky).N(l).N(b + ry).Op("c");
        N(l).N(t - ry).Op("l");
        N(l).N(t - ry + ky).N(l + rx - kx).N(t).N(l + rx).N(t).Op("c");
        Op("h").Op("f");
        Restore(saved);
    }

    /// <summary>Vector paths (a logo) scaled by <paramref name="scale"/> with their origin at (left, top),
    /// inside q…Q for the miter limit (4, as in SVG).</summary>
    public void Paths(IReadOnlyList<VectorPath> paths, double left, double top, double scale)
    {
        Op("q");
        Op("4 M");
        foreach (var p in paths)
        {
            if (p.Fill is { } fill) Fill(fill);
            if (p.Stroke is { } stroke) Stroke(new Pen(stroke, p.StrokeWidth * scale));
            foreach (var o in p.Ops)
                switch (o.Verb)
                {
                    case PathVerb.Move: N(left + o.X * scale).N(Y(top + o.Y * scale)).Op("m"); break;
                    case PathVerb.Line: N(left + o.X * scale).N(Y(top + o.Y * scale)).Op("l"); break;
                    case PathVerb.Cubic:
                        N(left + o.C1X * scale).N(Y(top + o.C1Y * scale)).N(left + o.C2X * scale).N(Y(top + o.C2Y * scale))
                            .N(left + o.X * scale).N(Y(top + o.Y * scale)).Op("c");
                        break;
                    default: Op("h"); break;
                }
            Op(p.Fill is null ? p.Stroke is null ? "n" : "S" : p.Stroke is null ? "f" : "B");
        }
        Op("Q");
        Forget();
    }

    public void Image(string name, double left, double top, double width, double height)
    {
        Op("q");
        N(width).Out.Ascii("0 0 ");
        N(height).N(left).N(Y(top + height)).Op("cm");
        Out.Name(name).Ascii(" Do\n");
        Op("Q");
        Forget();
    }

    /// <summary>Text on a baseline at (x, y); <paramref name="upwards"/> turns it to read bottom-up with (x, y) as its start.</summary>
    public void Text(string text, FontFace font, double size, PdfColor c, double x, double y, bool upwards = false)
    {
        var saved = Alpha(c.A, stroke: false);
        Fill(c);
        BeginText(font, size);
        TextLine(text, font, x, Y(y), upwards);
        Out.Ascii("ET\n");
        Restore(saved);
    }

    /// <summary>"x y Td" (or a turned matrix), then the glyph ids as a literal string of two bytes each (half the size of hex, so half to deflate).</summary>
    private void TextLine(string text, FontFace font, double x, double pdfY, bool upwards = false)
    {
        // BT starts at the identity matrix, so a move (Td) places a line as a full matrix would.
        if (upwards) Out.Ascii("0 1 -1 0 ");
        N(x).N(pdfY).Op(upwards ? "Tm" : "Td");
        Out.Byte((byte)'(');
        var ttf = font.Font;
        var used = font.Subset ? resources.Used(font) : null;
        Span<ushort> glyphs = text.Length <= 256 ? stackalloc ushort[text.Length] : new ushort[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var g = glyphs[i] = ttf.Glyph(text[i]);
            if (used is not null) used[g] = true;
        }
        Out.StringCodes(glyphs);
        Out.Ascii(") Tj\n");
    }

    // ---- late text ----

    private readonly List<(int At, Func<(string Text, float Left)> Line, FontFace Font, double PdfY)> _late = [];

    /// <summary>Text whose line (text and start) is known when the document ends, on a baseline at
    /// <paramref name="y"/>: everything but the line is written now, the line when the page is finished late.</summary>
    public void LateText(Func<(string Text, float Left)> line, FontFace font, double size, PdfColor c, double y)
    {
        var saved = Alpha(c.A, stroke: false);
        Fill(c);
        BeginText(font, size);
        _late.Add((Out.Length, line, font, Y(y)));
        Out.Ascii("ET\n");
        Restore(saved);
    }

    /// <summary>This page's content if it has late text (then taken, to be finished by <see cref="FinishLate"/>), else null.</summary>
    public LatePage? TakeLate()
    {
        if (_late.Count == 0) return null;
        var page = new LatePage(Out.Written.ToArray(), [.. _late]);
        _late.Clear();
        return page;
    }

    /// <summary>A late page's content with its lines written in, into <see cref="Out"/>.</summary>
    public void FinishLate(LatePage page)
    {
        Out.Clear();
        var from = 0;
        foreach (var (at, line, font, pdfY) in page.Lines)
        {
            Out.Bytes(page.Content.AsSpan(from, at - from));
            from = at;
            var (text, left) = line();
            if (text.Length > 0) TextLine(text, font, left, pdfY);
        }
        Out.Bytes(page.Content.AsSpan(from));
    }

    // ---- marked content ----

    public void BeginTagged(string tag, int mcid)
    {
        Out.Name(tag).Ascii("<</MCID ").Int(mcid).Ascii(">>BDC\n");
    }

    public void BeginArtifact() => Op("/Artifact BMC");

    public void EndMarked() => Op("EMC");
}

/// <summary>A page's content kept until the document ends, and where its late lines go.</summary>
internal sealed record LatePage(byte[] Content, IReadOnlyList<(int At, Func<(string Text, float Left)> Line, FontFace Font, double PdfY)> Lines);
