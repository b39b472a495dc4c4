using Csto.Reporting.Diagnostics;
using Csto.Reporting.Pictures;

namespace Csto.Reporting.Documents;

/// <summary>
/// A PNG, JPEG or SVG picture shown at a given size, centred. An SVG picture stays vector: PDF draws its paths
/// and texts, DOCX stores it as an SVG picture with a PNG fallback (see <c>docs/markdown-dialect.md</c> for the
/// SVG features pictures may use).
/// </summary>
public sealed record Image : Block
{
    /// <summary>Creates an image.</summary>
    /// <param name="data">The encoded PNG or JPEG bytes, or an SVG file's bytes (UTF-8).</param>
    /// <param name="widthPoints">The width on the page in points (1/72 inch).</param>
    /// <param name="heightPoints">The height on the page in points.</param>
    /// <exception cref="ArgumentException">The data is neither PNG, JPEG nor SVG; an SVG picture uses a feature
    /// pictures do not support (the message lists every such place by line and column); or a size is not positive.</exception>
    public Image(ReadOnlyMemory<byte> data, double widthPoints, double heightPoints)
        : this(data, widthPoints, heightPoints, null)
    {
    }

    /// <summary>Creates an image whose SVG data <paramref name="drawing"/> was already read from.</summary>
    internal Image(ReadOnlyMemory<byte> data, double widthPoints, double heightPoints, VectorDrawing? drawing)
    {
        Format = DetectFormat(data.Span)
            ?? throw new ArgumentException("An image must be PNG, JPEG or SVG data.", nameof(data));
        if (Format == ImageFormat.Svg)
        {
            var problems = new List<InputProblem>();
            Drawing = drawing ?? SvgReader.Read(data, "SVG picture", problems)
                ?? throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(data));
        }
        if (!(widthPoints > 0) || !(heightPoints > 0) || !double.IsFinite(widthPoints) || !double.IsFinite(heightPoints))
        {
            throw new ArgumentException($"An image size must be positive; got {widthPoints}×{heightPoints} pt.", nameof(widthPoints));
        }
        Data = data;
        WidthPoints = widthPoints;
        HeightPoints = heightPoints;
    }

    /// <summary>The encoded bytes.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>PNG or JPEG.</summary>
    public ImageFormat Format { get; }

    /// <summary>The width on the page in points.</summary>
    public double WidthPoints { get; }

    /// <summary>The height on the page in points.</summary>
    public double HeightPoints { get; }

    /// <summary>The vector drawing of an SVG picture; null for PNG and JPEG.</summary>
    internal VectorDrawing? Drawing { get; }

    /// <summary>
    /// The data of a chart (<c>::: chart</c>) this picture shows, drawn again in each theme's chart style when
    /// rendered (<see cref="Charts.ChartPictures"/>); null for other pictures.
    /// </summary>
    internal Charts.ChartData? Chart { get; init; }

    /// <summary>A text alternative, also used as the DOCX picture description.</summary>
    public string? AltText { get; init; }

    /// <summary>A caption shown under the picture; null for none.</summary>
    public IReadOnlyList<Inline>? Caption { get; init; }

    private static ImageFormat? DetectFormat(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? ImageFormat.Png
        : data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ImageFormat.Jpeg
        : SvgReader.IsSvg(data) ? ImageFormat.Svg
        : null;
}

/// <summary>The encoding of an <see cref="Image"/>.</summary>
public enum ImageFormat
{
    /// <summary>PNG.</summary>
    Png,
    /// <summary>JPEG.</summary>
    Jpeg,
    /// <summary>SVG (the static subset pictures support), drawn as vectors.</summary>
    Svg,
}

/// <summary>
/// The size a picture is shown at, decided here for the PDF and the DOCX alike: its own size, scaled down (never
/// up, keeping its aspect ratio) to the width of the text area and to <see cref="HeightShare"/> of the text area's
/// height, which leaves room on the page for a caption.
/// </summary>
public static class ImageFit
{
    /// <summary>The share of the text area's height a picture may take at most.</summary>
    public const double HeightShare = 0.85;

    /// <summary>The width and height in points <paramref name="image"/> is shown at.</summary>
    /// <param name="image">The picture.</param>
    /// <param name="width">The width of the text area where it stands, in points; positive.</param>
    /// <param name="height">The height of the page's text area, in points; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size of the area is not a positive number.</exception>
    public static (double Width, double Height) Size(Image image, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!(width > 0) || !double.IsFinite(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width of the text area must be a positive number of points.");
        }
        if (!(height > 0) || !double.IsFinite(height))
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "The height of the text area must be a positive number of points.");
        }
        var scale = Math.Min(1, Math.Min(width / image.WidthPoints, height * HeightShare / image.HeightPoints));
        return (image.WidthPoints * scale, image.HeightPoints * scale);
    }
}
