using Csto.Reporting.Documents;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Lays out a paragraph in the format of its role; titles and place-and-date lines stay together, and a
/// place-and-date line stays with the last lines before it.
/// </summary>
internal sealed class ParagraphLayout : BlockLayout<Paragraph>
{
    /// <inheritdoc />
    protected override void Layout(Paragraph block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var (format, before, after) = ParagraphFormats.For(block.Style, scope, context);
        var text = context.Typeset(block.Content, format, scope.Width);
        var first = output.Count;
        var together = block.Style is ParagraphStyle.Title or ParagraphStyle.Subtitle or ParagraphStyle.PlaceAndDate;
        TextLineSlice.AddLines(text, scope.X, output, together);
        output[first].SpaceBefore = before;
        output[first].KeepWithPrevious = block.Style == ParagraphStyle.PlaceAndDate;
        output[^1].SpaceAfter = after;
    }
}
