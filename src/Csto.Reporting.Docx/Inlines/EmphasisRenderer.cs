using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>Italic text → its content with w:i.</summary>
internal sealed class EmphasisRenderer : InlineRenderer<Emphasis>
{
    protected override void Write(DocxWriter writer, Emphasis inline, OpenXmlCompositeElement target, RunFormat format) =>
        writer.WriteInlines(inline.Content, target, format with { Italic = true });
}
