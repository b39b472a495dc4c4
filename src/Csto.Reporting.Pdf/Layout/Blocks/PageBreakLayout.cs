using Csto.Reporting.Documents;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>A page break is a slice that ends the page.</summary>
internal sealed class PageBreakLayout : BlockLayout<PageBreak>
{
    /// <inheritdoc />
    protected override void Layout(PageBreak block, LayoutScope scope, LayoutContext context, List<Slice> output) =>
        output.Add(new PageBreakSlice());
}
