using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out a table: column widths from the relative widths over the available width, cells laid out in the
/// table font size with padding, header rows in bold and repeated on every page the table continues on, rows
/// grouped where row spans join them, the caption above. A row with <see cref="TableRow.CantSplit"/> false (and no
/// row span joining it to others) splits between the lines of its cells wherever a page ends; a row that must not
/// split moves whole to the next page, and only when it is taller than a page is it split, as a last resort.
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
        var tableNode = context.CurrentNode;
        StructureNode? head = null;
        StructureNode? body = null;
        if (block.Caption is { } caption)
        {
            var (format, _, _) = ParagraphFormats.For(ParagraphStyle.Caption, scope with { CellAlignment = null }, context);
            var text = context.Typeset(caption, format with { Alignment = TextAlignment.Left }, scope.Width);
            TextLineSlice.AddLines(text, scope.X, output, keepTogether: true);
            output[^1].KeepWithNext = true;
            var captionNode = new StructureNode(StructureRole.Caption, tableNode);
            output.Skip(start).ToList().ForEach(s => s.Node = captionNode);
        }
        var placed = TableGrid.For(block).Cells.Select(p => (p.Row, p.Column, p.Cell)).ToList();
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
            var section = isHeader ? head ??= new StructureNode(StructureRole.THead, tableNode) : body ??= new StructureNode(StructureRole.TBody, tableNode);
            using var inSection = context.Enter(section);
            var (slice, boxes) = Group(block, placed.Where(p => p.Row >= groupStart && p.Row < groupEnd).ToList(), groupStart, groupEnd, xs, padding, isHeader, scope, context);
            if (isHeader)
            {
                slice.KeepWithNext = true;
                header.Add(slice);
                output.Add(slice);
            }
            else
            {
                var room = (float)context.PageSetup.ContentHeight - header.Sum(h => h.Height);
                slice.Splittable = groupEnd - groupStart == 1 && !block.Rows[groupStart].CantSplit;
                var parts = slice.Height > room && groupEnd - groupStart == 1 && !slice.Splittable ? Split(boxes, padding, room, context) : [slice];
                foreach (var part in parts)
                {
                    part.RepeatHeader = header.Count > 0 ? header : null;
                    output.Add(part);
                }
            }
            groupStart = groupEnd;
        }
        output[start].SpaceBefore = 6;
        output[^1].SpaceAfter = 8;
    }

    /// <summary>
    /// Splits a row taller than a page into parts that each fit (the last resort for a row that does not fit even on a
    /// fresh page): every cell gives each part the lines that fit, in order. A single line taller than a page is
    /// still clipped.
    /// </summary>
    private static List<TableRowSlice> Split(List<TableCellBox> boxes, float padding, float room, LayoutContext context)
    {
        var limit = room - 2 * padding - 1;
        var remaining = boxes.Select(b => new Queue<Slice>(b.Content)).ToList();
        var parts = new List<TableRowSlice>();
        while (remaining.Any(q => q.Count > 0))
        {
            var cells = new List<TableCellBox>();
            var height = 0f;
            for (var c = 0; c < boxes.Count; c++)
            {
                var content = new List<Slice>();
                var used = 0f;
                while (remaining[c].Count > 0)
                {
                    var next = remaining[c].Peek();
                    var add = next.Height + (content.Count > 0 ? next.SpaceBefore : 0);
                    if (content.Count > 0 && used + add > limit)
                    {
                        break;
                    }
                    content.Add(remaining[c].Dequeue());
                    used += add;
                }
                cells.Add(boxes[c] with { Row = 0, RowSpan = 1, Content = content });
                height = Math.Max(height, used);
            }
            parts.Add(new TableRowSlice(cells, [0, height + 2 * padding], padding, context.RuleColor));
        }
        return parts;
    }

    private static (TableRowSlice Slice, List<TableCellBox> Boxes) Group(Table table, List<(int Row, int Column, TableCell Cell)> cells, int first, int end, float[] xs, float padding, bool header, LayoutScope scope, LayoutContext context)
    {
        var boxes = new List<TableCellBox>();
        var rowNodes = Enumerable.Range(first, end - first).Select(_ => new StructureNode(StructureRole.TR, context.CurrentNode)).ToArray();
        foreach (var (row, column, cell) in cells)
        {
            var last = Math.Min(xs.Length - 1, column + cell.ColumnSpan);
            var alignment = cell.Alignment ?? table.Columns[Math.Min(column, table.Columns.Count - 1)].Alignment;
            var cellScope = new LayoutScope(xs[column] + padding, Math.Max(1, xs[last] - xs[column] - 2 * padding), (float)context.Theme.TableFontSize, alignment, Bold: header);
            var cellNode = new StructureNode(header ? StructureRole.TH : StructureRole.TD, rowNodes[row - first]) { Scope = header ? TableHeaderScope.Column : null };
            List<Slice> content;
            using (context.Enter(cellNode))
            {
                content = context.Layouts.LayoutAll(cell.Blocks, cellScope, context);
            }
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
        return (new TableRowSlice(boxes, tops, padding, context.RuleColor), boxes);
    }
}
