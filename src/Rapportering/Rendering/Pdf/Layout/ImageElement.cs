using System.Collections.Concurrent;
using Rapportering.Rendering.Pdf.Writer;
using Rapportering.Report;
using SkiaSharp;
using Svg.Skia;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A PNG/JPEG or SVG logo scaled to a fixed height, keeping its aspect ratio, never wider than
/// the available width. The logo's bytes come with the document (<see cref="Logo"/>, read at
/// the edge). An SVG within the subset <see cref="SvgPaths"/> reads is drawn as vector paths;
/// another is rasterised with Svg.Skia (3 pixels per point: about 400 dpi where the cover draws
/// it). Decoding is most of what a picture costs, so each is decoded, split into RGB and alpha
/// and deflated once per process, and every report reuses it. Bytes that are no picture we can
/// read give an element of the same size that draws nothing, so a broken logo does not stop a report.
/// </summary>
internal sealed class ImageElement : Element
{
    private const float PixelsPerPoint = 3;
    private static readonly ConcurrentDictionary<(int, int), List<(byte[] Bytes, Picture Picture)>> Decoded = new();

    /// <summary>A decoded logo: an image or vector paths (or neither: unreadable), and its natural size.</summary>
    private readonly record struct Picture(PdfImage? Image, IReadOnlyList<VectorPath>? Paths, Size Natural);

    private readonly PdfImage? _image;
    private readonly IReadOnlyList<VectorPath>? _paths;
    private readonly float _height;
    private readonly TextAlign _align;

    public Size NaturalSize { get; }

    public ImageElement(Logo? logo, float height, TextAlign align = TextAlign.Left)
    {
        _height = height;
        _align = align;
        if (logo is null || logo.Bytes.Length == 0) return;
        (_image, _paths, NaturalSize) = Load(logo);
    }

    private static Picture Load(Logo logo)
    {
        var h = new HashCode();
        h.AddBytes(logo.Bytes);
        var same = Decoded.GetOrAdd((logo.Bytes.Length, h.ToHashCode()), _ => []);
        lock (same)
        {
            foreach (var (bytes, picture) in same)
                if (bytes.AsSpan().SequenceEqual(logo.Bytes)) return picture;
            var made = logo.Medietype == "image/svg+xml" || LooksLikeSvg(logo.Bytes)
                ? SvgPaths.Read(logo.Bytes) is var (paths, size) ? new Picture(null, paths, size) : FromImage(Rasterise(logo.Bytes))
                : FromImage(Decode(logo.Bytes));
            same.Add((logo.Bytes, made));
            return made;
        }
    }

    private static Picture FromImage((PdfImage? Image, Size Natural) p) => new(p.Image, null, p.Natural);

    private static bool LooksLikeSvg(byte[] b) => b.Length > 4 && b[0] == '<';

    /// <summary>Decoded straight to unpremultiplied RGBA, the order the samples and the soft mask are written in.</summary>
    private static (PdfImage?, Size) Decode(byte[] bytes)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) return (null, default);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = SKBitmap.Decode(codec, info);
        if (bitmap is null) return (null, default);
        return (PdfImage.FromRgba(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height), new Size(bitmap.Width, bitmap.Height));
    }

    private static (PdfImage?, Size) Rasterise(byte[] bytes)
    {
        using var svg = new SKSvg();
        SKPicture? picture;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            picture = svg.Load(stream);
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            return (null, default);
        }
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0) return (null, default);
        var cull = picture.CullRect;
        var info = new SKImageInfo((int)Math.Ceiling(cull.Width * PixelsPerPoint), (int)Math.Ceiling(cull.Height * PixelsPerPoint), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Scale(PixelsPerPoint);
            canvas.Translate(-cull.Left, -cull.Top);
            canvas.DrawPicture(picture);
        }
        return (PdfImage.FromRgba(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height, premultiplied: true), new Size(cull.Width, cull.Height));
    }

    public bool Loaded => (_image is not null || _paths is not null) && NaturalSize.Width > 0 && NaturalSize.Height > 0;

    private Size Scaled(float maxWidth, float maxHeight)
    {
        if (!Loaded) return new Size(0, maxHeight);
        var scale = Math.Min(maxHeight / NaturalSize.Height, maxWidth / NaturalSize.Width);
        return new Size(NaturalSize.Width * scale, NaturalSize.Height * scale);
    }

    public override SpacePlan Measure(LayoutContext ctx, Size available) =>
        available.Height + 0.01f < _height ? SpacePlan.Wrap("image does not fit") : SpacePlan.Full(available.Width, _height);

    public override void Draw(LayoutContext ctx, Rect area)
    {
        if (!Loaded) return;
        ctx.Canvas.Decorate(c => DrawInto(c, new Rect(area.Left, area.Top, area.Right, area.Top + _height)));
        ctx.MarkContent();
    }

    /// <summary>Draws the image fitted into <paramref name="area"/> (used inside other drawings, e.g. the cover band).</summary>
    public void DrawInto(Canvas c, Rect area)
    {
        if (!Loaded) return;
        var size = Scaled(area.Width, area.Height);
        var left = _align switch
        {
            TextAlign.Right => area.Right - size.Width,
            TextAlign.Center => area.MidX - size.Width / 2,
            _ => area.Left,
        };
        var top = area.Top + (area.Height - size.Height) / 2;
        if (_paths is not null) c.Paths(_paths, left, top, size.Width / NaturalSize.Width);
        else c.Image(_image!, left, top, size.Width, size.Height);
    }
}
