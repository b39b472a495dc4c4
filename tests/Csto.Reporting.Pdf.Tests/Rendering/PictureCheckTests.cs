using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Layout;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>A picture is checked from its bytes before layout places it; the writers alone decode it.</summary>
public sealed class PictureCheckTests
{
    private static InputProblem Problem(string message) => new("test", message);

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(4, 3);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void A_whole_picture_passes()
    {
        var act = () => PictureCheck.Ensure(new Image(Png(), 40, 30), Problem);
        act.Should().NotThrow();
    }

    [Fact]
    public void A_damaged_image_is_an_input_error_naming_it()
    {
        byte[] damaged = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5];
        var act = () => PictureCheck.Ensure(new Image(damaged, 10, 10) { AltText = "Схема" }, Problem);
        act.Should().Throw<ReportInputException>().WithMessage("*«Схема»*cannot be decoded*");
    }

    [Fact]
    public void A_picture_whose_data_is_cut_short_after_a_whole_header_is_an_input_error_before_any_page_is_written()
    {
        // The header (and so the size) is whole: only the image data is cut, which a lazy decoder would find while
        // drawing the page, after earlier pages were written.
        var png = Png();
        var cut = png.AsSpan(0, png.Length - 20).ToArray();
        var document = new ReportDocument(new DocumentMetadata("Рисунок") { Date = TestSupport.Samples.Date },
            [new Section([new Paragraph([new TextRun("Текст.")]), new Image(cut, 200, 150) { AltText = "Схема" }])]);
        var act = () => new PdfReportRenderer().Render(document, RenderOptions());
        act.Should().Throw<ReportInputException>().WithMessage("*«Схема»*cannot be decoded*");
    }

    [Fact]
    public async Task A_document_with_an_image_and_a_toc_renders_the_same_in_pdf_and_png_each_time()
    {
        var document = new ReportDocument(new DocumentMetadata("Рисунок") { Date = TestSupport.Samples.Date },
        [
            new Section([new TableOfContents("Содержание"), new Heading(1, [new TextRun("Схема")], "scheme"), new Image(Png(), 200, 150) { AltText = "Схема" }]),
        ]);
        var pdf = new PdfReportRenderer();
        pdf.Render(document, RenderOptions()).Should().Equal(pdf.Render(document, RenderOptions()));
        var png = new PngReportRenderer();
        var pages = await png.RenderPagesAsync(document, RenderOptions());
        pages.Should().ContainSingle();
        using var decoded = SKBitmap.Decode(pages[0]);
        decoded.Pixels.Count(p => p == SKColors.SteelBlue).Should().BeGreaterThan(150 * 100, "the 200×150 pt image is drawn");
    }

    private static Csto.Reporting.Rendering.RenderOptions RenderOptions() => new() { PngDpi = 72 };
}
