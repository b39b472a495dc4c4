using Csto.Reporting.Documents;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out a table: column widths from the relative widths over the available width, cells laid out in the
/// table font size with padding, header rows in bold and repeated on every page the table continues on, rows
/// grouped where row spans join them, the caption above.
/// </summary>
internal sealed class TableLayout : BlockLayout<Table>
{
    /// <inheritdoc />
    protected override void Layout(Table block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var padding = 3f;
        var columns = block.Columns.Count;
        var total = block.Columns.Sum(c => c.RelativeWidth);
        var xs = new float[columns + 1];
        xs[0] = scope.X;
        for (var c = 0; c < columns; c++)
        {
            xs[c + 1] = xs[c] + (float)(block.Columns[c].RelativeWidth / total * scope.Width);
        }
        var start = output.Count;
        if (block.Caption is { } caption)
        {
            var (format, _, _) = ParagraphFormats.For(ParagraphStyle.Caption, scope with { CellAlignment = null }, context);
            var text = context.Typeset(caption, format with { Alignment = TextAlignment.Left }, scope.Width);
            TextLineSlice.AddLines(text, scope.X, output, keepTogether: true);
            output[^1].KeepWithNext = true;
        }
        var placed = Place(block, columns);
        var header = new List<Slice>();
        var rowCount = block.Rows.Count;
        for (var groupStart = 0; groupStart < rowCount;)
        {
            var groupEnd = groupStart + 1;
            for (var extended = true; extended;)
            {
                extended = false;
                foreach (var cell in placed.Where(p => p.Row >= groupStart && p.Row < groupEnd))
                {
                    if (cell.Row + cell.Cell.RowSpan > groupEnd)
                    {
                        groupEnd = Math.Min(rowCount, cell.Row + cell.Cell.RowSpan);
                        extended = true;
                    }
                }
            }
            var isHeader = groupStart < block.HeaderRowCount;
            var slice = Group(block, placed.Where(p => p.Row >= groupStart && p.Row < groupEnd).ToList(), groupStart, groupEnd, xs, padding, isHeader, scope, context);
            if (isHeader)
            {
                slice.KeepWithNext = true;
                header.Add(slice);
            }
            else if (header.Count > 0)
            {
                slice.RepeatHeader = header;
            }
            output.Add(slice);
            groupStart = groupEnd;
        }
        output[start].SpaceBefore = 6;
        output[^1].SpaceAfter = 8;
    }

    private static TableRowSlice Group(Table table, List<(int Row, int Column, TableCell Cell)> cells, int first, int end, float[] xs, float padding, bool header, LayoutScope scope, LayoutContext context)
    {
        var boxes = new List<TableCellBox>();
        foreach (var (row, column, cell) in cells)
        {
            var last = Math.Min(xs.Length - 1, column + cell.ColumnSpan);
            var alignment = cell.Alignment ?? table.Columns[Math.Min(column, table.Columns.Count - 1)].Alignment;
            var cellScope = new LayoutScope(xs[column] + padding, Math.Max(1, xs[last] - xs[column] - 2 * padding), (float)context.Theme.TableFontSize, alignment, Bold: header);
            var content = context.Layouts.LayoutAll(cell.Blocks, cellScope, context);
            boxes.Add(new TableCellBox(row - first, Math.Min(cell.RowSpan, end - row), xs[column], xs[last] - xs[column], content));
        }
        var rows = end - first;
        var heights = new float[rows];
        foreach (var box in boxes.Where(b => b.RowSpan == 1))
        {
            heights[box.Row] = Math.Max(heights[box.Row], box.ContentHeight + 2 * padding);
        }
        for (var r = 0; r < rows; r++)
        {
            heights[r] = Math.Max(heights[r], scope.FontSize * 0.5f);
        }
        foreach (var box in boxes.Where(b => b.RowSpan > 1))
        {
            var spanned = 0f;
            for (var r = box.Row; r < box.Row + box.RowSpan; r++)
            {
                spanned += heights[r];
            }
            var need = box.ContentHeight + 2 * padding;
            if (need > spanned)
            {
                heights[box.Row + box.RowSpan - 1] += need - spanned;
            }
        }
        var tops = new float[rows + 1];
        for (var r = 0; r < rows; r++)
        {
            tops[r + 1] = tops[r] + heights[r];
        }
        return new TableRowSlice(boxes, tops, padding, context.RuleColor);
    }

    /// <summary>Gives each cell its grid row and column, skipping columns covered by row spans from above.</summary>
    private static List<(int Row, int Column, TableCell Cell)> Place(Table table, int columns)
    {
        var placed = new List<(int, int, TableCell)>();
        var covered = new Dictionary<(int, int), bool>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (column < columns && covered.ContainsKey((r, column)))
                {
                    column++;
                }
                if (column >= columns)
                {
                    break;
                }
                var span = Math.Clamp(cell.ColumnSpan, 1, columns - column);
                for (var dr = 0; dr < Math.Max(1, cell.RowSpan); dr++)
                {
                    for (var dc = 0; dc < span; dc++)
                    {
                        covered[(r + dr, column + dc)] = true;
                    }
                }
                placed.Add((r, column, cell with { ColumnSpan = span, RowSpan = Math.Max(1, cell.RowSpan) }));
                column += span;
            }
        }
        return placed;
    }
}
