namespace Csto.Reporting.Documents;

/// <summary>
/// A table. The first <see cref="HeaderRowCount"/> rows are header rows, repeated on every page the table
/// spans. Cells may span columns and rows; a cell covered by a span is simply absent from its row.
/// </summary>
public sealed record Table : Block
{
    /// <summary>Creates a table.</summary>
    /// <param name="columns">The columns, at least one.</param>
    /// <param name="rows">The rows, at least one.</param>
    /// <exception cref="ArgumentException">There are no columns or no rows, or the header is longer than the table.</exception>
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }
        if (rows.Count == 0)
        {
            throw new ArgumentException("A table needs at least one row.", nameof(rows));
        }
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The columns: relative widths and default alignment.</summary>
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
/// <param name="RelativeWidth">The column's share of the table width (the widths are normalised); must be positive.</param>
/// <param name="Alignment">The default horizontal alignment of its cells.</param>
public sealed record TableColumn(double RelativeWidth = 1, CellAlignment Alignment = CellAlignment.Left)
{
    /// <summary>The column's share of the table width.</summary>
    public double RelativeWidth { get; init; } = RelativeWidth > 0 && double.IsFinite(RelativeWidth)
        ? RelativeWidth
        : throw new ArgumentOutOfRangeException(nameof(RelativeWidth), RelativeWidth, "A column width must be a positive number.");
}

/// <summary>A table row.</summary>
/// <param name="Cells">The cells, left to right; cells covered by a span from another cell are left out.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
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

    /// <summary>How many columns the cell covers; 1 by default.</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>How many rows the cell covers; 1 by default.</summary>
    public int RowSpan { get; init; } = 1;

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
