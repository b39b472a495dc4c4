using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Blocks;

/// <summary>A quotation → its blocks with running text in the indented Quote style.</summary>
internal sealed class BlockQuoteRenderer : BlockRenderer<BlockQuote>
{
    protected override void Write(DocxWriter writer, BlockQuote block, OpenXmlCompositeElement container, BlockScope scope) =>
        writer.WriteBlocks(block.Blocks, container, scope.BodyStyle is null && scope.ListDepth == 0 ? scope with { BodyStyle = StyleIds.Quote } : scope);
}
