using Csto.Reporting.Documents;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// Places the cells of a table on its column grid, honouring row and column spans: for each row, the slots
/// that start a cell, that continue a vertical span from above, or that no cell covers.
/// </summary>
internal sealed class TableGridLayout
{
    private TableGridLayout(IReadOnlyList<IReadOnlyList<GridSlot>> rows) => Rows = rows;

    /// <summary>For each row, its slots left to right; a slot covers one or more grid columns.</summary>
    public IReadOnlyList<IReadOnlyList<GridSlot>> Rows { get; }

    /// <summary>Lays out <paramref name="table"/> from its <see cref="TableGrid"/>.</summary>
    public static TableGridLayout For(Table table)
    {
        var grid = TableGrid.For(table);
        var columns = grid.ColumnCount;
        var rowCount = grid.RowCount;
        var result = new List<IReadOnlyList<GridSlot>>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            var slots = new List<GridSlot>();
            for (var c = 0; c < columns;)
            {
                if (grid.At(r, c) is not { } covering)
                {
                    slots.Add(new GridSlot(null, c, 1, VerticalMerge.None));
                    c++;
                    continue;
                }
                var width = 1;
                while (c + width < columns && ReferenceEquals(grid.At(r, c + width), covering))
                {
                    width++;
                }
                var merge = covering.Cell.RowSpan <= 1 ? VerticalMerge.None
                    : covering.Row == r ? VerticalMerge.Restart
                    : VerticalMerge.Continue;
                slots.Add(new GridSlot(merge == VerticalMerge.Continue ? null : covering.Cell, c, width, merge));
                c += width;
            }
            result.Add(slots);
        }
        return new TableGridLayout(result);
    }
}

/// <summary>One slot of a row: a cell (null for a continued vertical span or an uncovered slot) over some columns.</summary>
/// <param name="Cell">The cell that starts here, or null.</param>
/// <param name="Column">The first grid column.</param>
/// <param name="Span">The number of grid columns.</param>
/// <param name="Merge">The slot's part in a vertical merge.</param>
internal sealed record GridSlot(TableCell? Cell, int Column, int Span, VerticalMerge Merge);

/// <summary>A slot's part in a vertical merge.</summary>
internal enum VerticalMerge
{
    /// <summary>Not merged.</summary>
    None,
    /// <summary>The top cell of a merge.</summary>
    Restart,
    /// <summary>A cell continuing the merge above.</summary>
    Continue,
}
