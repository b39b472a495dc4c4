namespace Csto.Reporting.Pictures;

/// <summary>
/// A vector picture read from SVG: its size in points and its shapes in paint order, in points from the picture's
/// top-left corner (y down), every SVG transform already applied. Colours are opaque: an SVG opacity is blended
/// with white (pictures stand on white paper), so writers need no transparency groups.
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
internal sealed record VectorStroke(VectorColor Color, double Width, int Cap, int Join, double MiterLimit, IReadOnlyList<double> Dashes);

/// <summary>A filled and/or stroked path.</summary>
/// <param name="Segments">The segments, every subpath starting with a move.</param>
/// <param name="Fill">The fill colour, or null for no fill.</param>
/// <param name="EvenOdd">Whether the fill uses the even-odd rule (otherwise non-zero winding).</param>
/// <param name="Stroke">The stroke, or null for none.</param>
/// <param name="Clip">The clip rectangle, or null.</param>
internal sealed record VectorPath(IReadOnlyList<PathSegment> Segments, VectorColor? Fill, bool EvenOdd, VectorStroke? Stroke, VectorRect? Clip) : VectorItem(Clip);

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
