using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>Plain text → a run.</summary>
internal sealed class TextRunRenderer : InlineRenderer<TextRun>
{
    protected override void Write(DocxWriter writer, TextRun inline, OpenXmlCompositeElement target, RunFormat format)
    {
        // The spaces the PDF's line breaker discards after a forced break (breakable spaces, not no-break ones).
        var text = writer.AfterLineBreak ? inline.Text.TrimStart(' ', '\u2002', '\u2003', '\u2009', '\u3000') : inline.Text;
        if (text.Length > 0)
        {
            target.Append(RunFactory.Text(text, format));
            writer.AfterLineBreak = false;
        }
    }
}
