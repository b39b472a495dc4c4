using System.Text.RegularExpressions;

namespace Csto.Reporting.Documents;

/// <summary>
/// The alignment of every column of a table, as both renderers set it: the column's own
/// <see cref="TableColumn.Alignment"/> when it has one (a pipe table's <c>:--</c>, <c>:-:</c>, <c>--:</c>);
/// otherwise right when every non-empty body cell that starts in the column and spans only it holds a number
/// (digits with an optional sign, thousands grouped by spaces, a decimal comma or point, a percent sign; a dash
/// standing for «no value» is allowed beside numbers), so that units, tens and hundreds line up; left for any other
/// column. A cell's own <see cref="TableCell.Alignment"/> still wins over its column's.
/// </summary>
internal static partial class TableAlignments
{
    /// <summary>The alignment of every grid column, left to right.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static CellAlignment[] Resolve(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var numbers = new int[table.Columns.Count];
        var others = new bool[table.Columns.Count];
        foreach (var cell in TableGrid.For(table).Cells.Where(c => c.Row >= table.HeaderRowCount && c.ColumnSpan == 1))
        {
            var text = TextOf(cell.Cell);
            if (text is null)
            {
                others[cell.Column] = true;
            }
            else if (Number().IsMatch(text))
            {
                numbers[cell.Column]++;
            }
            else if (text.Length > 0 && !Dash().IsMatch(text))
            {
                others[cell.Column] = true;
            }
        }
        return table.Columns.Select((column, c) => column.Alignment
            ?? (numbers[c] > 0 && !others[c] ? CellAlignment.Right : CellAlignment.Left)).ToArray();
    }

    /// <summary>The trimmed plain text of a cell of at most one paragraph; null when it holds anything else.</summary>
    private static string? TextOf(TableCell cell) => cell.Blocks switch
    {
        [] => string.Empty,
        [Paragraph paragraph] => DocumentWalker.PlainText(paragraph.Content).Trim(),
        _ => null,
    };

    [GeneratedRegex(@"^[+\-\u2212\u00B1]?([0-9]{1,3}([ \u00A0\u202F\u2009][0-9]{3})+|[0-9]+)([.,][0-9]+)?([ \u00A0\u202F\u2009]?%)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^[\-\u2013\u2014]$", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();
}
