using Csto.Reporting.Documents;

namespace Csto.Reporting.Tests.Documents;

/// <summary>
/// Column widths as automatic table layout decides them, with a measure that counts 5 pt per character (the words'
/// lengths are the minimums, the texts' lengths the maximums), so every figure can be checked by hand.
/// </summary>
public sealed class TableColumnWidthsTests
{
    private const double PerChar = 5;
    private const double Pad = TableColumnWidths.CellPadding * 2 + TableColumnWidths.Slack;

    /// <summary>A word holding «/» is a URL: it may break anywhere, so its word minimum counts 2 characters of it.</summary>
    private static ContentExtent Measure(TableCell cell)
    {
        var text = cell.Blocks.OfType<Paragraph>().Select(p => DocumentWalker.PlainText(p.Content)).FirstOrDefault() ?? string.Empty;
        var longest = text.Split(' ').Max(w => w.Length);
        var ordinary = text.Split(' ').Max(w => w.Contains('/', StringComparison.Ordinal) ? Math.Min(2, w.Length) : w.Length);
        return new ContentExtent(longest * PerChar, text.Length * PerChar, ordinary * PerChar);
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
        widths[0].Should().BeApproximately(2 * PerChar + Pad, 1e-9, "a column of short numbers stays as narrow as its content");
        widths[2].Should().BeApproximately(6 * PerChar + Pad, 1e-9);
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
    public void When_the_words_do_not_fit_the_narrow_columns_keep_theirs_and_the_widest_are_cut_to_one_width()
    {
        // Word minimums 17, 87 and 37 pt in 80 pt: «№» keeps its 17 pt (3 × 17 ≤ 80); 37 × 2 > 63, so both others get 31.5 pt.
        TableColumnWidths.Compute(Events(), 80, Measure).Should().Equal(2 * PerChar + Pad, 31.5, 31.5);
    }

    [Fact]
    public void A_column_whose_word_is_within_the_slack_of_the_cut_keeps_its_word()
    {
        // Words 13, 33.5 and 53 pt plus padding and slack: 20, 40.5 and 60 pt in 100 pt. The cut would be 40 pt, within
        // the slack of 40.5: that column keeps its word (the PDF would set it whole in the slack, LibreOffice would break it).
        var extents = new Dictionary<string, double> { ["a"] = 13, ["b"] = 33.5, ["c"] = 53 };
        var table = new Table(Enumerable.Range(0, 3).Select(_ => new TableColumn()).ToArray(),
            [new TableRow([new TableCell("a"), new TableCell("b"), new TableCell("c")])]);
        var widths = TableColumnWidths.Compute(table, 100, cell =>
        {
            var width = extents[DocumentWalker.PlainText(((Paragraph)cell.Blocks[0]).Content)];
            return new ContentExtent(width, width);
        });
        widths[0].Should().BeApproximately(20, 1e-9);
        widths[1].Should().BeApproximately(40.5, 1e-9);
        widths[2].Should().BeApproximately(39.5, 1e-9);
    }

    [Fact]
    public void Explicit_widths_keep_their_share_and_automatic_columns_divide_the_rest()
    {
        TableColumnWidths.Compute(Events(new TableColumn(1), new TableColumn(3), new TableColumn(1)), 500, Measure)
            .Should().Equal(100, 300, 100);
        var mixed = TableColumnWidths.Compute(Events(new TableColumn(), new TableColumn(2), new TableColumn()), 400, Measure);
        mixed[1].Should().BeApproximately(200, 1e-9, "2 shares of 4 (each automatic column counts as one)");
        mixed[0].Should().BeApproximately(200 * (2 * PerChar + Pad) / (8 * PerChar + 2 * Pad), 1e-9, "the automatic columns divide the other 200 pt by their content");
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
        // Maximums 5 + 7 = 12 and 10 + 7 = 17 pt; the spanning cell needs 31 × 5 + 7 = 162 pt: the 133 pt lacking go 12 : 17.
        var first = 12 + 133 * 12 / 29.0;
        var second = 17 + 133 * 17 / 29.0;
        widths[0].Should().BeApproximately(1000 * first / (first + second), 1e-9);
    }

    [Fact]
    public void A_url_that_does_not_fit_gives_way_and_the_short_columns_keep_their_longest_words()
    {
        var url = "https://odkb-csto.org/documents/detail.php?ELEMENT_ID=123456&sphrase_id=987654321";
        var table = new Table(Enumerable.Range(0, 4).Select(_ => new TableColumn()).ToArray(),
        [
            new TableRow([new TableCell("№"), new TableCell("Год"), new TableCell("Город"), new TableCell("Источник")]),
            new TableRow([new TableCell("1"), new TableCell("2025"), new TableCell("Душанбе"), new TableCell(url)]),
        ]) { HeaderRowCount = 1 };
        var widths = TableColumnWidths.Compute(table, 300, Measure);
        // Word minimums 1, 4, 7 and 8 («Источник») characters fit in 300 pt; the URL's 83 characters do not.
        widths[0].Should().BeApproximately(1 * PerChar + Pad, 1e-9);
        widths[1].Should().BeApproximately(4 * PerChar + Pad, 1e-9, "«2025» keeps its width: the URL breaks, not the year");
        widths[2].Should().BeApproximately(7 * PerChar + Pad, 1e-9);
        widths[3].Should().BeApproximately(300 - widths[0] - widths[1] - widths[2], 1e-9, "the URL's column takes the rest");

        // Words of 12, 27, 42 and 47 pt in 60 pt: «№» keeps its 12 pt, the other three share 48 pt equally.
        TableColumnWidths.Compute(table, 60, Measure).Should().Equal([1 * PerChar + Pad, 16, 16, 16], "when even the words do not fit, the widest columns are cut");
    }

    [Fact]
    public void A_bad_width_or_measure_is_refused()
    {
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 0, Measure)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("width");
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 100, _ => new ContentExtent(5, 1))).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 100, _ => new ContentExtent(5, 10, 6))).Should().Throw<InvalidOperationException>("a word minimum above the minimum");
    }
}
