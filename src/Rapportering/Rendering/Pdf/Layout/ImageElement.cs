using SkiaSharp;
using Svg.Skia;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A PNG/JPEG (SKImage) or SVG (Svg.Skia, drawn as vectors) scaled to a fixed height, keeping
/// its aspect ratio, never wider than the available width. A file that cannot be read gives
/// an element of the same size that draws nothing, so a missing logo does not stop a report.
/// </summary>
internal sealed class ImageElement : Element, IDisposable
{
    private readonly SKImage? _image;
    private readonly SKSvg? _svg;
    private readonly SKPicture? _picture;
    private readonly float _height;
    private readonly TextAlign _align;

    public SKSize NaturalSize { get; }

    public ImageElement(string? path, float height, TextAlign align = TextAlign.Left)
    {
        _height = height;
        _align = align;
        if (path is null || !File.Exists(path)) return;
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            _svg = new SKSvg();
            try
            {
                _picture = _svg.Load(path);
            }
            catch (Exception e) when (e is System.Xml.XmlException or IOException or FormatException or InvalidOperationException)
            {
                _picture = null; // not an SVG we can read: the same empty space as a missing logo
            }
            NaturalSize = _picture?.CullRect.Size ?? SKSize.Empty;
        }
        else
        {
            _image = SKImage.FromEncodedData(path);
            NaturalSize = _image is null ? SKSize.Empty : new SKSize(_image.Width, _image.Height);
        }
    }

    public bool Loaded => NaturalSize.Width > 0 && NaturalSize.Height > 0;

    private SKSize Scaled(float maxWidth, float maxHeight)
    {
        if (!Loaded) return new SKSize(0, maxHeight);
        var scale = Math.Min(maxHeight / NaturalSize.Height, maxWidth / NaturalSize.Width);
        return new SKSize(NaturalSize.Width * scale, NaturalSize.Height * scale);
    }

    public override SpacePlan Measure(LayoutContext ctx, SKSize available) =>
        available.Height + 0.01f < _height ? SpacePlan.Wrap("image does not fit") : SpacePlan.Full(available.Width, _height);

    public override void Draw(LayoutContext ctx, SKRect area)
    {
        if (!Loaded) return;
        DrawInto(ctx.Canvas, new SKRect(area.Left, area.Top, area.Right, area.Top + _height));
        ctx.MarkContent();
    }

    /// <summary>Draws the image fitted into <paramref name="area"/> (used inside other drawings, e.g. the cover band).</summary>
    public void DrawInto(SKCanvas canvas, SKRect area)
    {
        if (!Loaded) return;
        var size = Scaled(area.Width, area.Height);
        var left = _align switch
        {
            TextAlign.Right => area.Right - size.Width,
            TextAlign.Center => area.MidX - size.Width / 2,
            _ => area.Left,
        };
        var target = SKRect.Create(left, area.Top + (area.Height - size.Height) / 2, size.Width, size.Height);
        if (_picture is not null)
        {
            var cull = _picture.CullRect;
            var matrix = SKMatrix.CreateScaleTranslation(size.Width / cull.Width, size.Height / cull.Height,
                target.Left - cull.Left * size.Width / cull.Width, target.Top - cull.Top * size.Height / cull.Height);
            canvas.DrawPicture(_picture, in matrix);
        }
        else if (_image is not null)
        {
            canvas.DrawImage(_image, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
    }

    public void Dispose()
    {
        _image?.Dispose();
        _svg?.Dispose();
    }
}
