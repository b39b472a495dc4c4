using System.Globalization;

namespace Csto.Reporting.Documents;

/// <summary>
/// Page size, orientation and margins, all lengths in points (1/72 inch). The sizes are finite, positive and at
/// most <see cref="MaximumSize"/>; the margins are finite and non-negative and leave at least
/// <see cref="MinimumContentSize"/> of content width and height. The checks run in the init accessors too, so
/// <c>with</c> cannot skip them (when one <c>with</c> both shrinks the page and its margins, set the margins first).
/// </summary>
/// <param name="Width">Width of the sheet in portrait orientation.</param>
/// <param name="Height">Height of the sheet in portrait orientation.</param>
/// <param name="Margins">The margins.</param>
/// <param name="Orientation">Portrait by default.</param>
public sealed record PageSetup(double Width, double Height, Margins Margins, PageOrientation Orientation = PageOrientation.Portrait)
{
    /// <summary>The largest page side accepted, in points: 200 inches, the largest page a PDF may have.</summary>
    public const double MaximumSize = 14400;

    /// <summary>The least content width and height, in points, that the margins must leave.</summary>
    public const double MinimumContentSize = 20;

    private readonly double width = Size(Width, nameof(Width));
    private readonly double height = Size(Height, nameof(Height));
    private readonly PageOrientation orientation = Defined(Orientation);
    private readonly Margins margins = Fit(Width, Height, Orientation, Margins, nameof(Margins));

    /// <summary>A4 (210 × 297 mm) with the margins of ГОСТ Р 7.0.97: left 30, right 10, top 20, bottom 20 mm.</summary>
    public static PageSetup A4Gost { get; } = new(Length.FromMillimetres(210), Length.FromMillimetres(297), new Margins(
        Top: Length.FromMillimetres(20), Right: Length.FromMillimetres(10), Bottom: Length.FromMillimetres(20), Left: Length.FromMillimetres(30)));

    /// <summary>Width of the sheet in portrait orientation; positive, at most <see cref="MaximumSize"/>.</summary>
    public double Width
    {
        get => width;
        init => width = Checked(Size(value, nameof(Width)), height, orientation, margins, nameof(Width));
    }

    /// <summary>Height of the sheet in portrait orientation; positive, at most <see cref="MaximumSize"/>.</summary>
    public double Height
    {
        get => height;
        init => height = Checked(Size(value, nameof(Height)), width, orientation, margins, nameof(Height));
    }

    /// <summary>The margins; they leave at least <see cref="MinimumContentSize"/> of content width and height.</summary>
    public Margins Margins
    {
        get => margins;
        init => margins = Fit(width, height, orientation, value, nameof(Margins));
    }

    /// <summary>Portrait or landscape.</summary>
    public PageOrientation Orientation
    {
        get => orientation;
        init
        {
            orientation = Defined(value);
            Fit(width, height, orientation, margins, nameof(Orientation));
        }
    }

    /// <summary>The width of the page as laid out (swapped with the height in landscape).</summary>
    public double PageWidth => Orientation == PageOrientation.Landscape ? Math.Max(Width, Height) : Math.Min(Width, Height);

    /// <summary>The height of the page as laid out.</summary>
    public double PageHeight => Orientation == PageOrientation.Landscape ? Math.Min(Width, Height) : Math.Max(Width, Height);

    /// <summary>The width between the left and right margins.</summary>
    public double ContentWidth => PageWidth - Margins.Left - Margins.Right;

    /// <summary>The height between the top and bottom margins.</summary>
    public double ContentHeight => PageHeight - Margins.Top - Margins.Bottom;

    private static double Size(double size, string parameterName) => double.IsFinite(size) && size > 0 && size <= MaximumSize
        ? size
        : throw new ArgumentOutOfRangeException(parameterName, size, $"A page side must be a positive number of points, at most {MaximumSize.ToString(CultureInfo.InvariantCulture)}.");

    private static PageOrientation Defined(PageOrientation orientation, string parameterName = nameof(Orientation)) => Enum.IsDefined(orientation)
        ? orientation
        : throw new ArgumentOutOfRangeException(parameterName, orientation, "The orientation must be Portrait or Landscape.");

    /// <summary>Checks a new side against the other side and the margins (when the margins are already set).</summary>
    private static double Checked(double side, double other, PageOrientation orientation, Margins? margins, string parameterName)
    {
        if (margins is not null && other > 0)
        {
            Fit(side, other, orientation, margins, parameterName);
        }
        return side;
    }

    private static Margins Fit(double width, double height, PageOrientation orientation, Margins? margins, string parameterName)
    {
        if (margins is null)
        {
            throw new ArgumentNullException(parameterName);
        }
        var pageWidth = orientation == PageOrientation.Landscape ? Math.Max(width, height) : Math.Min(width, height);
        var pageHeight = orientation == PageOrientation.Landscape ? Math.Min(width, height) : Math.Max(width, height);
        var contentWidth = pageWidth - margins.Left - margins.Right;
        var contentHeight = pageHeight - margins.Top - margins.Bottom;
        if (contentWidth < MinimumContentSize || contentHeight < MinimumContentSize)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The margins (top {margins.Top:0.##}, right {margins.Right:0.##}, bottom {margins.Bottom:0.##}, left {margins.Left:0.##} pt) leave {contentWidth:0.##} × {contentHeight:0.##} pt of content on a {pageWidth:0.##} × {pageHeight:0.##} pt page; at least {MinimumContentSize:0} pt of width and height is needed."),
                parameterName);
        }
        return margins;
    }
}

/// <summary>Page margins in points: finite and non-negative.</summary>
/// <param name="Top">Top margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="Bottom">Bottom margin.</param>
/// <param name="Left">Left margin.</param>
public sealed record Margins(double Top, double Right, double Bottom, double Left)
{
    private readonly double top = Check(Top, nameof(Top));
    private readonly double right = Check(Right, nameof(Right));
    private readonly double bottom = Check(Bottom, nameof(Bottom));
    private readonly double left = Check(Left, nameof(Left));

    /// <summary>Top margin.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A margin is negative, infinite or NaN.</exception>
    public double Top { get => top; init => top = Check(value, nameof(Top)); }

    /// <summary>Right margin.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A margin is negative, infinite or NaN.</exception>
    public double Right { get => right; init => right = Check(value, nameof(Right)); }

    /// <summary>Bottom margin.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A margin is negative, infinite or NaN.</exception>
    public double Bottom { get => bottom; init => bottom = Check(value, nameof(Bottom)); }

    /// <summary>Left margin.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A margin is negative, infinite or NaN.</exception>
    public double Left { get => left; init => left = Check(value, nameof(Left)); }

    private static double Check(double margin, string parameterName) => double.IsFinite(margin) && margin >= 0
        ? margin
        : throw new ArgumentOutOfRangeException(parameterName, margin, "A margin must be a finite, non-negative number of points.");
}

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
