using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>
/// Whatever text has a character no bundled font draws, every renderer reports it as an input error: the renderers'
/// check before writing (<see cref="RenderCheck"/>), and the layout's own refusal for a caller that lays out directly.
/// </summary>
public sealed class MissingGlyphTests
{
    private static ReportDocument WithRunningHeader(string header) =>
        new(new DocumentMetadata("Заголовок"), [new Section([new Paragraph("Текст первой страницы."), new PageBreak(), new Paragraph("Текст второй страницы.")]) { RunningHeader = header }]);

    private static ReportDocument WithTocTitle(string title) =>
        new(new DocumentMetadata("Оглавление"), [new Section([new TableOfContents(title), new Heading(1, [new TextRun("Введение")], "vvedenie"), new Paragraph("Текст.")])]);

    public static TheoryData<string, string> Texts => new()
    {
        { "Обзор \U0001F600 событий", "U+1F600" },
        { "Обзор 中 событий", "U+4E2D" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_running_header_with_an_undrawable_character_is_an_input_error(string header, string codepoint)
    {
        var document = WithRunningHeader(header);
        var pdf = () => new PdfReportRenderer().Render(document, RenderOptions.Default);
        pdf.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Which.Message.Should().StartWith(codepoint + " ");
        var png = () => new PngReportRenderer().RenderPagesAsync(document, RenderOptions.Default);
        await png.Should().ThrowAsync<ReportInputException>().WithMessage($"*{codepoint}*");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_toc_title_with_an_undrawable_character_is_an_input_error(string title, string codepoint)
    {
        var document = WithTocTitle(title);
        var pdf = () => new PdfReportRenderer().Render(document, RenderOptions.Default);
        pdf.Should().Throw<ReportInputException>().WithMessage($"*{codepoint} *");
        var locate = () => new PdfLayoutLocator().CountPages(document, RenderOptions.Default);
        locate.Should().Throw<ReportInputException>().WithMessage($"*{codepoint}*«{title}»*");
    }
}
