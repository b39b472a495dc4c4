using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Layout;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>An image is parsed once per rendering, whatever the number of layout passes and draws.</summary>
public sealed class ImageCacheTests
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
    public void The_same_block_gives_the_same_image_and_an_equal_block_another()
    {
        var bytes = Png();
        var block = new Image(bytes, 40, 30);
        var twin = new Image(bytes, 40, 30);
        using var cache = new ImageCache();
        var first = cache.Get(block, Problem);
        cache.Get(block, Problem).Should().BeSameAs(first);
        cache.Get(twin, Problem).Should().NotBeSameAs(first, "images are keyed by block instance, not by value");
        first.Width.Should().Be(4);
        first.Height.Should().Be(3);
    }

    [Fact]
    public void A_damaged_image_is_an_input_error_naming_it()
    {
        byte[] damaged = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5];
        using var cache = new ImageCache();
        var act = () => cache.Get(new Image(damaged, 10, 10) { AltText = "Схема" }, Problem);
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
        decoded.Pixels.Count(p => p == SKColors.SteelBlue).Should().BeGreaterThan(150 * 100, "the 200×150 pt image is drawn from the cached Skia image");
    }

    private static Csto.Reporting.Rendering.RenderOptions RenderOptions() => new() { PngDpi = 72 };
}
