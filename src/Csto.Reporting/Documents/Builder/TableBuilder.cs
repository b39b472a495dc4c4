namespace Csto.Reporting.Documents.Builder;

/// <summary>Builds a table: columns, header rows, body rows and a caption.</summary>
/// <example><code>t => t.Columns(3, 1, 1).HeaderRow("Государство", "2024", "2025").Row("Армения", "12", "14").Caption("Таблица 1 — Учения")</code></example>
public sealed class TableBuilder
{
    private readonly BuildContext context;
    private readonly List<TableColumn> columns = [];
    private readonly List<TableRow> rows = [];
    private int headerRows;
    private IReadOnlyList<Inline>? caption;

    internal TableBuilder(BuildContext context)
    {
        this.context = context;
    }

    /// <summary>Declares the columns by their relative widths (aligned automatically: numbers right, text left).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="relativeWidths"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A width is zero, negative, infinite or NaN.</exception>
    public TableBuilder Columns(params double[] relativeWidths)
    {
        ArgumentNullException.ThrowIfNull(relativeWidths);
        foreach (var width in relativeWidths)
        {
            Column(width);
        }
        return this;
    }

    /// <summary>Declares one more column.</summary>
    /// <param name="relativeWidth">The column's share of the table width; null sizes it from its content.</param>
    /// <param name="alignment">The alignment of its cells; null right-aligns a column of numbers and left-aligns any other.</param>
    public TableBuilder Column(double? relativeWidth = null, CellAlignment? alignment = null)
    {
        columns.Add(new TableColumn(relativeWidth, alignment));
        return this;
    }

    /// <summary>Adds a header row of plain texts; header rows must come before body rows.</summary>
    /// <exception cref="InvalidOperationException">A body row was already added.</exception>
    public TableBuilder HeaderRow(params string[] cells)
    {
        if (rows.Count > headerRows)
        {
            throw new InvalidOperationException("Header rows must be added before the body rows of a table.");
        }
        Row(cells);
        headerRows++;
        return this;
    }

    /// <summary>Adds a body row of plain texts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null or holds null.</exception>
    public TableBuilder Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Row(r =>
        {
            foreach (var cell in cells)
            {
                r.Cell(cell);
            }
        });
    }

    /// <summary>Adds a body row built cell by cell.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    public TableBuilder Row(Action<TableRowBuilder> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var row = new TableRowBuilder(context);
        cells(row);
        rows.Add(row.Build());
        return this;
    }

    /// <summary>Sets the caption shown above the table.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TableBuilder Caption(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Caption(c => c.Text(text));
    }

    /// <summary>Sets a formatted caption.</summary>
    public TableBuilder Caption(Action<InlineBuilder> content)
    {
        caption = InlineBuilder.Build(context, null, content);
        return this;
    }

    internal Table Build()
    {
        if (rows.Count == 0)
        {
            throw new InvalidOperationException("A table needs at least one row.");
        }
        if (columns.Count == 0)
        {
            columns.AddRange(Enumerable.Range(0, Width(rows)).Select(_ => new TableColumn()));
        }
        try
        {
            return new Table(columns.ToList(), rows.ToList()) { HeaderRowCount = headerRows, Caption = caption };
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"The table is not valid: {e.Message}", e);
        }
    }

    /// <summary>The number of columns the rows need, counting columns taken by row spans from rows above.</summary>
    private static int Width(List<TableRow> rows)
    {
        var taken = new List<int>();
        var width = 0;
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < taken.Count && taken[column] > 0)
                {
                    column++;
                }
                for (var c = column; c < column + cell.ColumnSpan; c++)
                {
                    if (c == taken.Count)
                    {
                        taken.Add(0);
                    }
                    taken[c] = Math.Max(taken[c], cell.RowSpan);
                }
                column += cell.ColumnSpan;
            }
            width = Math.Max(width, Math.Max(column, taken.Count(t => t > 0)));
            for (var c = 0; c < taken.Count; c++)
            {
                taken[c] = Math.Max(0, taken[c] - 1);
            }
        }
        return width;
    }
}

/// <summary>Builds the cells of one table row.</summary>
public sealed class TableRowBuilder
{
    private readonly BuildContext context;
    private readonly List<TableCell> cells = [];

    internal TableRowBuilder(BuildContext context)
    {
        this.context = context;
    }

    /// <summary>Adds a cell of plain text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columnSpan"/> or <paramref name="rowSpan"/> is less than 1.</exception>
    public TableRowBuilder Cell(string text, int columnSpan = 1, int rowSpan = 1, CellAlignment? alignment = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cell(b => b.Paragraph(text, ParagraphStyle.Plain), columnSpan, rowSpan, alignment);
    }

    /// <summary>Adds a cell with arbitrary blocks.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columnSpan"/> or <paramref name="rowSpan"/> is less than 1.</exception>
    public TableRowBuilder Cell(Action<BlocksBuilder> content, int columnSpan = 1, int rowSpan = 1, CellAlignment? alignment = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        cells.Add(new TableCell(BlocksBuilder.Build(context, content))
        {
            ColumnSpan = columnSpan,
            RowSpan = rowSpan,
            Alignment = alignment,
        });
        return this;
    }

    internal TableRow Build() => new(cells.ToList());
}
