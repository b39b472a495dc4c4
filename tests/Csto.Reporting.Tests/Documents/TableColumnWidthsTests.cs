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
    public void When_the_words_do_not_fit_the_narrow_columns_keep_theirs_and_the_others_are_cut_in_proportion_to_their_words()
    {
        // Word minimums 17, 87 and 37 pt in 80 pt: «№» keeps its 17 pt (3 × 17 ≤ 80); 37 × 2 > 63, so the other two
        // share 63 pt in proportion to their words, 87 : 37 — each breaks its longest word at the same fraction.
        var widths = TableColumnWidths.Compute(Events(), 80, Measure);
        widths[0].Should().Be(2 * PerChar + Pad);
        widths[1].Should().BeApproximately(87 * 63 / 124.0, 1e-9);
        widths[2].Should().BeApproximately(37 * 63 / 124.0, 1e-9);
        widths.Sum().Should().BeApproximately(80, 1e-9);
    }

    [Fact]
    public void The_cut_widths_follow_the_content_and_meet_the_word_minimums_where_the_words_just_fit()
    {
        var words = new[] { 17.0, 87, 37 };
        var fit = words.Sum();
        TableColumnWidths.Compute(Events(), fit, Measure).Should().Equal(words, "at the width where the words just fit, every column has its word");
        var below = TableColumnWidths.Compute(Events(), fit - 0.5, Measure);
        below.Should().Equal([17, 86.5, 37], "half a point less: the narrow columns keep their words and the widest gives up the half point, no jump to equal widths");
        var cut = TableColumnWidths.Compute(Events(), 90, Measure);
        cut[1].Should().BeApproximately(87 * 73 / 124.0, 1e-9, "in 90 pt «№» keeps 17 pt and the others share 73 pt as their words, 87 : 37 (37 × 2 > 73)");
        cut[2].Should().BeApproximately(37 * 73 / 124.0, 1e-9);
    }

    [Fact]
    public void A_column_whose_word_is_within_the_slack_of_the_cut_keeps_its_word()
    {
        // Words 13, 92 and 93 pt plus padding and slack: 20, 99 and 100 pt in 217 pt. «a» keeps its 20 pt; the other two
        // would be cut to 197/199 of their words: 99 pt would lose 0.995 pt, within the slack (the PDF would set its
        // word whole in the slack, LibreOffice would break it), so it keeps its word and the last column takes the rest.
        var extents = new Dictionary<string, double> { ["a"] = 13, ["b"] = 92, ["c"] = 93 };
        var table = new Table(Enumerable.Range(0, 3).Select(_ => new TableColumn()).ToArray(),
            [new TableRow([new TableCell("a"), new TableCell("b"), new TableCell("c")])]);
        var widths = TableColumnWidths.Compute(table, 217, cell =>
        {
            var width = extents[DocumentWalker.PlainText(((Paragraph)cell.Blocks[0]).Content)];
            return new ContentExtent(width, width);
        });
        widths[0].Should().BeApproximately(20, 1e-9);
        widths[1].Should().BeApproximately(99, 1e-9);
        widths[2].Should().BeApproximately(98, 1e-9);
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

        // Words of 12, 27, 42 and 47 pt in 60 pt: «№» keeps its 12 pt, the other three share 48 pt as 27 : 42 : 47.
        var cut = TableColumnWidths.Compute(table, 60, Measure);
        cut[0].Should().Be(1 * PerChar + Pad);
        cut.Skip(1).Should().Equal([27 * 48 / 116.0, 42 * 48 / 116.0, 47 * 48 / 116.0], (a, b) => Math.Abs(a - b) < 1e-9, "when even the words do not fit, the widest columns are cut as their words are");
    }

    [Fact]
    public void A_bad_width_or_measure_is_refused()
    {
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 0, Measure)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("width");
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 100, _ => new ContentExtent(5, 1))).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => TableColumnWidths.Compute(Events(), 100, _ => new ContentExtent(5, 10, 6))).Should().Throw<InvalidOperationException>("a word minimum above the minimum");
    }
}
