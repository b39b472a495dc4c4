using Csto.Reporting.Diagnostics;
using Csto.Reporting.Docx.Tests.Support;
using Csto.Reporting.Generation;
using Csto.Reporting.Inputs;
using Csto.Reporting.Pdf;
using Csto.Reporting.Rendering;
using Csto.Reporting.Templates;
using Csto.Testing;

namespace Csto.Reporting.Docx.Tests;

/// <summary>
/// The DOCX renderer runs the same check before writing as the PDF and PNG renderers (<see cref="RenderCheck"/>):
/// every character the theme's fonts cannot set, at its line and column or property path, nothing written; a picture
/// without alternative text is no DOCX problem.
/// </summary>
[Collection(PdfLayoutCollection.Name)]
public sealed class RenderCheckTests
{
    private static readonly PdfLayoutLocator Layout = new();
    private static readonly ReportGenerator Generator = new(TemplateCatalog.Embedded, [new DocxReportRenderer(Layout, Layout), new PdfReportRenderer()]);

    [Fact]
    public async Task A_markdown_document_lists_every_character_at_its_place_and_writes_no_byte()
    {
        var document = Generator.BuildMarkdownDocument("---\ntitle: Проверка\n---\n\n# Раздел\n\nТекст שלום.\n\nЕщё 中 и ещё 中.\n", "check.md");
        using var output = new MemoryStream();
        var render = () => Generator.RenderAsync(document, ReportFormat.Docx, output);
        var problems = (await render.Should().ThrowAsync<ReportInputException>()).Which.Problems;
        problems.Select(p => p.ToString()[..Math.Min(p.ToString().Length, 28)]).Should().Equal(
            "check.md:7:7: U+05E9 'ש': ri", "check.md:7:8: U+05DC 'ל': ri", "check.md:7:9: U+05D5 'ו': ri", "check.md:7:10: U+05DD 'ם': r",
            "check.md:9:5: U+4E2D '中': no", "check.md:9:13: U+4E2D '中': n");
        output.Length.Should().Be(0);
    }

    [Fact]
    public void A_picture_without_alt_text_is_no_docx_problem_but_is_one_for_the_tagged_pdf_of_the_same_document()
    {
        var document = Generator.BuildMarkdownDocument("---\ntitle: Проверка\n---\n\n# Раздел\n\n![](p.svg)\n", "pic.md",
            _ => File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleData, "emblem.svg")));
        using var docx = new MemoryStream();
        Generator.Render(document, ReportFormat.Docx, docx);
        docx.Length.Should().BeGreaterThan(1000);
        var pdf = () => Generator.Render(document, ReportFormat.Pdf, Stream.Null);
        var problem = pdf.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Which;
        problem.ToString().Should().StartWith("pic.md:7:1: The picture has no alternative text");
    }

    [Fact]
    public void A_data_file_names_the_line_column_and_property_and_a_bare_record_the_property()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "minsk-conference-2025.json"));
        var at = json.IndexOf("Международная военно-научная", StringComparison.Ordinal);
        at.Should().BePositive("the sample has a headline");
        var located = DataFileReader.ReadLocated(json.Insert(at, "中"), "wg.json");
        var line = json[..at].Count(c => c == '\n') + 1;
        var column = at - json.LastIndexOf('\n', at);

        var fromFile = () => Generator.Render(Generator.BuildDocument(located), ReportFormat.Docx, Stream.Null);
        var problem = fromFile.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Which;
        problem.Source.Should().Be("wg.json");
        problem.Line.Should().Be(line);
        problem.Column.Should().Be(column);
        problem.Path.Should().Be("$.record.headline");

        var template = located.File.Template ?? throw new InvalidOperationException("The sample names its template.");
        var fromRecord = () => Generator.Render(template, located.File.Record, ReportFormat.Docx, Stream.Null);
        var bare = fromRecord.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Which;
        bare.Line.Should().BeNull();
        bare.Path.Should().Be(problem.Path);
        bare.Source.Should().StartWith("record");
    }
}
