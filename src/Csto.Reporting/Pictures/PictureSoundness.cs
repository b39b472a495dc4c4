using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown.Conversion;

namespace Csto.Reporting.Pictures;

/// <summary>
/// Whether a PNG or JPEG picture can be used, whatever built its <see cref="Image"/> block (the Markdown reader, a
/// template, C#): its header can be read, it is within the pixel limits (<see cref="InputFiles.MaxPicturePixels"/>;
/// <see cref="InputFiles.MaxWholePicturePixels"/> for an interlaced PNG or a progressive JPEG, which a decoder holds
/// whole) and it is whole (<see cref="PictureIntegrity"/>: CRCs, image data inflating to the size the header gives).
/// Checked once per picture: the answer is kept for the bytes (the array they are in, for as long as it lives; the
/// block itself when the bytes are a slice), so the Markdown reader, which checks its pictures as it reads them, the
/// renderers' check (<see cref="Rendering.RenderCheck"/>) and the layout do not inflate a picture again, also when a
/// block is copied (<c>with</c>).
/// </summary>
internal static class PictureSoundness
{
    private static readonly ConditionalWeakTable<object, string> Found = [];
    private const string Sound = "";

    /// <summary>How many pictures were checked on this thread (their bytes read and inflated), for tests.</summary>
    [ThreadStatic]
    internal static int ChecksOnThisThread;

    /// <summary>
    /// What is wrong with the picture, as the rest of a sentence whose subject names it («is 30000 × 30000 pixels; …»,
    /// «cannot be decoded: …»), ending with a full stop; null when it can be used or is SVG.
    /// </summary>
    public static string? Problem(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Format == ImageFormat.Svg)
        {
            return null;
        }
        var found = Found.GetValue(KeyOf(image), _ => Check(image));
        return found.Length == 0 ? null : found;
    }

    /// <summary>Records that <paramref name="image"/>'s bytes were checked and can be used (the Markdown reader checked them, or made them).</summary>
    public static void Checked(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        Found.AddOrUpdate(KeyOf(image), Sound);
    }

    /// <summary>
    /// The limit a picture of <paramref name="width"/> × <paramref name="height"/> pixels exceeds, as the rest of a
    /// sentence whose subject names the picture; null when it is within both.
    /// </summary>
    public static string? LimitProblem(int width, int height, bool readWhole)
    {
        var pixels = (long)width * height;
        return pixels > InputFiles.MaxPicturePixels
            ? FormattableString.Invariant($"is {width} × {height} pixels; a picture may have at most {InputFiles.MaxPicturePixels:N0} pixels (300 DPI across a whole A4 page is 8.7 million).")
            : pixels > InputFiles.MaxWholePicturePixels && readWhole
            ? FormattableString.Invariant($"is {width} × {height} pixels and interlaced (progressive), which must be decoded whole; such a picture may have at most {InputFiles.MaxWholePicturePixels:N0} pixels: save it non-interlaced (baseline) or smaller.")
            : null;
    }

    private static object KeyOf(Image image) =>
        MemoryMarshal.TryGetArray(image.Data, out var segment) && segment.Array is { } array && segment.Offset == 0 && segment.Count == array.Length
            ? array
            : image;

    private static string Check(Image image)
    {
        ChecksOnThisThread++;
        var data = image.Data.Span;
        return ImagePixelSize.Read(data) is not var (width, height)
            ? $"cannot be decoded: its header cannot be read; it is damaged or not really {image.Format}."
            : LimitProblem(width, height, ImagePixelSize.IsReadWhole(data))
            ?? (PictureIntegrity.Problem(data) is { } damage ? $"cannot be decoded: {damage}; it is damaged or not really {image.Format}." : Sound);
    }
}
