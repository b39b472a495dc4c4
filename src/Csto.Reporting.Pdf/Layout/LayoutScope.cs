using Csto.Reporting.Documents;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>Where a block is laid out: its left edge and width inside the content area, and what its container changes.</summary>
/// <param name="X">The left edge relative to the content area.</param>
/// <param name="Width">The width.</param>
/// <param name="FontSize">The size of running text here (the body size, or the table size in cells).</param>
/// <param name="CellAlignment">The alignment of a table cell; null outside tables.</param>
/// <param name="ListDepth">How many lists contain the block.</param>
/// <param name="Bold">Whether running text is bold here (table header rows).</param>
internal readonly record struct LayoutScope(float X, float Width, float FontSize, CellAlignment? CellAlignment = null, int ListDepth = 0, bool Bold = false)
{
    /// <summary>Whether the block is inside a table cell.</summary>
    public bool InCell => CellAlignment is not null;

    /// <summary>The scope indented by <paramref name="left"/> (and <paramref name="right"/>).</summary>
    public LayoutScope Indent(float left, float right = 0) => this with { X = X + left, Width = Math.Max(1, Width - left - right) };
}
