using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>A forced line break → w:br; the spaces that begin the next line are left out (<see cref="DocxWriter.AfterLineBreak"/>).</summary>
internal sealed class LineBreakRenderer : InlineRenderer<LineBreak>
{
    protected override void Write(DocxWriter writer, LineBreak inline, OpenXmlCompositeElement target, RunFormat format)
    {
        target.Append(RunFactory.Of(new W.Break(), format));
        writer.AfterLineBreak = true;
    }
}
