using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Numbering;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A list → List Paragraph paragraphs with real numbering: the shared bullet definition, or a numbering
/// instance per ordered list (restarting at <see cref="ItemList.Start"/> unless the list continues the previous
/// one). An item's first paragraph carries the marker; its other blocks are indented to the item's text. A
/// top-level list gets a little space before and after, as the PDF sets it.
/// </summary>
internal sealed class ItemListRenderer : BlockRenderer<ItemList>
{
    private const double SpaceBefore = 3;
    private const double SpaceAfter = 6;

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
        var start = container.ChildElements.Count;
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
        if (level == 0)
        {
            SetOffFromText(container.ChildElements.Skip(start).ToList());
        }
    }

    /// <summary>A top-level list stands a little apart from the text around it: 3 pt before, 6 pt after, as in the PDF.</summary>
    private static void SetOffFromText(List<OpenXmlElement> written)
    {
        if (written.Count > 0 && written[0] is W.Paragraph first)
        {
            Spacing(first).Before = Units.TwipsText(SpaceBefore);
        }
        if (written.Count > 0 && written[^1] is W.Paragraph last)
        {
            Spacing(last).After = Units.TwipsText(SpaceAfter);
        }
    }

    private static W.SpacingBetweenLines Spacing(W.Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new W.ParagraphProperties();
        return properties.SpacingBetweenLines ??= new W.SpacingBetweenLines();
    }
}
