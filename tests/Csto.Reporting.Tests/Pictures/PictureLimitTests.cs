using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pictures;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;

namespace Csto.Reporting.Tests.Pictures;

/// <summary>
/// The pixel limits hold for pictures built in C# as for those a Markdown file shows: the renderers' check refuses a
/// picture beyond them before any format is written, naming it by number, size and alternative text; every picture is
/// checked once (the Markdown reader's check is not repeated).
/// </summary>
public sealed class PictureLimitTests
{
    private static ReportDocument WithPicture(Image image) =>
        new(new DocumentMetadata("Карта"), [new Section([new Paragraph([new TextRun("Текст.")]), image])]);

    [Theory]
    [InlineData(ReportFormat.Pdf)]
    [InlineData(ReportFormat.Docx)]
    [InlineData(ReportFormat.Png)]
    public void A_csharp_picture_claiming_30000_by_30000_pixels_is_refused_by_name_in_every_format(ReportFormat format)
    {
        var header = LargePictureTests.Header(30_000, 30_000, interlaced: false);
        var document = WithPicture(new Image(header, 300, 200) { AltText = "План" });

        RenderCheck.Problems(document, RenderOptions.Default, format).Select(p => p.ToString()).Should().Equal(
            $"document «Карта»: Picture 1 of the document (Png, {header.Length} bytes, 300 × 200 pt, «План») is 30000 × 30000 pixels; a picture may have at most 400,000,000 pixels (300 DPI across a whole A4 page is 8.7 million).");
        var act = () => RenderCheck.ThrowIfAny(document, RenderOptions.Default, format);
        act.Should().Throw<Diagnostics.ReportInputException>();
    }

    [Fact]
    public void A_csharp_interlaced_picture_beyond_the_whole_decode_limit_is_refused_and_one_within_both_passes_to_its_integrity()
    {
        var interlaced = WithPicture(new Image(LargePictureTests.Header(8000, 8000, interlaced: true), 100, 100));
        RenderCheck.Problems(interlaced, RenderOptions.Default, ReportFormat.Docx).Should().ContainSingle()
            .Which.Message.Should().Contain("Picture 1 of the document").And.Contain("8000 × 8000 pixels and interlaced").And.Contain("at most 50,000,000 pixels");

        // 7000 × 7000 non-interlaced is within both limits: the header alone is then a damaged picture, not a large one.
        var small = WithPicture(new Image(LargePictureTests.Header(7000, 7000, interlaced: false), 100, 100));
        RenderCheck.Problems(small, RenderOptions.Default, ReportFormat.Docx).Should().ContainSingle()
            .Which.Message.Should().Contain("cannot be decoded").And.NotContain("pixels;");
    }

    [Fact]
    public void A_picture_is_inflated_once_whether_the_markdown_reader_or_the_renderers_check_met_it_first()
    {
        using var png = new MemoryStream();
        using (var bitmap = new SkiaSharp.SKBitmap(300, 200))
        {
            bitmap.Erase(new SkiaSharp.SKColor(20, 120, 60));
            bitmap.Encode(png, SkiaSharp.SKEncodedImageFormat.Png, 100);
        }
        var bytes = png.ToArray();
        var generator = new ReportGenerator(TemplateCatalog.Embedded, []);

        var before = PictureSoundness.ChecksOnThisThread;
        var read = generator.BuildMarkdownDocument("---\ntitle: Карта\n---\n\n![План](p.png)\n", "p.md", _ => bytes.ToArray());
        RenderCheck.Problems(read, RenderOptions.Default, ReportFormat.Pdf).Should().BeEmpty();
        RenderCheck.Problems(read, RenderOptions.Default, ReportFormat.Docx).Should().BeEmpty();
        (PictureSoundness.ChecksOnThisThread - before).Should().Be(0, "the reader checked the picture and recorded it");

        var built = WithPicture(new Image(bytes.ToArray(), 225, 150) { AltText = "План" });
        RenderCheck.Problems(built, RenderOptions.Default, ReportFormat.Pdf).Should().BeEmpty();
        var copy = built with { Metadata = new DocumentMetadata("Копия") };
        RenderCheck.Problems(copy, RenderOptions.Default, ReportFormat.Docx).Should().BeEmpty();
        (PictureSoundness.ChecksOnThisThread - before).Should().Be(1, "a picture built in C# is checked the first time only");
    }
}
