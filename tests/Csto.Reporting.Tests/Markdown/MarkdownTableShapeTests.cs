using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;

namespace Csto.Reporting.Tests.Markdown;

public sealed class MarkdownTableShapeTests
{
    [Fact]
    public void Short_rows_are_padded_with_empty_cells()
    {
        var table = (Table)MarkdownReaderBlockTests.Blocks("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 |").Single();
        table.Columns.Should().HaveCount(3);
        table.Rows.Select(r => r.Cells.Count).Should().Equal(3, 3, 3);
        table.Rows[1].Cells[1].Blocks.Should().BeEmpty();
    }

    [Fact]
    public void A_row_with_too_many_cells_is_reported_at_its_line()
    {
        var read = () => MarkdownDocumentReader.Read("Абзац\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |\n", new MarkdownReadOptions
        {
            SourceName = "report.md",
            Metadata = new DocumentMetadata("Доклад"),
        });
        var problem = read.Should().Throw<ReportInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(6);
        problem.Message.Should().Contain("3 cells").And.Contain("2 columns");
    }
}
