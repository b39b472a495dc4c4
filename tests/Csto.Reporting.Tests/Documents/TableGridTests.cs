using Csto.Reporting.Documents;
using Csto.Reporting.Documents.Builder;

namespace Csto.Reporting.Tests.Documents;

public sealed class TableGridTests
{
    private static TableColumn[] Columns(int count) => Enumerable.Range(0, count).Select(_ => new TableColumn()).ToArray();

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int columns = 1, int rows = 1) => new(text) { ColumnSpan = columns, RowSpan = rows };

    [Fact]
    public void Row_spans_from_above_push_cells_to_the_right()
    {
        var table = new Table(Columns(3), [
            Row(Cell("a", rows: 2), Cell("b"), Cell("c")),
            Row(Cell("d", columns: 2)),
            Row(Cell("e"), Cell("f")),
        ]);
        var grid = TableGrid.For(table);
        grid.Cells.Select(c => (c.Row, c.Column, c.ColumnSpan, c.RowSpan)).Should().Equal(
            (0, 0, 1, 2), (0, 1, 1, 1), (0, 2, 1, 1), (1, 1, 2, 1), (2, 0, 1, 1), (2, 1, 1, 1));
        grid.At(1, 0).Should().BeSameAs(grid.Rows[0][0]);
        grid.At(2, 2).Should().BeNull();
        (grid.RowCount, grid.ColumnCount).Should().Be((3, 3));
    }

    [Fact]
    public void A_row_wider_than_the_columns_names_the_row_its_width_and_the_column_count()
    {
        var create = () => new Table(Columns(2), [Row(Cell("a"), Cell("b")), Row(Cell("c"), Cell("d")), Row(Cell("e"), Cell("f")), Row(Cell("g"), Cell("h", columns: 2))]);
        create.Should().Throw<ArgumentException>().WithMessage("Row 3 is 3 columns wide but the table has 2 columns*").Which.ParamName.Should().Be("rows");
    }

    [Fact]
    public void Columns_taken_by_a_row_span_count_towards_the_width_of_the_rows_below()
    {
        var create = () => new Table(Columns(2), [Row(Cell("a", rows: 2), Cell("b")), Row(Cell("c"), Cell("d"))]);
        create.Should().Throw<ArgumentException>().WithMessage("Row 1 is 3 columns wide but the table has 2 columns*");
    }

    [Fact]
    public void A_row_span_past_the_last_row_is_rejected()
    {
        var create = () => new Table(Columns(2), [Row(Cell("a"), Cell("b", rows: 3)), Row(Cell("c"))]);
        create.Should().Throw<ArgumentException>().WithMessage("Cell 1 of row 0 spans 3 rows, past the last row*");
    }

    [Fact]
    public void Overlapping_cells_are_rejected()
    {
        // "b" spans down into row 1, column 1; "c" starts at column 0 and spans two columns into it.
        var create = () => new Table(Columns(3), [Row(Cell("a"), Cell("b", rows: 2), Cell("x")), Row(Cell("c", columns: 2))]);
        create.Should().Throw<ArgumentException>().WithMessage("Cell 0 of row 1 overlaps, in row 1 column 1, the cell starting in row 0 column 1.*");
    }

    [Fact]
    public void Short_rows_leave_empty_slots()
    {
        var grid = TableGrid.For(new Table(Columns(3), [Row(Cell("a")), Row(Cell("b"), Cell("c"), Cell("d"))]));
        grid.At(0, 1).Should().BeNull();
        grid.Rows[0].Should().ContainSingle();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Spans_below_one_are_rejected(int span)
    {
        FluentActions.Invoking(() => new TableCell("a") { ColumnSpan = span }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("ColumnSpan");
        FluentActions.Invoking(() => new TableCell("a") { RowSpan = span }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("RowSpan");
        var cell = new TableCell("a");
        FluentActions.Invoking(() => cell with { RowSpan = span }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_builder_counts_columns_taken_by_row_spans()
    {
        var build = () => DocumentBuilder.Create("Доклад").Section(s => s.Table(t => t
            .Row(r => r.Cell("a", rowSpan: 2).Cell("b"))
            .Row(r => r.Cell("c").Cell("d")))).Build();
        var table = (Table)build().Sections[0].Blocks.Single();
        table.Columns.Should().HaveCount(3);
        TableGrid.For(table).At(1, 2)!.Cell.Should().BeSameAs(table.Rows[1].Cells[1]);
    }
}
