using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Inputs;
using Csto.Reporting.Markdown;
using Csto.Reporting.Pdf.Tests.TestSupport;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.Rendering;

/// <summary>Layout problems about a block name the block's line and column in the input the author wrote.</summary>
public sealed class BlockPositionTests
{
    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(4, 12);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// A table whose header row is a third of a page tall and whose body row holds a picture of 85 % of the text area
    /// (the most a picture takes): on the page that continues the table, the repeated header and the picture fit no page.
    /// </summary>
    private static ReportDocument TallRow(bool authorsText)
    {
        var page = PageSetup.A4Gost;
        var picture = new Image(Png(), page.ContentHeight / 3, page.ContentHeight) { AltText = "Схема" };
        var header = new TableCell(Enumerable.Range(1, 16).Select(i => (Block)new Paragraph($"Строка заголовка {i}")).ToList());
        var table = new Table([new TableColumn()], [new TableRow([header]), new TableRow([new TableCell([picture])])]) { HeaderRowCount = 1 };
        var positions = new BlockPositions();
        positions.Add(table, 12, 3);
        return new ReportDocument(new DocumentMetadata("Высокая строка") { Date = Samples.Date }, [new Section([new Paragraph("Текст."), table])])
        {
            Source = new DocumentSource("tall.md", () => string.Empty, null, AuthorsText: authorsText),
            Positions = positions,
        };
    }

    [Fact]
    public void A_block_taller_than_the_page_is_reported_at_its_line_and_column_in_the_authors_file()
    {
        var document = TallRow(authorsText: true);
        var act = () => new PdfReportRenderer().Render(document, Render.Options(document));
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Message.Should().Contain("would be cut off");
        (problem.Source, problem.Line, problem.Column).Should().Be(("tall.md", 12, 3));
    }

    /// <summary>
    /// A Markdown table whose header row is long and whose body row holds a picture 400 mm tall beside a short text:
    /// the row splits (its text fits the first page), and the picture under the repeated header fits no page.
    /// </summary>
    internal static ReportDocument MarkdownTallPicture()
    {
        var header = string.Join(" ", Enumerable.Repeat("Заголовок столбца с длинным описанием схемы", 12));
        var markdown = "---\ntitle: Высокая строка\n---\n\nТекст перед таблицей.\n\n| Схема | " + header + " |\n|---|---|\n| ![Схема района](tall.svg) | Описание схемы |\n";
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20mm\" height=\"400mm\" viewBox=\"0 0 20 400\"><rect width=\"20\" height=\"400\" fill=\"#4682b4\"/></svg>";
        var document = MarkdownDocumentReader.ReadFile(markdown, "tall.md", _ => System.Text.Encoding.UTF8.GetBytes(svg));
        return Typography.Typographer.Apply(document, Typography.TypographyOptions.All)
            with { Source = new DocumentSource("tall.md", () => markdown, null, AuthorsText: true) };
    }

    [Fact]
    public void A_markdown_table_row_with_a_picture_that_fits_no_page_is_reported_at_the_tables_line_by_the_pdf_and_by_the_layout_alone()
    {
        var document = MarkdownTallPicture();
        var options = Render.Options(document);
        var pdf = () => new PdfReportRenderer().Render(document, options);
        var drawn = pdf.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        drawn.Message.Should().Contain("would be cut off").And.Contain("Схема");
        (drawn.Source, drawn.Line, drawn.Column).Should().Be(("tall.md", 7, 1), "the table starts at line 7 of the file");

        // Validation (csto-reports validate) and the DOCX's column widths run the counting pass only: it finds the same problem.
        var counted = () => new PdfLayoutLocator().CountPages(MarkdownTallPicture(), options);
        counted.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Which.Should().Be(drawn);
    }

    [Fact]
    public void A_block_of_generated_markdown_is_reported_without_a_position_in_text_the_author_did_not_write()
    {
        var document = TallRow(authorsText: false);
        var act = () => new PdfReportRenderer().Render(document, Render.Options(document));
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().BeNull();
    }

    [Fact]
    public void A_table_read_from_markdown_equals_the_same_table_built_in_code_and_keeps_its_position_through_typography()
    {
        ReportDocument Read(string before)
        {
            var markdown = "---\ntitle: Т\n---\n\n" + before + "Текст.\n\n| А | Б |\n|---|---|\n| 1 | 2 |\n";
            return Typography.Typographer.Apply(MarkdownDocumentReader.ReadFile(markdown, "t.md"), Typography.TypographyOptions.All)
                with { Source = new DocumentSource("t.md", () => markdown, null, AuthorsText: true) };
        }
        var first = Read(string.Empty);
        var second = Read("Вступление.\n\n");
        var (a, b) = (first.Sections[0].Blocks.OfType<Table>().Single(), second.Sections[0].Blocks.OfType<Table>().Single());
        // The same table built in code from the parts read (the tree's lists compare by instance).
        var built = new Table(a.Columns, a.Rows) { HeaderRowCount = a.HeaderRowCount, Caption = a.Caption };
        a.Should().Be(built, "the position is not part of a table's value");
        a.GetHashCode().Should().Be(built.GetHashCode());
        first.PositionOf(a).Should().Be((7, 1));
        second.PositionOf(b).Should().Be((9, 1));
        first.PositionOf(b).Should().BeNull("a table of another document has no position in this one");
        first.PositionOf(built).Should().BeNull("a table built in code has none");
    }
}
