using System.Buffers.Binary;
using Csto.Reporting.Pdf.Writing.Syntax;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Writing.Images;

/// <summary>
/// A picture as an image XObject (ISO 32000-1 §8.9.5), never re-encoded with loss: a JPEG file is passed through
/// as it is (/DCTDecode, its size and colour space read from its frame header); any other format Skia decodes
/// (PNG, GIF, WebP, BMP) becomes 8-bit DeviceRGB samples, Flate-compressed, with its alpha as a DeviceGray soft
/// mask (/SMask) when any pixel is not opaque. Under PDF/A, whose sRGB output intent covers only RGB device colour
/// (ISO 19005-2, 6.2.4.3), a CMYK JPEG is decoded to sRGB by Skia (Adobe's inverted CMYK included) and written
/// losslessly like a PNG instead of passed through as DeviceCMYK.
/// </summary>
internal sealed class PdfImage
{
    private readonly byte[] encoded;

    private PdfImage(byte[] encoded, PdfReference reference, string resourceName, int width, int height, bool passThrough)
    {
        this.encoded = encoded;
        IsJpeg = passThrough;
        Reference = reference;
        ResourceName = resourceName;
        PixelWidth = width;
        PixelHeight = height;
    }

    /// <summary>The image XObject's object.</summary>
    public PdfReference Reference { get; }

    /// <summary>The name pages refer to it by in their /XObject resources, such as <c>Im1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>Width in pixels.</summary>
    public int PixelWidth { get; }

    /// <summary>Height in pixels.</summary>
    public int PixelHeight { get; }

    /// <summary>Whether the file is a JPEG passed through as it is.</summary>
    public bool IsJpeg { get; }

    /// <summary>Reads an image's size; the pixels are decoded only when written.</summary>
    /// <param name="encoded">The picture file.</param>
    /// <param name="reference">The image XObject's object.</param>
    /// <param name="resourceName">Its resource name.</param>
    /// <param name="rgbOnly">Whether only RGB device colour may be written (PDF/A with its sRGB output intent): a CMYK JPEG is then converted to sRGB.</param>
    /// <exception cref="InvalidDataException">The bytes are not an image this writer can read.</exception>
    public static PdfImage Create(byte[] encoded, PdfReference reference, string resourceName, bool rgbOnly = false)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (IsJpegData(encoded))
        {
            var frame = JpegFrame.Read(encoded);
            if (!rgbOnly || frame.ColorSpace != "DeviceCMYK")
            {
                return new PdfImage(encoded, reference, resourceName, frame.Width, frame.Height, passThrough: true);
            }
        }
        using var codec = SKCodec.Create(new SKMemoryStream(encoded))
            ?? throw new InvalidDataException("The picture is neither a JPEG nor a format Skia can decode.");
        return new PdfImage(encoded, reference, resourceName, codec.Info.Width, codec.Info.Height, passThrough: false);
    }

    /// <summary>Writes the image (and its soft mask).</summary>
    public void Write(PdfFileWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (IsJpeg)
        {
            var frame = JpegFrame.Read(encoded);
            writer.WriteEncodedStream(Reference, encoded, "DCTDecode", output =>
            {
                ImageEntries(output, frame.ColorSpace, frame.BitsPerComponent);
                if (frame.InvertedCmyk)
                {
                    output.Key("Decode").Raw("[1 0 1 0 1 0 1 0]");
                }
            });
            return;
        }
        var (rgb, alpha) = Decode();
        PdfReference? mask = null;
        if (alpha is not null)
        {
            mask = writer.AddStream(alpha, output => ImageEntries(output, "DeviceGray", 8));
        }
        writer.WriteStream(Reference, rgb, output =>
        {
            ImageEntries(output, "DeviceRGB", 8);
            if (mask is { } maskReference)
            {
                output.Key("SMask").Reference(maskReference);
            }
        });
    }

    private void ImageEntries(PdfOutput output, string colorSpace, int bits) =>
        output.Key("Type").Name("XObject").Key("Subtype").Name("Image").Key("Width").Integer(PixelWidth)
            .Key("Height").Integer(PixelHeight).Key("ColorSpace").Name(colorSpace).Key("BitsPerComponent").Integer(bits);

    private (byte[] Rgb, byte[]? Alpha) Decode()
    {
        var info = new SKImageInfo(PixelWidth, PixelHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        using (var codec = SKCodec.Create(new SKMemoryStream(encoded))
            ?? throw new InvalidDataException("The picture can no longer be decoded."))
        {
            var result = codec.GetPixels(info, bitmap.GetPixels());
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                throw new InvalidDataException($"The picture could not be decoded: {result}.");
            }
        }
        var pixels = bitmap.GetPixelSpan();
        var count = PixelWidth * PixelHeight;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var opaque = true;
        for (var i = 0; i < count; i++)
        {
            rgb[3 * i] = pixels[4 * i];
            rgb[(3 * i) + 1] = pixels[(4 * i) + 1];
            rgb[(3 * i) + 2] = pixels[(4 * i) + 2];
            alpha[i] = pixels[(4 * i) + 3];
            opaque &= alpha[i] == 255;
        }
        return (rgb, opaque ? null : alpha);
    }

    private static bool IsJpegData(byte[] data) => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    /// <summary>What a JPEG's start-of-frame segment says (ITU T.81 §B.2.2) and whether Adobe's APP14 marks inverted CMYK.</summary>
    private readonly record struct JpegFrame(int Width, int Height, int BitsPerComponent, string ColorSpace, bool InvertedCmyk)
    {
        public static JpegFrame Read(ReadOnlySpan<byte> data)
        {
            var adobe = false;
            var at = 2;
            while (at + 4 <= data.Length)
            {
                if (data[at] != 0xFF)
                {
                    throw new InvalidDataException($"The JPEG has no marker at byte {at}.");
                }
                var marker = data[at + 1];
                if (marker == 0xFF)
                {
                    at++;
                    continue;
                }
                var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
                if (marker == 0xEE && length >= 7 && data.Slice(at + 4, 5).SequenceEqual("Adobe"u8))
                {
                    adobe = true;
                }
                var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
                if (isFrame && at + 10 <= data.Length)
                {
                    var bits = data[at + 4];
                    var height = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]);
                    var width = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]);
                    var components = data[at + 9];
                    var space = components switch
                    {
                        1 => "DeviceGray",
                        3 => "DeviceRGB",
                        4 => "DeviceCMYK",
                        _ => throw new InvalidDataException($"The JPEG has {components} colour components; 1, 3 or 4 are supported."),
                    };
                    if (width == 0 || height == 0)
                    {
                        throw new InvalidDataException("The JPEG's frame header gives no size.");
                    }
                    return new JpegFrame(width, height, bits, space, adobe && components == 4);
                }
                at += 2 + length;
            }
            throw new InvalidDataException("The JPEG has no start-of-frame segment.");
        }
    }
}
