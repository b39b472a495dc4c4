namespace Csto.Reporting.Pictures;

/// <summary>
/// A vector picture read from SVG: its size in points and its shapes in paint order, in points from the picture's
/// top-left corner (y down), every SVG transform already applied. Colours are opaque: an SVG opacity (also a
/// gradient's stop-opacity) is blended with white (pictures stand on white paper), so writers need no transparency
/// groups or soft masks.
/// </summary>
/// <param name="Width">The width in points.</param>
/// <param name="Height">The height in points.</param>
/// <param name="Items">The shapes and texts in paint order.</param>
internal sealed record VectorDrawing(double Width, double Height, IReadOnlyList<VectorItem> Items);

/// <summary>An opaque sRGB colour.</summary>
/// <param name="Red">Red, 0–255.</param>
/// <param name="Green">Green, 0–255.</param>
/// <param name="Blue">Blue, 0–255.</param>
internal readonly record struct VectorColor(byte Red, byte Green, byte Blue)
{
    /// <summary>The colour as <c>#RRGGBB</c>.</summary>
    public override string ToString() => $"#{Red:X2}{Green:X2}{Blue:X2}";
}

/// <summary>One shape or text of a <see cref="VectorDrawing"/>.</summary>
/// <param name="Clip">The rectangle (in the drawing's points) outside which nothing of the item shows, or null.</param>
internal abstract record VectorItem(VectorRect? Clip);

/// <summary>An axis-aligned rectangle in points, y down.</summary>
internal readonly record struct VectorRect(double Left, double Top, double Right, double Bottom);

/// <summary>The kind of a path segment.</summary>
internal enum SegmentKind
{
    /// <summary>Starts a subpath at one point.</summary>
    MoveTo,
    /// <summary>A straight line to one point.</summary>
    LineTo,
    /// <summary>A cubic Bézier curve: two control points and the end point.</summary>
    CubicTo,
    /// <summary>Closes the subpath.</summary>
    Close,
}

/// <summary>One segment of a path; the points it uses are X1,Y1 (and X2,Y2, X3,Y3 for a cubic).</summary>
internal readonly record struct PathSegment(SegmentKind Kind, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0, double X3 = 0, double Y3 = 0);

/// <summary>How a path's outline is stroked.</summary>
/// <param name="Color">The colour.</param>
/// <param name="Width">The line width in points.</param>
/// <param name="Cap">The line cap: 0 butt, 1 round, 2 square (as PDF numbers them).</param>
/// <param name="Join">The line join: 0 miter, 1 round, 2 bevel.</param>
/// <param name="MiterLimit">The miter limit.</param>
/// <param name="Dashes">The dash pattern in points, empty for a solid line.</param>
/// <param name="Gradient">The gradient the outline is painted with instead of <paramref name="Color"/>, or null.</param>
internal sealed record VectorStroke(VectorColor Color, double Width, int Cap, int Join, double MiterLimit, IReadOnlyList<double> Dashes, VectorGradient? Gradient = null);

/// <summary>The kind of a gradient.</summary>
internal enum GradientKind
{
    /// <summary>Axial: colours vary along the line from the start point to the end point (SVG linearGradient, PDF shading type 2).</summary>
    Linear,
    /// <summary>
    /// Radial: colours vary from a circle of radius 0 at the start point (SVG's focus) to the circle of
    /// <see cref="VectorGradient.Radius"/> about the end point (SVG's centre) (SVG radialGradient, PDF shading type 3).
    /// </summary>
    Radial,
}

/// <summary>One colour stop of a gradient.</summary>
/// <param name="Offset">Where the colour is, 0 at the start to 1 at the end; never less than the previous stop's.</param>
/// <param name="Color">The colour, opaque (stop-opacity and the shape's opacities already blended with white).</param>
internal readonly record struct GradientStop(double Offset, VectorColor Color);

/// <summary>
/// A gradient paint with at least two stops, padded beyond its ends (SVG <c>spreadMethod="pad"</c>): its geometry in
/// its own gradient space and the matrix from that space to the drawing's points.
/// </summary>
/// <param name="Kind">Linear or radial.</param>
/// <param name="X1">The start point's x (linear: x1; radial: the focus fx).</param>
/// <param name="Y1">The start point's y (linear: y1; radial: fy).</param>
/// <param name="X2">The end point's x (linear: x2; radial: the centre cx).</param>
/// <param name="Y2">The end point's y (linear: y2; radial: cy).</param>
/// <param name="Radius">The radial gradient's end radius r (positive); 0 for a linear one.</param>
/// <param name="Matrix">Maps gradient space to the drawing's points (bounding box, gradientTransform and the shape's transforms).</param>
/// <param name="Stops">The stops in offset order, at least two.</param>
internal sealed record VectorGradient(GradientKind Kind, double X1, double Y1, double X2, double Y2, double Radius, AffineMatrix Matrix, IReadOnlyList<GradientStop> Stops);

/// <summary>A filled and/or stroked path.</summary>
/// <param name="Segments">The segments, every subpath starting with a move.</param>
/// <param name="Fill">The fill colour, or null for no fill.</param>
/// <param name="EvenOdd">Whether the fill uses the even-odd rule (otherwise non-zero winding).</param>
/// <param name="Stroke">The stroke, or null for none.</param>
/// <param name="Clip">The clip rectangle, or null.</param>
/// <param name="FillGradient">The gradient the inside is painted with instead of <paramref name="Fill"/> (which is then its last stop's colour), or null.</param>
internal sealed record VectorPath(IReadOnlyList<PathSegment> Segments, VectorColor? Fill, bool EvenOdd, VectorStroke? Stroke, VectorRect? Clip, VectorGradient? FillGradient = null) : VectorItem(Clip);

/// <summary>Where a text's anchor point is on its line.</summary>
internal enum TextAnchor
{
    /// <summary>The text starts at the anchor.</summary>
    Start,
    /// <summary>The text is centred on the anchor.</summary>
    Middle,
    /// <summary>The text ends at the anchor.</summary>
    End,
}

/// <summary>
/// One line of text, kept as text so writers set it in the document's fonts (selectable, searchable): the anchor
/// point on the baseline, the size in points (already scaled), the font as SVG names it.
/// </summary>
/// <param name="Text">The text, whitespace collapsed.</param>
/// <param name="X">The anchor's x in points.</param>
/// <param name="Y">The baseline's y in points.</param>
/// <param name="Size">The font size in points.</param>
/// <param name="Color">The fill colour.</param>
/// <param name="Anchor">Where the anchor is.</param>
/// <param name="Family">The SVG font-family value (first name, unquoted), or null.</param>
/// <param name="Bold">Whether the weight is bold (700 or more).</param>
/// <param name="Italic">Whether the style is italic or oblique.</param>
/// <param name="Clip">The clip rectangle, or null.</param>
internal sealed record VectorText(string Text, double X, double Y, double Size, VectorColor Color, TextAnchor Anchor, string? Family, bool Bold, bool Italic, VectorRect? Clip) : VectorItem(Clip)
{
    /// <summary>Whether the family names a serif face (the generic <c>serif</c> or a name containing "Serif" or "Times").</summary>
    public bool Serif => Family is { } f && (f.Equals("serif", StringComparison.OrdinalIgnoreCase)
        || (f.Contains("Serif", StringComparison.OrdinalIgnoreCase) && !f.Contains("Sans", StringComparison.OrdinalIgnoreCase))
        || f.Contains("Times", StringComparison.OrdinalIgnoreCase));
}
