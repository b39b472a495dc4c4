using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Docx.Tests;

/// <summary>Bad arguments to the renderers are named by the exception and detected before any work.</summary>
public sealed class RendererArgumentTests
{
    public static TheoryData<string> Renderers() => new() { "pdf", "docx" };

    [Fact]
    public void Options_without_a_theme_are_rejected_naming_the_theme()
    {
        var act = () => RenderOptions.Default with { Theme = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Theme");
    }

    [Theory]
    [MemberData(nameof(Renderers))]
    public async Task A_disposed_output_stream_is_reported_as_disposed(string format)
    {
        var stream = new MemoryStream();
        await stream.DisposeAsync();

        var act = () => Renderer(format).RenderAsync(TestDocuments.Minimal(), RenderOptions.Default, stream);

        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Theory]
    [MemberData(nameof(Renderers))]
    public async Task A_read_only_output_stream_is_an_argument_error(string format)
    {
        using var stream = new MemoryStream([1, 2, 3], writable: false);

        var act = () => Renderer(format).RenderAsync(TestDocuments.Minimal(), RenderOptions.Default, stream);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("output");
    }

    [Fact]
    public async Task A_png_page_callback_returning_null_is_named_with_the_page()
    {
        var opened = new List<int>();

        var act = () => new PngReportRenderer().RenderPagesAsync(TestDocuments.Minimal(), new RenderOptions { PngDpi = 12 }, page =>
        {
            opened.Add(page);
            return null!;
        });

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*openPage*returned null for page 1*");
        opened.Should().Equal([1], "rendering stops at the first page the caller could not take");
    }

    private static IReportRenderer Renderer(string format) => format == "pdf" ? new PdfReportRenderer() : new DocxReportRenderer();
}
