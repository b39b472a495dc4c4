using Csto.Reporting.Documents;

namespace Csto.Reporting.Tests.Documents;

/// <summary>
/// Column widths as automatic table layout decides them, with a measure that counts 5 pt per character (the words'
/// lengths are the minimums, the texts' lengths the maximums), so every figure can be checked by hand.
/// </summary>
public sealed class TableColumnWidthsTests
{
    private const double PerChar = 5;
    private const double Pad = TableColumnWidths.CellPadding * 2;

    private static ContentExtent Measure(TableCell cell)
    {
        var text = cell.Blocks.OfType<Paragraph>().Select(p => DocumentWalker.PlainText(p.Content)).FirstOrDefault() ?? string.Empty;
        var longest = text.Split(' ').Max(w => w.Length);
        return new ContentExtent(longest * PerChar, text.Length * PerChar);
    }

    private static Table Events(params TableColumn[] columns) => new(
        columns.Length > 0 ? columns : Enumerable.Range(0, 3).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow([new TableCell("№"), new TableCell("Мероприятие"), new TableCell("Место")]),
            new TableRow([new TableCell("1"), new TableCell("Заседание Совета коллективной безопасности"), new TableCell("Москва")]),
            new TableRow([new TableCell("12"), new TableCell("Учения «Взаимодействие»"), new TableCell("Минск")]),
        ]) { HeaderRowCount = 1 };

    [Fact]
    public void Columns_between_their_minimum_and_maximum_share_the_rest_in_proportion_to_what_they_lack()
    {
        // Minimums: 2, 16 («Взаимодействие» in quotes), 6 characters; maximums: 2, 42, 6 characters, each plus 6 pt padding.
        var widths = TableColumnWidths.Compute(Events(), 200, Measure);
        var min = new[] { 2 * PerChar + Pad, 16 * PerChar + Pad, 6 * PerChar + Pad };
        var max = new[] { 2 * PerChar + Pad, 42 * PerChar + Pad, 6 * PerChar + Pad };
        var share = (200 - min.Sum()) / (max.Sum() - min.Sum());
        widths.Should().HaveCount(3);
        widths[0].Should().BeApproximately(16, 1e-9, "a column of short numbers stays as narrow as its content");
        widths[2].Should().BeApproximately(36, 1e-9);
        widths[1].Should().BeApproximately(min[1] + (max[1] - min[1]) * share, 1e-9);
        widths.Sum().Should().BeApproximately(200, 1e-9);
    }

    [Fact]
    public void When_everything_fits_on_one_line_the_spare_width_goes_in_proportion_to_the_maximums()
    {
        var widths = TableColumnWidths.Compute(Events(), 500, Measure);
        var max = new[] { 2 * PerChar + Pad, 42 * PerChar + Pad, 6 * PerChar + Pad };
        for (var c = 0; c < 3; c++)
        {
            widths[c].Should().BeApproximately(max[c] * 500 / max.Sum(), 1e-9);
        }
    }

    [Fact]
    public void When_the_minimums_do_not_fit_they_are_scaled_down_together()
    {
        var widths = TableColumnWidths.Compute(Events(), 80, Measure);
        var min = new[] { 2 * PerChar + Pad, 16 * PerChar + Pad, 6 * PerChar + Pad };
        for (var c = 0; c < 3; c++)
        {
            widths[c].Should().BeApproximately(min[c] * 80 / min.Sum(), 1e-9);
        }
    }

    [Fact]
    public void Explicit_widths_keep_their_share_and_automatic_columns_divide_the_rest()
    {
        TableColumnWidths.Compute(Events(new TableColumn(1), new TableColumn(3), new TableColumn(1)), 500, Measure)
            .Should().Equal(100, 300, 100);
        var mixed = TableColumnWidths.Compute(Events(new TableColumn(), new TableColumn(2), new TableColumn()), 400, Measure);
        mixed[1].Should().BeApproximately(200, 1e-9, "2 shares of 4 (each automatic column counts as one)");
        mixed[0].Should().BeApproximately(200 * 16 / (16 + 36.0), 1e-9, "the automatic columns divide the other 200 pt by their content");
    }

    [Fact]
    public void A_spanning_cell_widens_the_columns_it_spans_only_where_they_fall_short()
    {
        var table = new Table([new TableColumn(), new TableColumn()],
        [
            new TableRow([new TableCell("Сводный заголовок двух столбцов") { ColumnSpan = 2 }]),
            new TableRow([new TableCell("а"), new TableCell("бб")]),
        ]);
        var widths = TableColumnWidths.Compute(table, 1000, Measure);
        // Maximums 11 and 16 pt; the spanning cell needs 31 × 5 + 6 = 161 pt: the 134 pt lacking go 11 : 16.
        var first = 11 + 134 * 11 / 27.0;
        var second = 16 + 134 * 16 / 27.0;
        widths[0].Should().BeApproximately(1000 * first / (first + second), 1e-9);
    }

    [Fact]
    public void A_bad_width_or_measure_is_refused()
    {
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 0, Measure)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("width");
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 100, _ => new ContentExtent(5, 1))).Should().Throw<InvalidOperationException>();
    }
}
