using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Styles;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Inlines;

/// <summary>
/// A footnote reference → w:footnoteReference to footnote <c>Number</c> (the footnote's id is its number). Word
/// allows one reference per footnote, so a repeated reference is written as its superscript number.
/// </summary>
internal sealed class FootnoteReferenceRenderer : InlineRenderer<FootnoteReference>
{
    protected override void Write(DocxWriter writer, FootnoteReference inline, OpenXmlCompositeElement target, RunFormat format)
    {
        writer.AfterLineBreak = false;
        var referenceFormat = format with { CharacterStyle = StyleIds.FootnoteReference };
        if (inline.Number > writer.State.Document.Footnotes.Count || !writer.State.MarkFootnoteReferenced(inline.Number))
        {
            target.Append(RunFactory.Text(Units.Text(inline.Number), referenceFormat));
            return;
        }
        target.Append(RunFactory.Of(new W.FootnoteReference { Id = inline.Number }, referenceFormat));
    }
}
