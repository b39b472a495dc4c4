using System.Buffers.Binary;
using System.IO.Compression;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using Csto.Reporting.Markdown.Conversion;
using SkiaSharp;

namespace Csto.Reporting.Tests.Pictures;

/// <summary>
/// A picture with far more pixels than its place needs is scaled down once, when the Markdown is read, to 300 DPI at
/// its placed size, decoded one row at a time; absurd sizes and large pictures that must be decoded whole are refused.
/// </summary>
public sealed class LargePictureTests
{
    private static ReportDocument Read(string markdown, byte[] picture) => MarkdownDocumentReader.Read(markdown, new MarkdownReadOptions
    {
        Metadata = new DocumentMetadata("Карта"),
        ImageLoader = _ => picture,
    });

    [Fact]
    public void An_8000_pixel_square_png_becomes_300_dpi_at_its_width_without_being_decoded_whole()
    {
        var png = HalvesPng(8000, 8000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = Read("![Карта](map.png){width=120mm}", png);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var image = (Image)document.Sections[0].Blocks.Single();
        image.WidthPoints.Should().BeApproximately(Length.FromMillimetres(120), 1e-9);
        // 120 mm = 340.16 pt = 4.72 in; at 300 DPI 1 417.3 pixels, rounded up.
        ImagePixelSize.Read(image.Data.Span).Should().Be((1418, 1418));
        // Decoded whole the picture is 8000 × 8000 × 4 bytes = 256 MB; row by row the reader allocates a few rows.
        allocated.Should().BeLessThan(24L << 20);
        using var result = SKBitmap.Decode(image.Data.ToArray());
        result.GetPixel(5, 700).Should().Be(new SKColor(200, 30, 30));
        result.GetPixel(1412, 700).Should().Be(new SKColor(30, 30, 200));
        result.GetPixel(708, 700).Red.Should().BeInRange(30, 200, "the column straddling the halves averages them");
    }

    [Fact]
    public void A_picture_with_few_more_pixels_than_needed_is_kept_byte_for_byte()
    {
        var png = HalvesPng(600, 400);
        var image = (Image)Read("![Схема](s.png){width=50mm}", png).Sections[0].Blocks.Single();
        // 50 mm at 300 DPI is 591 pixels: 600 is not twice too many.
        image.Data.ToArray().Should().Equal(png);
    }

    [Fact]
    public void A_jpeg_is_passed_through_unless_it_has_four_times_the_pixels_its_place_shows()
    {
        // 40 mm at 300 DPI is 472.4 pixels: a 720 × 477 photograph has 2.3 times the pixels needed (kept as it is,
        // never re-encoded with loss); a 2 000 × 1 325 one has 17.9 times (re-encoded at 473 pixels wide).
        var small = Jpeg(720, 477);
        var kept = (Image)Read("![Фото](p.jpg){width=40mm}", small).Sections[0].Blocks.Single();
        kept.Data.ToArray().Should().Equal(small);
        var large = Jpeg(2000, 1325);
        var scaled = (Image)Read("![Фото](p.jpg){width=40mm}", large).Sections[0].Blocks.Single();
        ImagePixelSize.Read(scaled.Data.Span).Should().Be((473, 313));
        scaled.Data.Span[0].Should().Be(0xFF, "a JPEG stays a JPEG");
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(40, 90, 160));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    [Fact]
    public void Beyond_the_hard_limit_and_large_interlaced_pictures_are_refused_at_their_line()
    {
        var absurd = () => Read("Текст.\n\n![План](huge.png)\n", Header(20_001, 20_001, interlaced: false));
        absurd.Should().Throw<Diagnostics.ReportInputException>().Which.Problems.Single().ToString()
            .Should().Contain(":3:1: The image 'huge.png' is 20001 × 20001 pixels; a picture may have at most 400,000,000 pixels");
        var interlaced = () => Read("![План](i.png)", Header(8000, 8000, interlaced: true));
        interlaced.Should().Throw<Diagnostics.ReportInputException>().Which.Problems.Single().Message
            .Should().Contain("8000 × 8000 pixels and interlaced").And.Contain("at most 50,000,000 pixels");
    }

    /// <summary>An RGB PNG, left half (200, 30, 30), right half (30, 30, 200), written a row at a time.</summary>
    private static byte[] HalvesPng(int width, int height)
    {
        var row = new byte[1 + width * 3];
        for (var x = 0; x < width; x++)
        {
            var left = x < width / 2;
            (row[1 + x * 3], row[2 + x * 3], row[3 + x * 3]) = left ? ((byte)200, (byte)30, (byte)30) : ((byte)30, (byte)30, (byte)200);
        }
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", Ihdr(width, height, interlaced: false));
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A PNG signature and header chunk only (the size limits are checked before the data).</summary>
    internal static byte[] Header(int width, int height, bool interlaced)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", Ihdr(width, height, interlaced));
        return png.ToArray();
    }

    private static byte[] Ihdr(int width, int height, bool interlaced)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        (ihdr[8], ihdr[9], ihdr[12]) = (8, 2, (byte)(interlaced ? 1 : 0));
        return ihdr;
    }

    private static void Chunk(Stream png, string type, byte[] body)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        png.Write(number);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(body).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typed));
        png.Write(number);
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309, as zlib computes it).</summary>
    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
