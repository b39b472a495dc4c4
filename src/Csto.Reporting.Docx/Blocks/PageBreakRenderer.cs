using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>A page break → a paragraph holding w:br w:type="page".</summary>
internal sealed class PageBreakRenderer : BlockRenderer<PageBreak>
{
    protected override void Write(DocxWriter writer, PageBreak block, OpenXmlCompositeElement container, BlockScope scope) =>
        container.Append(Create());

    /// <summary>The page-break paragraph.</summary>
    public static W.Paragraph Create()
    {
        var paragraph = ParagraphFactory.Create(StyleIds.Plain, BlockScope.Body);
        paragraph.Append(RunFactory.Of(new W.Break { Type = W.BreakValues.Page }));
        return paragraph;
    }
}
