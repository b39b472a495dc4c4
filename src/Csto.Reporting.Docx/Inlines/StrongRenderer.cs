using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>Bold text → its content with w:b.</summary>
internal sealed class StrongRenderer : InlineRenderer<Strong>
{
    protected override void Write(DocxWriter writer, Strong inline, OpenXmlCompositeElement target, RunFormat format) =>
        writer.WriteInlines(inline.Content, target, format with { Bold = true });
}
