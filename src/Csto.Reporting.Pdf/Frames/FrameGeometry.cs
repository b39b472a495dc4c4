namespace Csto.Reporting.Pdf.Frames;

/// <summary>A rectangle on a page in points, y growing downwards from the page's top edge (as layout measures).</summary>
/// <param name="Left">The left edge.</param>
/// <param name="Top">The top edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Bottom">The bottom edge.</param>
internal readonly record struct FrameRect(float Left, float Top, float Right, float Bottom)
{
    /// <summary>The width in points.</summary>
    public float Width => Right - Left;

    /// <summary>The height in points.</summary>
    public float Height => Bottom - Top;
}

/// <summary>An opaque sRGB colour, 8 bits a channel (the theme's <c>#RRGGBB</c>).</summary>
/// <param name="Red">Red, 0–255.</param>
/// <param name="Green">Green, 0–255.</param>
/// <param name="Blue">Blue, 0–255.</param>
internal readonly record struct FrameColor(byte Red, byte Green, byte Blue)
{
    /// <summary>The colour as <c>#RRGGBB</c>.</summary>
    public override string ToString() => $"#{Red:X2}{Green:X2}{Blue:X2}";
}
