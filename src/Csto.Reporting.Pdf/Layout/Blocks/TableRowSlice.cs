using Csto.Reporting.Pdf.Drawing;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// A group of table rows that no row span crosses (usually one row): borders and cell contents. When the group is
/// taller than a page it is drawn clipped to the part that fits (the last resort the paginator takes).
/// </summary>
internal sealed class TableRowSlice : Slice
{
    private readonly IReadOnlyList<TableCellBox> cells;
    private readonly float[] rowTops;
    private readonly float padding;
    private readonly SKColor rule;

    /// <summary>Creates the slice of a row group.</summary>
    public TableRowSlice(IReadOnlyList<TableCellBox> cells, float[] rowTops, float padding, SKColor rule)
    {
        this.cells = cells;
        this.rowTops = rowTops;
        this.padding = padding;
        this.rule = rule;
        Height = rowTops[^1];
        Footnotes = cells.SelectMany(c => c.Content).Where(s => s.Footnotes is not null).SelectMany(s => s.Footnotes!).Distinct().ToArray() is { Length: > 0 } notes ? notes : null;
    }

    /// <inheritdoc />
    public override void Draw(PageCanvas canvas, float left, float top)
    {
        foreach (var cell in cells)
        {
            var x1 = left + cell.X;
            var x2 = x1 + cell.Width;
            var y1 = top + rowTops[cell.Row];
            var y2 = top + rowTops[cell.Row + cell.RowSpan];
            canvas.Rule(x1, y1, x2, y1, 0.5f, rule);
            canvas.Rule(x1, y2, x2, y2, 0.5f, rule);
            canvas.Rule(x1, y1, x1, y2, 0.5f, rule);
            canvas.Rule(x2, y1, x2, y2, 0.5f, rule);
            BlockLayouts.DrawStack(canvas, cell.Content, left, y1 + padding);
        }
    }
}
