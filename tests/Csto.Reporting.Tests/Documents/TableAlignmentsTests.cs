using Csto.Reporting.Documents;

namespace Csto.Reporting.Tests.Documents;

public sealed class TableAlignmentsTests
{
    private static Table Table(TableColumn[] columns, params string[][] body) => new(
        columns,
        [new TableRow(columns.Select((_, i) => new TableCell("Заголовок " + i)).ToArray()), .. body.Select(r => new TableRow(r.Select(t => new TableCell(t)).ToArray()))])
    { HeaderRowCount = 1 };

    private static TableColumn[] Auto(int count) => Enumerable.Range(0, count).Select(_ => new TableColumn()).ToArray();

    [Fact]
    public void A_column_of_numbers_is_right_aligned_and_a_column_of_words_left()
    {
        var table = Table(Auto(5),
            ["Армения", "12", "1\u00A0234,5", "−3", "45\u00A0%"],
            ["Беларусь", "7", "—", "+12.5", "100%"],
            ["Казахстан", "", "18\u202F000", "0", "3,5\u00A0%"]);
        TableAlignments.Resolve(table).Should().Equal(
            CellAlignment.Left, CellAlignment.Right, CellAlignment.Right, CellAlignment.Right, CellAlignment.Right);
    }

    [Fact]
    public void A_column_with_any_word_dates_or_only_dashes_stays_left()
    {
        var table = Table(Auto(4),
            ["12", "3 декабря 2025", "—", "1.2.3"],
            ["около 40", "2025", "—", "4"]);
        TableAlignments.Resolve(table).Should().Equal(CellAlignment.Left, CellAlignment.Left, CellAlignment.Left, CellAlignment.Left);
    }

    [Fact]
    public void An_explicit_alignment_wins_and_header_cells_do_not_count()
    {
        var table = Table([new TableColumn(Alignment: CellAlignment.Left), new TableColumn(Alignment: CellAlignment.Center), new TableColumn()],
            ["1", "2", "3"]);
        TableAlignments.Resolve(table).Should().Equal(CellAlignment.Left, CellAlignment.Center, CellAlignment.Right);
    }
}
