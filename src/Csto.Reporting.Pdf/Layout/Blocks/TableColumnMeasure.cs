using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Measures the cells of a table with the fonts the PDF sets them in and hands the figures to
/// <see cref="TableColumnWidths"/>. A cell is laid out once on an unbounded line; of every paragraph it holds, the
/// minimum is its widest run of boxes that no space, explicit hyphen or zero-width space may break (hyphenation
/// points do not count: a column is never made so narrow that its words must be hyphenated), the maximum its widest
/// line broken only where the text says so, both from the paragraph's left edge in the cell. A run wider than
/// <see cref="GiveWayShare"/> of the table's width — a URL's piece, a hash, a long identifier, a very long word, a
/// long number grouped with no-break spaces — counts in the word minimum for at most <see cref="TokenEms"/> ems: the
/// line breaker breaks it anyway when its column is narrower (at its no-break spaces, else at its hyphenation points,
/// else between characters without a hyphen), so it gives way before the ordinary words of the other columns do. A
/// run joined by no-break spaces gives way down to its widest word (a name, «безопасности»), which counts as an
/// ordinary word: the run breaks between its words, never inside one, in the PDF and in the DOCX
/// (<see cref="Csto.Reporting.Rendering.ITableColumnSizer.OpenedRuns"/>). Blocks other than text
/// (pictures, nested tables) do not widen a column.
/// </summary>
internal static class TableColumnMeasure
{
    private const float Unbounded = 100_000;

    /// <summary>The most a run wider than <see cref="GiveWayShare"/> of the table counts for in a cell's word minimum, in ems of the table font.</summary>
    public const float TokenEms = 2;

    /// <summary>
    /// The share of the table's width beyond which an unbreakable run gives way (a third: a run that wide would take
    /// a third of the table from the other columns, which then would break their ordinary words).
    /// </summary>
    public const float GiveWayShare = 1f / 3;

    /// <summary>The widths of the grid columns of <paramref name="table"/> filling <paramref name="width"/> points.</summary>
    public static double[] Widths(Table table, float width, LayoutContext context)
    {
        var counters = new Dictionary<int, int>(context.ListCounters);
        try
        {
            var grid = TableGrid.For(table);
            var headers = grid.Cells.Where(c => c.Row < table.HeaderRowCount).Select(c => c.Cell).ToHashSet(ReferenceEqualityComparer.Instance);
            return TableColumnWidths.Compute(table, width, cell => Measure(cell, headers.Contains(cell), width * GiveWayShare, context));
        }
        finally
        {
            // Measuring lays a cell's lists out once more: the numbering of lists continued across blocks must not advance.
            context.ListCounters.Clear();
            foreach (var (depth, next) in counters)
            {
                context.ListCounters[depth] = next;
            }
        }
    }

    private static ContentExtent Measure(TableCell cell, bool header, float giveWay, LayoutContext context)
    {
        var scope = new LayoutScope(0, Unbounded, (float)context.Theme.TableFontSize, CellAlignment.Left, Bold: header);
        var words = 0f;
        var minimum = 0f;
        var maximum = 0f;
        var token = TokenEms * scope.FontSize;
        TypesetText? previous = null;
        foreach (var line in context.Layouts.LayoutAll(cell.Blocks, scope, context).OfType<TextLineSlice>())
        {
            if (ReferenceEquals(line.Text, previous))
            {
                continue;
            }
            previous = line.Text;
            var (ordinary, word, longest) = Extent(line.Text, token, giveWay);
            words = Math.Max(words, line.X + ordinary);
            minimum = Math.Max(minimum, line.X + word);
            maximum = Math.Max(maximum, line.X + longest);
        }
        return new ContentExtent(minimum, Math.Max(minimum, maximum), words);
    }

    /// <summary>
    /// The widest unbreakable run (one wider than <paramref name="giveWay"/> counting for its widest word between
    /// no-break spaces, and that for at most <paramref name="token"/> points when it is wider than
    /// <paramref name="giveWay"/> too), the widest unbreakable run and the widest line between forced breaks of a
    /// paragraph's items.
    /// </summary>
    private static (float Ordinary, float Word, float Line) Extent(TypesetText text, float token, float giveWay)
    {
        var items = text.Items;
        var ordinary = 0f;
        var word = 0f;
        var run = 0f;
        var piece = 0f;
        var widestPiece = 0f;
        var line = 0f;
        var current = 0f;

        void EndPiece()
        {
            widestPiece = Math.Max(widestPiece, piece);
            piece = 0;
        }

        void EndRun()
        {
            EndPiece();
            word = Math.Max(word, run);
            // A run that gives way breaks at its no-break spaces first: its words count as ordinary words.
            var opened = widestPiece > giveWay ? Math.Min(widestPiece, token) : widestPiece;
            ordinary = Math.Max(ordinary, run > giveWay ? opened : run);
            run = 0;
            widestPiece = 0;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    run += item.Width;
                    piece += item.Width;
                    current += item.Width;
                    break;
                case ItemKind.Glue when item.Stretch >= Item.Fill:
                    break;
                case ItemKind.Glue:
                    if (i > 0 && items[i - 1].Kind == ItemKind.Box)
                    {
                        EndRun();
                    }
                    else
                    {
                        // Glue after a forbidden break (a non-breaking space) belongs to the run it joins, between two of its words.
                        run += item.Width;
                        EndPiece();
                    }
                    current += item.Width;
                    break;
                case ItemKind.Penalty when item.Penalty <= Item.Forced:
                    EndRun();
                    line = Math.Max(line, current);
                    current = 0;
                    break;
                case ItemKind.Penalty when item.Penalty < Item.Forbidden && !item.IsHyphenation:
                    EndRun();
                    break;
            }
        }
        EndRun();
        return (ordinary, word, Math.Max(line, current));
    }
}
