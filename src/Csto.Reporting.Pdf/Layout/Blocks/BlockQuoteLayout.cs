using Csto.Reporting.Documents;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out a quotation indented on both sides, set off by space above and below; nested quotes indent only while the
/// text keeps <see cref="LayoutScope.MinimumMeasureShare"/> of the measure.
/// </summary>
internal sealed class BlockQuoteLayout : BlockLayout<BlockQuote>
{
    /// <inheritdoc />
    protected override void Layout(BlockQuote block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var indent = (float)Documents.Length.FromCentimetres(1.25);
        var first = output.Count;
        foreach (var child in block.Blocks)
        {
            context.Layouts.Layout(child, scope.Nest(indent, indent / 2), context, output);
        }
        if (output.Count > first)
        {
            output[first].SpaceBefore = Math.Max(output[first].SpaceBefore, 6);
            output[^1].SpaceAfter = Math.Max(output[^1].SpaceAfter, 6);
        }
    }
}
