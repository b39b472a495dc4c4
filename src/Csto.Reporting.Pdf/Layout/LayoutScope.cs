using Csto.Reporting.Documents;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>Where a block is laid out: its left edge and width inside the content area, and what its container changes.</summary>
/// <param name="X">The left edge relative to the content area.</param>
/// <param name="Width">The width.</param>
/// <param name="FontSize">The size of running text here (the body size, or the table size in cells).</param>
/// <param name="CellAlignment">The alignment of a table cell; null outside tables.</param>
/// <param name="ListDepth">How many lists contain the block.</param>
/// <param name="Bold">Whether running text is bold here (table header rows).</param>
/// <param name="Measure">The width of the outermost scope that quotes and lists nest in (the text width, or a table cell's); 0 until the first nesting.</param>
internal readonly record struct LayoutScope(float X, float Width, float FontSize, CellAlignment? CellAlignment = null, int ListDepth = 0, bool Bold = false, float Measure = 0)
{
    /// <summary>The least width nested quotes and lists keep, as a share of <see cref="Measure"/>: 40 %.</summary>
    public const float MinimumMeasureShare = 0.4f;

    /// <summary>Whether the block is inside a table cell.</summary>
    public bool InCell => CellAlignment is not null;

    /// <summary>The scope indented by <paramref name="left"/> (and <paramref name="right"/>).</summary>
    public LayoutScope Indent(float left, float right = 0) => this with { X = X + left, Width = Math.Max(1, Width - left - right) };

    /// <summary>
    /// The scope of a nested quote or list: indented by <paramref name="left"/> and <paramref name="right"/>, but
    /// only as far as the width stays at <see cref="MinimumMeasureShare"/> of the measure; beyond that both indents
    /// shrink in proportion (to nothing once the width is down to the minimum), so deep nesting never squeezes text.
    /// </summary>
    public LayoutScope Nest(float left, float right = 0)
    {
        var measure = Measure > 0 ? Measure : Width;
        var room = Math.Max(0, Width - MinimumMeasureShare * measure);
        var total = left + right;
        var share = total > room && total > 0 ? room / total : 1;
        return this with { X = X + left * share, Width = Math.Max(1, Width - total * share), Measure = measure };
    }
}
