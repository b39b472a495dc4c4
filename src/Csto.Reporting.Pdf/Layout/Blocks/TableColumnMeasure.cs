using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Measures the cells of a table with the fonts the PDF sets them in and hands the figures to
/// <see cref="TableColumnWidths"/>. A cell is laid out once on an unbounded line; of every paragraph it holds, the
/// minimum is its widest run of boxes that no space, explicit hyphen or zero-width space may break (hyphenation
/// points do not count: a column is never made so narrow that its words must be hyphenated), the maximum its widest
/// line broken only where the text says so, both from the paragraph's left edge in the cell. Blocks other than text
/// (pictures, nested tables) do not widen a column.
/// </summary>
internal static class TableColumnMeasure
{
    private const float Unbounded = 100_000;

    /// <summary>The widths of the grid columns of <paramref name="table"/> filling <paramref name="width"/> points.</summary>
    public static double[] Widths(Table table, float width, LayoutContext context)
    {
        var counters = new Dictionary<int, int>(context.ListCounters);
        try
        {
            var grid = TableGrid.For(table);
            var headers = grid.Cells.Where(c => c.Row < table.HeaderRowCount).Select(c => c.Cell).ToHashSet(ReferenceEqualityComparer.Instance);
            return TableColumnWidths.Compute(table, width, cell => Measure(cell, headers.Contains(cell), context));
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

    private static ContentExtent Measure(TableCell cell, bool header, LayoutContext context)
    {
        var scope = new LayoutScope(0, Unbounded, (float)context.Theme.TableFontSize, CellAlignment.Left, Bold: header);
        var minimum = 0f;
        var maximum = 0f;
        TypesetText? previous = null;
        foreach (var line in context.Layouts.LayoutAll(cell.Blocks, scope, context).OfType<TextLineSlice>())
        {
            if (ReferenceEquals(line.Text, previous))
            {
                continue;
            }
            previous = line.Text;
            var (word, longest) = Extent(line.Text.Items);
            minimum = Math.Max(minimum, line.X + word);
            maximum = Math.Max(maximum, line.X + longest);
        }
        return new ContentExtent(minimum, Math.Max(minimum, maximum));
    }

    /// <summary>The widest unbreakable run and the widest line between forced breaks of a paragraph's items.</summary>
    private static (float Word, float Line) Extent(List<Item> items)
    {
        var word = 0f;
        var run = 0f;
        var line = 0f;
        var current = 0f;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    run += item.Width;
                    current += item.Width;
                    break;
                case ItemKind.Glue when item.Stretch >= Item.Fill:
                    break;
                case ItemKind.Glue:
                    if (i > 0 && items[i - 1].Kind == ItemKind.Box)
                    {
                        word = Math.Max(word, run);
                        run = 0;
                    }
                    else
                    {
                        // Glue after a forbidden break (a non-breaking space) belongs to the run it joins.
                        run += item.Width;
                    }
                    current += item.Width;
                    break;
                case ItemKind.Penalty when item.Penalty <= Item.Forced:
                    word = Math.Max(word, run);
                    line = Math.Max(line, current);
                    run = 0;
                    current = 0;
                    break;
                case ItemKind.Penalty when item.Penalty < Item.Forbidden && !item.IsHyphenation:
                    word = Math.Max(word, run);
                    run = 0;
                    break;
            }
        }
        return (Math.Max(word, run), Math.Max(line, current));
    }
}
