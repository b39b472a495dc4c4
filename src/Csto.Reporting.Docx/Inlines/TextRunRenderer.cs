using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>Plain text → a run.</summary>
internal sealed class TextRunRenderer : InlineRenderer<TextRun>
{
    protected override void Write(DocxWriter writer, TextRun inline, OpenXmlCompositeElement target, RunFormat format)
    {
        if (inline.Text.Length > 0)
        {
            target.Append(RunFactory.Text(inline.Text, format));
        }
    }
}
