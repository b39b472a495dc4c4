using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// Opens our DOCX in a real word processor: headless LibreOffice converts it to PDF. Fails (does not skip) when
/// LibreOffice is missing: CI installs it from .ci/apt-packages.
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class LibreOfficeTests
{
    [Theory]
    [InlineData("gost")]
    [InlineData("modern")]
    public async Task LibreOffice_converts_the_showcase(string theme)
    {
        var docx = await DocxRendering.RenderAsync(TestDocuments.Showcase(), BuiltInThemes.ByName(theme));

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, $"showcase-{theme}");

        using var document = PdfDocument.Open(pdf);
        // Title page, contents and text, the appendix (after the signature block's page break), the landscape section.
        document.NumberOfPages.Should().BeInRange(4, 6);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        text.Should().Contain("Общие положения").And.Contain("Тасмагамбетов").And.Contain("Вторая сноска");
        document.GetPage(document.NumberOfPages).Width.Should().BeGreaterThan(document.GetPage(1).Width, "the last section is landscape");
    }

    [Fact]
    public async Task LibreOffice_lays_the_benchmark_report_out_within_ten_percent_of_our_pdf_pages()
    {
        var markdown = await File.ReadAllTextAsync(BenchInput.ReportPath);
        var tree = MarkdownDocumentReader.ReadFile(markdown, "report.md");
        var docx = await DocxRendering.RenderAsync(tree);
        var ours = new PdfLayoutLocator().CountPages(tree, RenderOptions.Default);

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, "report");

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.Should().BeInRange((int)Math.Floor(ours * 0.9), (int)Math.Ceiling(ours * 1.1),
            $"our PDF layout has {ours} pages and LibreOffice laid the DOCX out on {document.NumberOfPages}");
    }
}
