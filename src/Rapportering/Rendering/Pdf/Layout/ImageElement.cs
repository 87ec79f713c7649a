using PdfSharp.Drawing;
using SkiaSharp;
using Svg.Skia;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A PNG/JPEG or SVG logo scaled to a fixed height, keeping its aspect ratio, never wider than
/// the available width. PDFsharp draws no SVG, so an SVG is turned into a PNG once per file
/// (Svg.Skia, 3 pixels per point of the SVG: about 400 dpi where the cover draws it). Decoding
/// a PNG is most of what a logo costs, so the decoded picture is kept per thread and file and
/// reused by every report that thread renders; an SVG's PNG is made once per process and file
/// (a worker thread of the batch is not always the same thread). A file that cannot be read gives an element of
/// the same size that draws nothing, so a missing logo does not stop a report.
/// </summary>
internal sealed class ImageElement : Element
{
    private const float PixelsPerPoint = 3;
    [ThreadStatic] private static Dictionary<(string, DateTime), (XImage? Image, Size Natural)>? _decoded;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, DateTime), (byte[]? Png, Size Natural)> Rasterised = new();

    private readonly XImage? _image;
    private readonly float _height;
    private readonly TextAlign _align;

    public Size NaturalSize { get; }

    public ImageElement(string? path, float height, TextAlign align = TextAlign.Left)
    {
        _height = height;
        _align = align;
        if (path is null || !File.Exists(path)) return;
        var full = Path.GetFullPath(path);
        var key = (full, File.GetLastWriteTimeUtc(full)); // a logo replaced on disk is read again
        _decoded ??= [];
        if (!_decoded.TryGetValue(key, out var hit))
        {
            hit = Load(key);
            _decoded[key] = hit;
        }
        (_image, NaturalSize) = (hit.Image, hit.Natural);
    }

    private static (XImage? Image, Size Natural) Load((string Path, DateTime) key)
    {
        var path = key.Path;
        try
        {
            if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                var (png, natural) = Rasterised.GetOrAdd(key, k => Rasterise(k.Item1));
                return png is null ? (null, default) : (XImage.FromStream(new MemoryStream(png, writable: false)), natural);
            }
            var image = XImage.FromFile(path);
            return (image, new Size((float)image.PointWidth, (float)image.PointHeight));
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            return (null, default); // not a picture we can read: the same empty space as a missing logo
        }
    }

    private static (byte[]?, Size) Rasterise(string path)
    {
        using var svg = new SKSvg();
        SKPicture? picture;
        try
        {
            picture = svg.Load(path);
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException or FormatException or InvalidOperationException)
        {
            return (null, default);
        }
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0) return (null, default);
        var cull = picture.CullRect;
        var info = new SKImageInfo((int)Math.Ceiling(cull.Width * PixelsPerPoint), (int)Math.Ceiling(cull.Height * PixelsPerPoint), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(PixelsPerPoint);
        surface.Canvas.Translate(-cull.Left, -cull.Top);
        surface.Canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return (data.ToArray(), new Size(cull.Width, cull.Height));
    }

    public bool Loaded => _image is not null && NaturalSize.Width > 0 && NaturalSize.Height > 0;

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
        ctx.Canvas.Decorate(g => DrawInto(g, new Rect(area.Left, area.Top, area.Right, area.Top + _height)));
        ctx.MarkContent();
    }

    /// <summary>Draws the image fitted into <paramref name="area"/> (used inside other drawings, e.g. the cover band).</summary>
    public void DrawInto(XGraphics g, Rect area)
    {
        if (!Loaded) return;
        var size = Scaled(area.Width, area.Height);
        var left = _align switch
        {
            TextAlign.Right => area.Right - size.Width,
            TextAlign.Center => area.MidX - size.Width / 2,
            _ => area.Left,
        };
        g.DrawImage(_image!, left, area.Top + (area.Height - size.Height) / 2, size.Width, size.Height);
    }

}
