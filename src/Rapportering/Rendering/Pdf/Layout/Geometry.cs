namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(float Width, float Height);

/// <summary>A box in points, y growing downwards (as on the page the elements fill).</summary>
internal readonly record struct Rect(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;
    public float Height => Bottom - Top;
    public float MidX => (Left + Right) / 2;
    public float MidY => (Top + Bottom) / 2;
    public Size Size => new(Width, Height);

    public static Rect Create(float x, float y, float width, float height) => new(x, y, x + width, y + height);

    public Rect Inflate(float dx, float dy) => new(Left - dx, Top - dy, Right + dx, Bottom + dy);
}
