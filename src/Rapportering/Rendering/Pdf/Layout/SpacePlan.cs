namespace Rapportering.Rendering.Pdf.Layout;

internal enum SpacePlanType { Empty, Wrap, PartialRender, FullRender }

/// <summary>
/// The answer of <see cref="Element.Measure"/>: how much of the available space the element
/// would use on this page. Wrap means "nothing fits here, give me a new page".
/// </summary>
internal readonly record struct SpacePlan(SpacePlanType Type, float Width, float Height, string? Reason = null)
{
    public static SpacePlan Empty => new(SpacePlanType.Empty, 0, 0);
    public static SpacePlan Wrap(string reason) => new(SpacePlanType.Wrap, 0, 0, reason);
    public static SpacePlan Partial(float width, float height) => new(SpacePlanType.PartialRender, width, height);
    public static SpacePlan Full(float width, float height) => new(SpacePlanType.FullRender, width, height);

    public bool IsWrap => Type == SpacePlanType.Wrap;
    /// <summary>Something is drawn on this page (all or part).</summary>
    public bool Draws => Type is SpacePlanType.PartialRender or SpacePlanType.FullRender;
    /// <summary>The element is done after this page.</summary>
    public bool Finishes => Type is SpacePlanType.Empty or SpacePlanType.FullRender;
}
