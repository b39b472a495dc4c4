namespace Csto.Reporting.Documents;

/// <summary>A PNG or JPEG picture shown at a given size, centred.</summary>
public sealed record Image : Block
{
    /// <summary>Creates an image.</summary>
    /// <param name="data">The encoded PNG or JPEG bytes.</param>
    /// <param name="widthPoints">The width on the page in points (1/72 inch).</param>
    /// <param name="heightPoints">The height on the page in points.</param>
    /// <exception cref="ArgumentException">The data is neither PNG nor JPEG, or a size is not positive.</exception>
    public Image(ReadOnlyMemory<byte> data, double widthPoints, double heightPoints)
    {
        Format = DetectFormat(data.Span)
            ?? throw new ArgumentException("An image must be PNG or JPEG data.", nameof(data));
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

    /// <summary>A text alternative, also used as the DOCX picture description.</summary>
    public string? AltText { get; init; }

    /// <summary>A caption shown under the picture; null for none.</summary>
    public IReadOnlyList<Inline>? Caption { get; init; }

    private static ImageFormat? DetectFormat(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? ImageFormat.Png
        : data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ImageFormat.Jpeg
        : null;
}

/// <summary>The encoding of an <see cref="Image"/>.</summary>
public enum ImageFormat
{
    /// <summary>PNG.</summary>
    Png,
    /// <summary>JPEG.</summary>
    Jpeg,
}
