using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>
/// A paragraph → w:p in the style of its role. A place-and-date line gets its right tab stop at the content
/// width of the section's page (the style has the theme page's), and what precedes it keeps with it.
/// </summary>
internal sealed class ParagraphRenderer : BlockRenderer<Paragraph>
{
    protected override void Write(DocxWriter writer, Paragraph block, OpenXmlCompositeElement container, BlockScope scope)
    {
        var paragraph = ParagraphFactory.Create(StyleIds.For(block.Style), scope);
        var page = writer.State.CurrentPage;
        if (block.Style == ParagraphStyle.PlaceAndDate && page.ContentWidth != writer.State.Theme.PageSetup.ContentWidth)
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());
            properties.Tabs = new W.Tabs(
                new W.TabStop { Val = W.TabStopValues.Clear, Position = Units.Twips(writer.State.Theme.PageSetup.ContentWidth) },
                TextStyles.RightTab(page.ContentWidth));
        }
        writer.WriteInlines(block.Content, paragraph, scope.Run);
        if (block.Style == ParagraphStyle.PlaceAndDate)
        {
            SignatureBlockRenderer.KeepPreviousWithNext(container);
        }
        container.Append(paragraph);
    }
}
