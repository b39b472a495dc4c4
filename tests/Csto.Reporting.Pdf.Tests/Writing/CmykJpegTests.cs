using Csto.Reporting.Pdf.Writing.Document;
using Csto.Reporting.Pdf.Writing.Metadata;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

/// <summary>
/// A CMYK JPEG (Adobe APP14, four components) under PDF/A becomes lossless sRGB samples, since the sRGB output intent
/// does not cover DeviceCMYK (ISO 19005-2, 6.2.4.3); without PDF/A it passes through as DeviceCMYK with Adobe's
/// inverted /Decode.
/// </summary>
public sealed class CmykJpegTests
{
    /// <summary>
    /// An 8 × 8 baseline JPEG made here byte by byte: an Adobe APP14 marker (transform 0: CMYK, stored inverted), four
    /// components of one block each whose coefficients are all zero, so every sample decodes to 128 in every channel.
    /// </summary>
    private static readonly byte[] Cmyk = MakeCmykJpeg();

    [Fact]
    public void Under_pdfa_a_cmyk_jpeg_is_written_as_lossless_srgb_samples_of_its_decoded_colour()
    {
        using (var bitmap = SKBitmap.Decode(Cmyk))
        {
            bitmap.Should().NotBeNull("Skia reads the hand-made CMYK JPEG");
        }
        using var document = PdfDocument.Open(OnePage(PdfArchivalLevel.PdfA2B));
        var image = document.GetPage(1).GetImages().Single();
        image.ImageDictionary.Data["ColorSpace"].Should().BeOfType<NameToken>().Which.Data.Should().Be("DeviceRGB");
        image.ImageDictionary.Data["Filter"].Should().BeOfType<NameToken>().Which.Data.Should().Be("FlateDecode");
        var samples = WritingFixtures.StreamData(new StreamToken(image.ImageDictionary, image.RawBytes.ToArray()));
        samples.Should().HaveCount(8 * 8 * 3);
        // Inverted CMYK 128, 128, 128, 128 is C = M = Y = K = 127/255: a neutral dark grey in RGB.
        samples.Distinct().Should().ContainSingle().Which.Should().BeInRange(40, 90);
        ConformanceSelfCheck.Check(OnePage(PdfArchivalLevel.PdfA2B), 2, "B").Should().BeEmpty();
    }

    [Fact]
    public void Without_pdfa_a_cmyk_jpeg_passes_through_as_device_cmyk()
    {
        using var document = PdfDocument.Open(OnePage(PdfArchivalLevel.None));
        var image = document.GetPage(1).GetImages().Single();
        image.ImageDictionary.Data["ColorSpace"].Should().BeOfType<NameToken>().Which.Data.Should().Be("DeviceCMYK");
        image.RawBytes.ToArray().Should().Equal(Cmyk);
        ((ArrayToken)image.ImageDictionary.Data["Decode"]).Data.Should().HaveCount(8);
    }

    private static byte[] OnePage(PdfArchivalLevel level)
    {
        var writer = new PdfDocumentWriter(WritingFixtures.Information(), level, tagged: false);
        var page = writer.BeginPage(595.28f, 841.89f);
        page.Content.DrawImage(writer.Image(Cmyk, Cmyk), 72, 72, 80, 80);
        writer.EndPage();
        return writer.Finish([], [], []);
    }

    private static byte[] MakeCmykJpeg()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange([0xFF, 0xEE, 0x00, 0x0E, (byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0x00, 0x64, 0, 0, 0, 0, 0]);
        jpeg.AddRange([0xFF, 0xDB, 0x00, 0x43, 0x00]);
        jpeg.AddRange(Enumerable.Repeat((byte)1, 64));
        jpeg.AddRange([0xFF, 0xC0, 0x00, 0x14, 8, 0x00, 0x08, 0x00, 0x08, 4]);
        for (byte component = 1; component <= 4; component++)
        {
            jpeg.AddRange([component, 0x11, 0x00]);
        }
        foreach (var table in new byte[] { 0x00, 0x10 })
        {
            // One symbol (DC difference category 0; AC end of block) with the one-bit code 0.
            jpeg.AddRange([0xFF, 0xC4, 0x00, 0x14, table, 1]);
            jpeg.AddRange(Enumerable.Repeat((byte)0, 15));
            jpeg.Add(0x00);
        }
        jpeg.AddRange([0xFF, 0xDA, 0x00, 0x0E, 4, 1, 0x00, 2, 0x00, 3, 0x00, 4, 0x00, 0, 63, 0]);
        jpeg.Add(0x00); // four blocks of two zero bits each
        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];
    }
}
