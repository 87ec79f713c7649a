namespace Rapportering.Rendering.Pdf.Writer;

internal enum PathVerb { Move, Line, Cubic, Close }

/// <summary>One step of a path: a move or line to (X, Y), a cubic curve to (X, Y) over two control points, or a close.</summary>
internal readonly record struct PathOp(PathVerb Verb, double X = 0, double Y = 0, double C1X = 0, double C1Y = 0, double C2X = 0, double C2Y = 0);

/// <summary>A path filled (nonzero) and/or stroked (butt caps, miter joins), in its own units with y
/// downwards: a vector logo's outline. A null colour is not painted.</summary>
internal sealed record VectorPath(IReadOnlyList<PathOp> Ops, PdfColor? Fill, PdfColor? Stroke, double StrokeWidth);
