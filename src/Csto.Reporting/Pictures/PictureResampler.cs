using SkiaSharp;

namespace Csto.Reporting.Pictures;

/// <summary>
/// Scales a PNG or JPEG picture that has far more pixels than its place on the page can show down once, when the
/// document is read, to <see cref="Dpi"/> at its placed size; PDF and DOCX then carry the smaller picture. The
/// picture is decoded one row at a time and averaged into the smaller one (a box filter), so memory holds the result
/// and a source row, never the whole decoded picture (except the interlaced kinds, see <see cref="Resample"/>).
/// </summary>
internal static class PictureResampler
{
    /// <summary>The resolution a picture is kept at: 300 pixels per inch of its placed size (print quality).</summary>
    public const double Dpi = 300;

    /// <summary>
    /// The longest side in points a picture is counted at (an A4 page's height): a picture placed larger is fitted to
    /// the page by the layout anyway, so more pixels than 300 DPI across it are never shown.
    /// </summary>
    public const double LongestSidePoints = 842;

    /// <summary>
    /// The share of its pixels a JPEG must lose for it to be re-encoded (with loss, at quality 90): a quarter or less
    /// is kept, so a photograph is passed through as it is unless it has at least four times the pixels its place
    /// shows (a 12-megapixel photograph at 40 mm is re-encoded; a 720 × 477 one is not).
    /// </summary>
    public const double JpegKeptShare = 0.25;

    /// <summary>The share of its pixels a PNG must lose for it to be scaled down (losslessly): half.</summary>
    public const double PngKeptShare = 0.5;

    /// <summary>
    /// The pixel size to scale a picture of <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/> placed at
    /// <paramref name="widthPoints"/> × <paramref name="heightPoints"/> down to, keeping its aspect ratio; null when it
    /// is kept as it is: a PNG with at most twice the pixels it needs, a JPEG (<paramref name="jpeg"/>) with less than
    /// four times (<see cref="JpegKeptShare"/>), so that a JPEG is re-encoded with loss only when that saves most of it.
    /// </summary>
    public static (int Width, int Height)? Needed(int pixelWidth, int pixelHeight, double widthPoints, double heightPoints, bool jpeg)
    {
        var fit = Math.Min(1, LongestSidePoints / Math.Max(widthPoints, heightPoints));
        var factor = Math.Max(widthPoints * fit * Dpi / 72 / pixelWidth, heightPoints * fit * Dpi / 72 / pixelHeight);
        return factor * factor >= (jpeg ? JpegKeptShare : PngKeptShare)
            ? null
            : (Math.Max(1, (int)Math.Ceiling(pixelWidth * factor)), Math.Max(1, (int)Math.Ceiling(pixelHeight * factor)));
    }

