using Csto.Reporting.Documents;
using Markdig.Extensions.Tables;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Csto.Reporting.Markdown.Conversion;

/// <summary>
/// Turns a pipe table into a <see cref="Documents.Table"/>: leading header rows, column alignment from
/// <c>:--</c>, <c>:-:</c>, <c>--:</c>, relative widths from the dash counts of the separator row.
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
        var columnCount = rows.Max(r => r.OfType<MarkdigTableCell>().Sum(c => Math.Max(1, c.ColumnSpan)));
        var definitions = table.ColumnDefinitions;
        var columns = Enumerable.Range(0, columnCount).Select(i =>
        {
            var definition = i < definitions.Count ? definitions[i] : null;
            var width = definition is { Width: > 0 } ? definition.Width : 1;
            return new TableColumn(width, Alignment(definition?.Alignment));
        }).ToList();
        if (columns.Select(c => c.RelativeWidth).Distinct().Count() == 1)
        {
            columns = columns.Select(c => c with { RelativeWidth = 1 }).ToList();
        }
        var converted = rows.Select(row => new Documents.TableRow(row.OfType<MarkdigTableCell>()
            .Select(cell => new Documents.TableCell(blocks.Convert(cell, ParagraphStyle.Plain))
            {
                ColumnSpan = Math.Max(1, cell.ColumnSpan),
                RowSpan = Math.Max(1, cell.RowSpan),
            }).ToList())).ToList();
        var headerRows = rows.TakeWhile(r => r.IsHeader).Count();
        return new Documents.Table(columns, converted) { HeaderRowCount = headerRows };
    }

    private static CellAlignment Alignment(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => CellAlignment.Center,
        TableColumnAlign.Right => CellAlignment.Right,
        _ => CellAlignment.Left,
    };
}
