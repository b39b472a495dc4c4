using System.Globalization;

namespace Csto.Reporting.Documents;

/// <summary>
/// Where the cells of a table sit on its column grid. Cells are placed left to right in their row, skipping the
/// grid columns taken by row spans from rows above; a cell takes <see cref="TableCell.ColumnSpan"/> columns and
/// <see cref="TableCell.RowSpan"/> rows. A row may end before the last column (the rest of it is empty), but no
/// cell may run past the last column or the last row, or overlap another cell. Every renderer places cells
/// through this one class, so they agree on the layout.
/// </summary>
internal sealed class TableGrid
{
    private readonly GridCell?[,] owners;

    private TableGrid(GridCell?[,] owners, IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        this.owners = owners;
        Rows = rows;
    }

    /// <summary>The number of grid columns.</summary>
    public int ColumnCount => owners.GetLength(1);

    /// <summary>The number of rows.</summary>
    public int RowCount => owners.GetLength(0);

    /// <summary>For each row, the cells that start in it, left to right.</summary>
    public IReadOnlyList<IReadOnlyList<GridCell>> Rows { get; }

    /// <summary>Every cell, row by row, left to right.</summary>
    public IEnumerable<GridCell> Cells => Rows.SelectMany(r => r);

    /// <summary>The cell covering the slot at <paramref name="row"/> and <paramref name="column"/>, wherever it starts; null for an empty slot.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row or column is outside the grid.</exception>
    public GridCell? At(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return owners[row, column];
    }

    /// <summary>Places the cells of <paramref name="table"/> (always succeeds: a table is validated when it is created).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static TableGrid For(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Create(table.Columns.Count, table.Rows);
    }

    /// <summary>Places the cells of <paramref name="rows"/> on a grid of <paramref name="columnCount"/> columns.</summary>
    /// <param name="columnCount">The number of columns, at least one.</param>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentException">
    /// A row is wider than the grid, a cell spans past the last row, or a cell overlaps a cell spanning down from
    /// a row above; the message names the row (from 0) and the cell (from 0).
    /// </exception>
    public static TableGrid Create(int columnCount, IReadOnlyList<TableRow> rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columnCount, 1);
        ArgumentNullException.ThrowIfNull(rows);
        var owners = new GridCell?[rows.Count, columnCount];
        var placed = new IReadOnlyList<GridCell>[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            var row = new GridCell[cells.Count];
            var column = 0;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                while (column < columnCount && owners[r, column] is not null)
                {
                    column++;
                }
                var end = column + cell.ColumnSpan;
                if (end > columnCount)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"Row {r} is {Width(owners, r, column, cells, i)} columns wide but the table has {columnCount} columns (cells past the last column would be lost)."), nameof(rows));
                }
                if (r + cell.RowSpan > rows.Count)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"Cell {i} of row {r} spans {cell.RowSpan} rows, past the last row of the table (row {rows.Count - 1})."), nameof(rows));
                }
                var grid = new GridCell(cell, r, column);
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var c = column; c < end; c++)
                    {
                        if (owners[r + dr, c] is { } other)
                        {
                            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                                $"Cell {i} of row {r} overlaps, in row {r + dr} column {c}, the cell starting in row {other.Row} column {other.Column}."), nameof(rows));
                        }
                        owners[r + dr, c] = grid;
                    }
                }
                row[i] = grid;
                column = end;
            }
            placed[r] = row;
        }
        return new TableGrid(owners, placed);
    }

    /// <summary>The width a row would need: the columns up to <paramref name="column"/> plus the remaining cells and covered slots.</summary>
    private static int Width(GridCell?[,] owners, int row, int column, IReadOnlyList<TableCell> cells, int from)
    {
        var width = column;
        for (var i = from; i < cells.Count; i++)
        {
            while (width < owners.GetLength(1) && owners[row, width] is not null)
            {
                width++;
            }
            width += cells[i].ColumnSpan;
        }
        return width;
    }
}

/// <summary>A cell placed on a <see cref="TableGrid"/>.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Row">The row where the cell starts, from 0.</param>
/// <param name="Column">The first grid column it takes, from 0.</param>
internal sealed record GridCell(TableCell Cell, int Row, int Column)
{
    /// <summary>The number of grid columns the cell takes.</summary>
    public int ColumnSpan => Cell.ColumnSpan;

    /// <summary>The number of rows the cell takes.</summary>
    public int RowSpan => Cell.RowSpan;
}
