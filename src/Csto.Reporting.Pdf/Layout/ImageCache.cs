using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// The Skia images of one rendering, one per <see cref="Image"/> block: its bytes are copied to Skia and parsed
/// once, when the block is first laid out, and every later layout pass and drawing uses the same image (Skia decodes
/// it lazily when drawn). Belongs to one rendering on one thread; disposed when the rendering ends.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<Image, SKImage> images = new(ReferenceEqualityComparer.Instance);

    /// <summary>The Skia image of <paramref name="block"/>, a damaged one reported as <paramref name="problem"/> makes it.</summary>
    /// <exception cref="ReportInputException">The bytes are not a PNG or JPEG Skia can read.</exception>
    public SKImage Get(Image block, Func<string, InputProblem> problem)
    {
        if (images.TryGetValue(block, out var image))
        {
            return image;
        }
        using (var data = SKData.CreateCopy(block.Data.Span))
        {
            image = SKImage.FromEncodedData(data)
                ?? throw new ReportInputException(problem(
                    $"An image ({block.Format}, {block.Data.Length} bytes{(block.AltText is { } alt ? ", «" + alt + "»" : string.Empty)}) cannot be decoded; it is damaged or not really {block.Format}."));
        }
        images.Add(block, image);
        return image;
    }

    /// <summary>Releases every image.</summary>
    public void Dispose()
    {
        foreach (var image in images.Values)
        {
            image.Dispose();
        }
        images.Clear();
    }
}
