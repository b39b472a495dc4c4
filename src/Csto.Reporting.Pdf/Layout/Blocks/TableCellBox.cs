namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>A laid-out table cell: its grid position, its box relative to the row group and its content slices.</summary>
/// <param name="Row">The cell's first row inside its row group.</param>
/// <param name="RowSpan">The rows it covers.</param>
/// <param name="X">The left edge relative to the content area.</param>
/// <param name="Width">The width.</param>
/// <param name="Content">The content slices, positioned horizontally already.</param>
internal sealed record TableCellBox(int Row, int RowSpan, float X, float Width, List<Slice> Content)
{
    /// <summary>The height of the content.</summary>
    public float ContentHeight => BlockLayouts.StackHeight(Content);
}
