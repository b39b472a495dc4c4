namespace Csto.Reporting.Documents;

/// <summary>Page size, orientation and margins, all lengths in points (1/72 inch).</summary>
/// <param name="Width">Width of the sheet in portrait orientation.</param>
/// <param name="Height">Height of the sheet in portrait orientation.</param>
/// <param name="Margins">The margins.</param>
/// <param name="Orientation">Portrait by default.</param>
public sealed record PageSetup(double Width, double Height, Margins Margins, PageOrientation Orientation = PageOrientation.Portrait)
{
    /// <summary>A4 (210 × 297 mm) with the margins of ГОСТ Р 7.0.97: left 30, right 10, top 20, bottom 20 mm.</summary>
    public static PageSetup A4Gost { get; } = new(Length.FromMillimetres(210), Length.FromMillimetres(297), new Margins(
        Top: Length.FromMillimetres(20), Right: Length.FromMillimetres(10), Bottom: Length.FromMillimetres(20), Left: Length.FromMillimetres(30)));

    /// <summary>The width of the page as laid out (swapped with the height in landscape).</summary>
    public double PageWidth => Orientation == PageOrientation.Landscape ? Math.Max(Width, Height) : Math.Min(Width, Height);

    /// <summary>The height of the page as laid out.</summary>
    public double PageHeight => Orientation == PageOrientation.Landscape ? Math.Min(Width, Height) : Math.Max(Width, Height);

    /// <summary>The width between the left and right margins.</summary>
    public double ContentWidth => PageWidth - Margins.Left - Margins.Right;

    /// <summary>The height between the top and bottom margins.</summary>
    public double ContentHeight => PageHeight - Margins.Top - Margins.Bottom;
}

/// <summary>Page margins in points.</summary>
/// <param name="Top">Top margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="Bottom">Bottom margin.</param>
/// <param name="Left">Left margin.</param>
public sealed record Margins(double Top, double Right, double Bottom, double Left);

/// <summary>Page orientation.</summary>
public enum PageOrientation
{
    /// <summary>Taller than wide.</summary>
    Portrait,
    /// <summary>Wider than tall.</summary>
    Landscape,
}

/// <summary>Length conversions to points, the unit of the document tree and themes.</summary>
public static class Length
{
    /// <summary>Points in one millimetre.</summary>
    public const double PointsPerMillimetre = 72.0 / 25.4;

    /// <summary>Converts millimetres to points.</summary>
    public static double FromMillimetres(double millimetres) => millimetres * PointsPerMillimetre;

    /// <summary>Converts centimetres to points.</summary>
    public static double FromCentimetres(double centimetres) => centimetres * 10 * PointsPerMillimetre;

    /// <summary>Converts points to twentieths of a point (the DOCX unit).</summary>
    public static int ToTwips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);
}
