namespace Csto.Reporting.Documents;

/// <summary>
/// A table. The first <see cref="HeaderRowCount"/> rows are header rows, repeated on every page the table
/// spans. Cells may span columns and rows; a cell covered by a span is simply absent from its row. A row may be
/// shorter than the columns (the rest of it is empty) but never wider. Cells are placed left to right in their row,
/// skipping the columns taken by row spans from the rows above.
/// </summary>
public sealed record Table : Block
{
    /// <summary>Creates a table.</summary>
    /// <param name="columns">The columns, at least one.</param>
    /// <param name="rows">The rows, at least one.</param>
    /// <exception cref="ArgumentException">
    /// There are no columns or no rows, a row is wider than the columns, a cell spans past the last row, or cells
    /// overlap.
    /// </exception>
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows)
    {
        columns = TreeList.Freeze(columns, nameof(columns));
        rows = TreeList.Freeze(rows, nameof(rows));
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }
        if (rows.Count == 0)
        {
            throw new ArgumentException("A table needs at least one row.", nameof(rows));
        }
        TableGrid.Create(columns.Count, rows);
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The columns: explicit relative widths and default alignments, or null for automatic ones.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows, header rows first.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    private readonly int headerRowCount;

    /// <summary>How many leading rows are header rows (repeated across pages); 0 to <see cref="Rows"/>.Count.</summary>
    public int HeaderRowCount
    {
        get => headerRowCount;
        init => headerRowCount = value >= 0 && value <= Rows.Count
            ? value
            : throw new ArgumentOutOfRangeException(nameof(HeaderRowCount), value, $"The header row count must be 0 to {Rows.Count}.");
    }

    /// <summary>A caption shown above the table («Таблица 1 — …»); null for none.</summary>
    public IReadOnlyList<Inline>? Caption { get; init; }
}

/// <summary>A table column.</summary>
/// <param name="RelativeWidth">
/// The column's share of the table width (the explicit widths are normalised, an automatic column counting as 1);
/// null, the default, sizes the column from its content (between its longest word and its longest unbroken line).
/// </param>
/// <param name="Alignment">
/// The default horizontal alignment of its cells; null, the default, right-aligns a column whose body cells are all
/// numbers (digits with an optional sign, spaces between thousands, a decimal comma or point, a percent sign) and
/// left-aligns any other.
/// </param>
public sealed record TableColumn(double? RelativeWidth = null, CellAlignment? Alignment = null)
{
    private readonly double? relativeWidth = Check(RelativeWidth);

    /// <summary>The column's share of the table width, positive; null for a width from the content.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The width is zero, negative, infinite or NaN.</exception>
    public double? RelativeWidth { get => relativeWidth; init => relativeWidth = Check(value); }

    private static double? Check(double? width, string parameterName = nameof(RelativeWidth)) => width is null || (width > 0 && double.IsFinite(width.Value))
        ? width
        : throw new ArgumentOutOfRangeException(parameterName, width, "A column width must be a positive number.");
}

/// <summary>A table row.</summary>
/// <param name="Cells">The cells, left to right; cells covered by a span from another cell are left out.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cells, left to right.</summary>
    public IReadOnlyList<TableCell> Cells { get; init; } = TreeList.Freeze(Cells, nameof(Cells));

    /// <summary>Whether the row must not be split across pages; true by default.</summary>
    public bool CantSplit { get; init; } = true;
}

/// <summary>A table cell.</summary>
/// <param name="Blocks">The cell's content.</param>
public sealed record TableCell(IReadOnlyList<Block> Blocks)
{
    /// <summary>Creates a cell with one plain paragraph of text.</summary>
    public TableCell(string text) : this([new Paragraph(text, ParagraphStyle.Plain)])
    {
    }

    private readonly int columnSpan = 1;
    private readonly int rowSpan = 1;

    /// <summary>How many columns the cell covers, at least 1; 1 by default.</summary>
    public int ColumnSpan
    {
        get => columnSpan;
        init => columnSpan = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ColumnSpan), value, "A cell's column span must be at least 1.");
    }

    /// <summary>How many rows the cell covers, at least 1; 1 by default.</summary>
    public int RowSpan
    {
        get => rowSpan;
        init => rowSpan = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RowSpan), value, "A cell's row span must be at least 1.");
    }

    /// <summary>The horizontal alignment; null to take the column's.</summary>
    public CellAlignment? Alignment { get; init; }
}

/// <summary>Horizontal alignment of a table cell's text.</summary>
public enum CellAlignment
{
    /// <summary>Left.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Right (numbers).</summary>
    Right,
}
