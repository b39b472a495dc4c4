using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Numbering;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A list → List Paragraph paragraphs with real numbering: the shared bullet definition, or a numbering
/// instance per ordered list (restarting at <see cref="ItemList.Start"/> unless the list continues the previous
/// one). An item's first paragraph carries the marker; its other blocks are indented to the item's text.
/// </summary>
internal sealed class ItemListRenderer : BlockRenderer<ItemList>
{
    protected override void Write(DocxWriter writer, ItemList block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var level = Math.Min(scope.ListDepth, 8);
        var numbering = writer.State.Numbering;
        var numId = block.Ordered
            ? numbering.OrderedNumId(level, block.Start, block.ContinuesPrevious)
            : numbering.BulletNumId();
        var itemScope = scope with
        {
            ListDepth = level + 1,
            LeftIndent = ListIndent.For(writer.State.Theme, level).Text,
            Numbering = null,
        };
        foreach (var item in block.Items)
        {
            var first = true;
            foreach (var child in item.Blocks)
            {
                var numbered = first && child is Paragraph;
                writer.WriteBlock(child, container, numbered ? itemScope with { Numbering = (numId, level) } : itemScope);
                first = false;
            }
        }
    }
}