    /// <summary>
    /// Decodes <paramref name="data"/> row by row and returns it at <paramref name="width"/> × <paramref name="height"/>
    /// pixels: a PNG as PNG (lossless), a JPEG as JPEG of quality 90. A PNG is read by <see cref="PngRows"/> (Skia's PNG
    /// codec cannot decode by rows), a JPEG by Skia's scanline decoder; an interlaced PNG or a progressive JPEG, which
    /// their decoders hold whole anyway (their size is bounded by <see cref="Inputs.InputFiles.MaxWholePicturePixels"/>),
    /// is decoded whole first.
    /// </summary>
    /// <exception cref="InvalidDataException">The picture cannot be decoded; the message says why, as a clause.</exception>
    public static byte[] Resample(ReadOnlyMemory<byte> data, int width, int height)
    {
        var jpeg = data.Span[0] == 0xFF;
        if (!jpeg && !Markdown.Conversion.ImagePixelSize.IsReadWhole(data.Span))
        {
            using var png = new PngRows(data.Span);
            using var scaled = Shrink(png.Width, png.Height, png.Opaque, png.Next, width, height);
            return Encode(scaled, jpeg: false);
        }
        using var encoded = SKData.CreateCopy(data.Span);
        using var codec = SKCodec.Create(encoded) ?? throw new InvalidDataException("it cannot be decoded");
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        var source = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, alpha);
        if (Markdown.Conversion.ImagePixelSize.IsReadWhole(data.Span))
        {
            using var whole = new SKBitmap(source);
            if (codec.GetPixels(source, whole.GetPixels()) != SKCodecResult.Success)
            {
                throw new InvalidDataException("it cannot be decoded");
            }
            var next = 0;
            using var fromWhole = Shrink(source.Width, source.Height, alpha == SKAlphaType.Opaque,
                row => whole.GetPixelSpan().Slice(next++ * source.RowBytes, source.Width * 4).CopyTo(row), width, height);
            return Encode(fromWhole, jpeg);
        }
        if (codec.StartScanlineDecode(source) != SKCodecResult.Success || codec.ScanlineOrder != SKCodecScanlineOrder.TopDown)
        {
            throw new InvalidDataException("it cannot be decoded row by row");
        }
        var line = 0;
        using var scaledJpeg = Shrink(source.Width, source.Height, alpha == SKAlphaType.Opaque, row =>
        {
            unsafe
            {
                fixed (byte* pointer = row)
                {
                    if (codec.GetScanlines((IntPtr)pointer, 1, source.RowBytes) != 1)
                    {
                        throw new InvalidDataException($"its row {line + 1} cannot be decoded");
                    }
                }
            }
            line++;
        }, width, height);
        return Encode(scaledJpeg, jpeg);
    }

    /// <summary>Averages the rows <paramref name="next"/> gives (RGBA, 4 bytes a pixel) into a picture of <paramref name="width"/> × <paramref name="height"/> (a box filter).</summary>
    private static SKBitmap Shrink(int sourceWidth, int sourceHeight, bool opaque, RowReader next, int width, int height)
    {
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        var pixels = target.GetPixelSpan();
        var columnOf = new int[sourceWidth];
        var columns = new int[width];
        for (var x = 0; x < sourceWidth; x++)
        {
            columnOf[x] = (int)((long)x * width / sourceWidth);
            columns[columnOf[x]]++;
        }
        var row = new byte[sourceWidth * 4];
        var sums = new long[width * 4];
        var rows = 0;
        var current = 0;
        for (var y = 0; y < sourceHeight; y++)
        {
            next(row);
            var band = (int)((long)y * height / sourceHeight);
            if (band != current)
            {
                Flush(sums, columns, rows, pixels.Slice(current * width * 4, width * 4));
                (current, rows) = (band, 0);
            }
            for (var x = 0; x < sourceWidth; x++)
            {
                var at = columnOf[x] * 4;
                sums[at] += row[x * 4];
                sums[at + 1] += row[x * 4 + 1];
                sums[at + 2] += row[x * 4 + 2];
                sums[at + 3] += row[x * 4 + 3];
            }
            rows++;
        }
        Flush(sums, columns, rows, pixels.Slice(current * width * 4, width * 4));
        return target;
    }

    private static byte[] Encode(SKBitmap bitmap, bool jpeg)
    {
        using var result = bitmap.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, jpeg ? 90 : 100)
            ?? throw new InvalidDataException("it cannot be encoded again at the smaller size");
        return result.ToArray();
    }

    /// <summary>Fills a row of RGBA pixels with the next row of the picture.</summary>
    private delegate void RowReader(Span<byte> row);

    /// <summary>Writes the averages of one band of source rows into a row of the result and clears the sums.</summary>
    private static void Flush(long[] sums, int[] columns, int rows, Span<byte> output)
    {
        for (var tx = 0; tx < columns.Length; tx++)
        {
            var count = (long)columns[tx] * rows;
            for (var c = 0; c < 4; c++)
            {
                var at = tx * 4 + c;
                output[at] = count == 0 ? (byte)0 : (byte)((sums[at] + count / 2) / count);
                sums[at] = 0;
            }
        }
    }
}
