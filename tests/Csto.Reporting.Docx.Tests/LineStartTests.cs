using Csto.Domain;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Documents;
using Csto.Reporting.Generation;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Reporting.Typography;
using NodaTime;
using UglyToad.PdfPig;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// A line after a forced line break starts at its first character whatever brought the text (issue 15): CommonMark
/// drops the spaces from Markdown, and a printed value of a template or a paragraph built in C# keeps them in the tree,
/// which the PDF's line breaker discards and the DOCX now leaves out too.
/// </summary>
public sealed class LineStartTests
{
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, [], new ReportGeneratorOptions { Typography = TypographyOptions.None });

    [Fact]
    public async Task A_csharp_paragraph_s_line_after_a_break_starts_at_its_word_in_the_pdf_and_the_docx()
    {
        var document = new ReportDocument(new DocumentMetadata("Строки"),
            [new Section([new Paragraph([new TextRun("Первая"), LineBreak.Instance, new TextRun("    вторая")], ParagraphStyle.Plain)])]);

        var docx = DocxInspection.PlainText(await DocxRendering.RenderAsync(document));
        docx.Should().Contain("Первая⏎вторая").And.NotContain("⏎ ");

        using var pdf = PdfDocument.Open(new PdfReportRenderer().Render(document, RenderOptions.Default));
        var words = pdf.GetPage(1).GetWords().ToList();
        var first = words.Single(w => w.Text == "Первая");
        var second = words.Single(w => w.Text == "вторая");
        second.BoundingBox.Left.Should().BeApproximately(first.BoundingBox.Left, 0.5, "the PDF discards the spaces after the break");
        second.BoundingBox.Bottom.Should().BeLessThan(first.BoundingBox.Bottom, "the break starts a new line");
    }

    [Fact]
    public async Task A_printed_value_s_line_after_a_line_end_starts_at_its_word_in_the_docx()
    {
        var statement = new Csto.Domain.Documents.Statement("Заявление", "csc", new LocalDate(2025, 11, 27), paragraphs: ["Первая\n    вторая\n\u2003третья"]);
        var document = Generator.BuildDocument("statement", statement);

        var docx = DocxInspection.PlainText(await DocxRendering.RenderAsync(document));

        docx.Should().Contain("Первая⏎вторая⏎третья");
    }
}
