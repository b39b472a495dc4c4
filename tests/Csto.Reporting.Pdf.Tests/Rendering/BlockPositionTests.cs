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

    /// <summary>A table whose only row holds a picture as tall as the text area: with the cell padding it fits no page.</summary>
    private static (ReportDocument Document, Table Table) TallRow(bool authorsText)
    {
        var page = PageSetup.A4Gost;
        var picture = new Image(Png(), page.ContentHeight / 3, page.ContentHeight) { AltText = "Схема" };
        var table = new Table([new TableColumn()], [new TableRow([new TableCell([picture])])]);
        var positions = new BlockPositions();
        positions.Add(table, 12, 3);
        var document = new ReportDocument(new DocumentMetadata("Высокая строка") { Date = Samples.Date }, [new Section([new Paragraph("Текст."), table])])
        {
            Source = new DocumentSource("tall.md", () => string.Empty, null, AuthorsText: authorsText),
            Positions = positions,
        };
        return (document, table);
    }

    [Fact]
    public void A_block_taller_than_the_page_is_reported_at_its_line_and_column_in_the_authors_file()
    {
        var (document, _) = TallRow(authorsText: true);
        var act = () => new PdfReportRenderer().Render(document, Render.Options(document));
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Message.Should().Contain("would be cut off");
        (problem.Source, problem.Line, problem.Column).Should().Be(("tall.md", 12, 3));
    }

    [Fact]
    public void A_block_of_generated_markdown_is_reported_without_a_position_in_text_the_author_did_not_write()
    {
        var (document, _) = TallRow(authorsText: false);
        var act = () => new PdfReportRenderer().Render(document, Render.Options(document));
        var problem = act.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().BeNull();
    }

    [Fact]
    public void A_table_read_from_markdown_equals_the_same_table_built_in_code_and_keeps_its_position_through_typography()
    {
        const string Markdown = "---\ntitle: Т\n---\n\nТекст.\n\n| А | Б |\n|---|---|\n| 1 | 2 |\n";
        var document = Typography.Typographer.Apply(MarkdownDocumentReader.ReadFile(Markdown, "t.md"), Typography.TypographyOptions.All)
            with { Source = new DocumentSource("t.md", () => Markdown, null, AuthorsText: true) };
        var read = document.Sections.SelectMany(s => s.Blocks).OfType<Table>().Single();
        var built = new Table([new TableColumn(), new TableColumn()],
            [new TableRow([new TableCell("А"), new TableCell("Б")]), new TableRow([new TableCell("1"), new TableCell("2")])]) { HeaderRowCount = 1 };
        read.Should().Be(built);
        read.GetHashCode().Should().Be(built.GetHashCode());
        document.PositionOf(read).Should().Be((7, 1));
        document.PositionOf(built).Should().BeNull("an equal table built in code has no position");
    }
}
