namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// A layout element. <see cref="Measure"/> says what would fit and changes nothing;
/// <see cref="Draw"/> draws into the area it was given (the measured size) and moves the
/// element's cursor forward, so content that spans pages continues on the next page.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(LayoutContext ctx, Size available);

    public abstract void Draw(LayoutContext ctx, Rect area);
}
