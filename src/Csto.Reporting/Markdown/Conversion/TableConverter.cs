using Csto.Reporting.Documents;
using Markdig.Extensions.Tables;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// Turns a pipe table into a <see cref="Documents.Table"/>: leading header rows, column alignment from
/// <c>:--</c>, <c>:-:</c>, <c>--:</c> (none: automatic), relative widths from the dash counts of the separator row
/// (equal counts: widths from the content). The header row
/// decides the number of columns: shorter rows are padded with empty cells, a longer row is an input problem.
/// </summary>
internal sealed class TableConverter(ReaderContext context, BlockConverter blocks)
{
    public Documents.Table? Convert(MarkdigTable table)
    {
        var rows = table.OfType<MarkdigTableRow>().ToList();
        if (rows.Count == 0)
        {
            context.Problem(table, "A table needs at least one row.");
            return null;
        }
        var columnCount = Math.Max(1, Width(rows[0]));
        var valid = true;
        foreach (var row in rows.Skip(1).Where(r => Width(r) > columnCount))
        {
            context.Problem(row, $"This table row has {Width(row)} cells but the table has {columnCount} columns (as many as its header row).");
            valid = false;
        }
        if (!valid)
        {
            return null;
        }
        var definitions = table.ColumnDefinitions;
        var columns = Enumerable.Range(0, columnCount).Select(i =>
        {
            var definition = i < definitions.Count ? definitions[i] : null;
            var width = definition is { Width: > 0 } ? definition.Width : 1;
            return new TableColumn(width, Alignment(definition?.Alignment));
        }).ToList();
        if (columns.Select(c => c.RelativeWidth).Distinct().Count() == 1)
        {
            // Equal dashes say nothing about the widths: the columns are sized from their content.
            columns = columns.Select(c => c with { RelativeWidth = null }).ToList();
        }
        var converted = rows.Select(row => new Documents.TableRow(Written(row)
            .Select(cell => new Documents.TableCell(blocks.Convert(cell, ParagraphStyle.Plain))
            {
                ColumnSpan = Math.Max(1, cell.ColumnSpan),
            })
            .Concat(Enumerable.Range(0, columnCount - Width(row)).Select(_ => new Documents.TableCell([])))
            .ToList())).ToList();
        var headerRows = rows.TakeWhile(r => r.IsHeader).Count();
        return new Documents.Table(columns, converted) { HeaderRowCount = headerRows };
    }

    /// <summary>The number of grid columns the written cells of a row take (pipe tables have no row spans).</summary>
    private static int Width(MarkdigTableRow row) => Written(row).Sum(c => Math.Max(1, c.ColumnSpan));

    /// <summary>
    /// The cells written in the source: Markdig pads every row to the widest with cells of no content and no
    /// source position; those trailing cells are left out (an empty written cell still holds an empty paragraph).
    /// </summary>
    private static List<MarkdigTableCell> Written(MarkdigTableRow row)
    {
        var cells = row.OfType<MarkdigTableCell>().ToList();
        while (cells.Count > 0 && cells[^1] is { Count: 0 } last && last.Span.End < last.Span.Start)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells;
    }

    private static CellAlignment? Alignment(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => CellAlignment.Left,
        TableColumnAlign.Center => CellAlignment.Center,
        TableColumnAlign.Right => CellAlignment.Right,
        _ => null,
    };
}
